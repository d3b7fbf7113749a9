/**
 * Google Ads (Google Ireland Limited): conversion measurement and remarketing through the
 * Google tag (gtag.js) with an `AW-` conversion ID.
 * Sources (checked December 2026):
 * - Cookie names: Google Analytics Help, "Use Google Analytics to support Google Ads
 *   conversions", https://support.google.com/analytics/answer/7519794 (the `_gcl` cookies hold
 *   Google Ads click information on the site's own domain); Tag Manager Help, "About the
 *   conversion linker", https://support.google.com/tagmanager/answer/7549390 (ad-click
 *   information is stored in first-party cookies on the site's domain). Google's full list,
 *   "Our advertising and measurement cookies", https://business.safety.google/adscookies/, is
 *   not in the stored sources. `_gcl_au` and `_gcl_aw` are the names Google is widely
 *   documented to use; `_gcl_gb` (wbraid clicks), `_gcl_ag` (gbraid clicks) and `_gcl_gs` (set
 *   with `gad_source`) were observed in Chromium by a third party (a public repository's
 *   notes, October 2026) rather than read in a Google page: not confirmed in the stored
 *   sources.
 * - Lifetimes: 90 days for every `_gcl_` cookie. "‘_gcl_’ cookies last for 90 days" is quoted
 *   from https://policies.google.com/technologies/cookies by that third-party source; the
 *   Google page itself is not readable in the stored copy: not confirmed in the stored sources.
 * - Storage: none listed. The same third party saw a `_gcl_ls` key in localStorage; Google does
 *   not document it in the stored sources, so it is left out.
 * - Remarketing uses Google's own third-party cookies on doubleclick.net and google.com, which
 *   this site cannot read or delete; they are not listed.
 * - Hosts: the gtag.js loader `www.googletagmanager.com/gtag/js?id=AW-…`; conversion and
 *   remarketing requests to `www.googleadservices.com` (conversion.js and
 *   `/pagead/conversion/<id>/`), `googleads.g.doubleclick.net/pagead/viewthroughconversion/`,
 *   `www.google.com/pagead/` (`1p-conversion`, `1p-user-list`) and the remarketing iframe on
 *   `td.doubleclick.net`, as in Google's conversion and remarketing snippets and its CSP guide,
 *   https://developers.google.com/tag-platform/security/guides/csp (the Ads section is not
 *   fully readable in the stored copy: `td.doubleclick.net` and `www.google.com/pagead/` are
 *   not confirmed in the stored sources). The doubleclick.net and google.com patterns carry a
 *   path so that they do not catch Google Maps, YouTube or AdSense.
 * - Provider and policy: https://policies.google.com/privacy (Google Ireland Limited for the
 *   EEA and Switzerland).
 */
import type { CatalogueEntry } from './catalogue.js';

const googleAds: CatalogueEntry = {
  category: 'targeting',
  label: 'Google Ads',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: [
    'www.googletagmanager.com/gtag/js?id=AW-',
    'www.googleadservices.com',
    'googleads.g.doubleclick.net/pagead/viewthroughconversion/',
    'www.google.com/pagead/',
    'td.doubleclick.net',
  ],
  cookies: [
    { name: '_gcl_au', lifetime: '90 days', purpose: 'adMeasurement' },
    { name: '_gcl_aw', lifetime: '90 days', purpose: 'adMeasurement' },
    { name: '_gcl_gb', lifetime: '90 days', purpose: 'adMeasurement' },
    { name: '_gcl_ag', lifetime: '90 days', purpose: 'adMeasurement' },
    { name: '_gcl_gs', lifetime: '90 days', purpose: 'adMeasurement' },
  ],
  storage: [],
  descriptions: {
    en: 'Measures whether our Google ads lead to visits and purchases on this site, and lets Google show you our ads again on other sites based on your visit.',
    ar: 'يقيس ما إذا كانت إعلاناتنا على Google تؤدي إلى زيارات ومشتريات على هذا الموقع، ويتيح لـ Google أن تعرض لك إعلاناتنا مجددًا على مواقع أخرى بناءً على زيارتك.',
    bg: 'Измерва дали рекламите ни в Google водят до посещения и покупки в този сайт и позволява на Google отново да ви показва нашите реклами в други сайтове въз основа на посещението ви.',
    ca: 'Mesura si els nostres anuncis de Google porten a visites i compres en aquest lloc web i permet que Google us torni a mostrar els nostres anuncis en altres llocs web en funció de la vostra visita.',
    cs: 'Měří, zda naše reklamy v Google vedou k návštěvám a nákupům na tomto webu, a umožňuje Googlu, aby vám na základě vaší návštěvy znovu zobrazoval naše reklamy na jiných webech.',
    da: 'Måler, om vores Google-annoncer fører til besøg og køb på dette website, og lader Google vise dig vores annoncer igen på andre websites ud fra dit besøg.',
    de: 'Misst, ob unsere Google-Anzeigen zu Besuchen und Käufen auf dieser Website führen, und ermöglicht es Google, Ihnen unsere Anzeigen auf Grundlage Ihres Besuchs auf anderen Websites erneut zu zeigen.',
    el: 'Μετρά αν οι διαφημίσεις μας στη Google οδηγούν σε επισκέψεις και αγορές σε αυτόν τον ιστότοπο και επιτρέπει στη Google να σας δείχνει ξανά τις διαφημίσεις μας σε άλλους ιστότοπους με βάση την επίσκεψή σας.',
    es: 'Mide si nuestros anuncios de Google generan visitas y compras en este sitio y permite que Google vuelva a mostrarte nuestros anuncios en otros sitios web según tu visita.',
    et: 'Mõõdab, kas meie Google’i reklaamid toovad sellele veebisaidile külastusi ja oste, ning võimaldab Google’il teie külastuse põhjal teile meie reklaame teistel veebisaitidel uuesti näidata.',
    eu: 'Google-en ditugun iragarkiek webgune honetan bisitak eta erosketak eragiten dituzten neurtzen du, eta zure bisitan oinarrituta beste webgune batzuetan gure iragarkiak berriro erakusteko aukera ematen dio Googleri.',
    fa: 'می‌سنجد که آیا تبلیغات ما در Google به بازدید و خرید در این سایت منجر می‌شود یا نه، و به Google امکان می‌دهد بر اساس بازدید شما، تبلیغات ما را دوباره در سایت‌های دیگر به شما نشان دهد.',
    fi: 'Mittaa, johtavatko Google-mainoksemme käynteihin ja ostoihin tällä sivustolla, ja antaa Googlen näyttää sinulle mainoksiamme uudelleen muilla sivustoilla käyntisi perusteella.',
    fr: 'Mesure si nos annonces Google entraînent des visites et des achats sur ce site, et permet à Google de vous montrer à nouveau nos annonces sur d’autres sites en fonction de votre visite.',
    ga: 'Tomhaiseann sé an mbíonn cuairteanna agus ceannacháin ar an suíomh seo mar thoradh ar ár bhfógraí Google, agus ligeann sé do Google ár bhfógraí a thaispeáint duit arís ar shuímh eile bunaithe ar do chuairt.',
    gl: 'Mide se os nosos anuncios de Google levan a visitas e compras neste sitio web e permite que Google lle volva mostrar os nosos anuncios noutros sitios web en función da súa visita.',
    he: 'מודד אם המודעות שלנו ב-Google מובילות לביקורים ולרכישות באתר הזה, ומאפשר ל-Google להציג לך שוב את המודעות שלנו באתרים אחרים על סמך הביקור שלך.',
    hi: 'यह मापता है कि Google पर हमारे विज्ञापनों से इस साइट पर विज़िट और खरीदारी होती है या नहीं, और Google को आपकी विज़िट के आधार पर दूसरी साइटों पर आपको हमारे विज्ञापन फिर से दिखाने देता है।',
    hr: 'Mjeri dovode li naši oglasi na Googleu do posjeta i kupnji na ovoj stranici te omogućuje Googleu da vam na temelju vašeg posjeta ponovno prikazuje naše oglase na drugim stranicama.',
    hu: 'Méri, hogy Google-hirdetéseink vezetnek-e látogatásokhoz és vásárlásokhoz ezen a webhelyen, és lehetővé teszi, hogy a Google a látogatása alapján más webhelyeken újra megjelenítse Önnek hirdetéseinket.',
    id: 'Mengukur apakah iklan Google kami menghasilkan kunjungan dan pembelian di situs ini, serta memungkinkan Google menampilkan iklan kami lagi kepada Anda di situs lain berdasarkan kunjungan Anda.',
    is: 'Mælir hvort Google-auglýsingar okkar leiði til heimsókna og kaupa á þessum vef og gerir Google kleift að sýna þér auglýsingar okkar aftur á öðrum vefjum út frá heimsókn þinni.',
    it: 'Misura se i nostri annunci Google portano a visite e acquisti su questo sito e consente a Google di mostrarti di nuovo i nostri annunci su altri siti in base alla tua visita.',
    ja: '当社のGoogle広告がこのサイトへの訪問や購入につながったかを測定し、お客様の訪問に基づいて、Googleが他のサイトで当社の広告を再び表示できるようにします。',
    ko: 'Google에 게재한 당사 광고가 이 사이트 방문과 구매로 이어지는지 측정하고, 방문 기록을 바탕으로 Google이 다른 사이트에서 당사 광고를 다시 보여 줄 수 있게 합니다.',
    lt: 'Vertina, ar mūsų reklamos „Google“ lemia apsilankymus ir pirkimus šioje svetainėje, ir leidžia „Google“ pagal jūsų apsilankymą vėl rodyti jums mūsų reklamas kitose svetainėse.',
    lv: 'Novērtē, vai mūsu Google reklāmas rada apmeklējumus un pirkumus šajā vietnē, un ļauj Google, pamatojoties uz jūsu apmeklējumu, atkal rādīt jums mūsu reklāmas citās vietnēs.',
    mt: 'Ikejjel jekk ir-reklami tagħna fuq Google iwasslux għal żjarat u xiri f’dan is-sit, u jħalli lil Google turik ir-reklami tagħna mill-ġdid f’siti oħra abbażi taż-żjara tiegħek.',
    nb: 'Måler om Google-annonsene våre fører til besøk og kjøp på dette nettstedet, og lar Google vise deg annonsene våre igjen på andre nettsteder basert på besøket ditt.',
    nl: 'Meet of onze Google-advertenties leiden tot bezoeken en aankopen op deze website, en laat Google je op basis van je bezoek onze advertenties opnieuw tonen op andere websites.',
    pl: 'Mierzy, czy nasze reklamy w Google prowadzą do odwiedzin i zakupów na tej stronie, oraz pozwala Google ponownie wyświetlać Ci nasze reklamy na innych stronach na podstawie Twojej wizyty.',
    pt: 'Mede se os nossos anúncios Google geram visitas e compras neste site e permite à Google voltar a mostrar-lhe os nossos anúncios noutros sites com base na sua visita.',
    'pt-br': 'Mede se nossos anúncios do Google geram visitas e compras neste site e permite que o Google mostre nossos anúncios novamente para você em outros sites com base na sua visita.',
    ro: 'Măsoară dacă reclamele noastre Google duc la vizite și achiziții pe acest site și permite Google să vă afișeze din nou reclamele noastre pe alte site-uri, pe baza vizitei dumneavoastră.',
    ru: 'Оценивает, приводит ли наша реклама в Google к посещениям и покупкам на этом сайте, и позволяет Google снова показывать вам нашу рекламу на других сайтах с учетом вашего посещения.',
    sk: 'Meria, či naše reklamy v Google vedú k návštevám a nákupom na tejto stránke, a umožňuje Googlu, aby vám na základe vašej návštevy znova zobrazoval naše reklamy na iných stránkach.',
    sl: 'Meri, ali naši oglasi v Googlu vodijo do obiskov in nakupov na tem spletnem mestu, ter Googlu omogoča, da vam na podlagi vašega obiska naše oglase znova prikaže na drugih spletnih mestih.',
    sr: 'Мери да ли наши огласи на Google-у доводе до посета и куповина на овом сајту и омогућава Google-у да вам на основу ваше посете поново приказује наше огласе на другим сајтовима.',
    sv: 'Mäter om våra Google-annonser leder till besök och köp på den här webbplatsen och låter Google visa dig våra annonser igen på andra webbplatser utifrån ditt besök.',
    th: 'วัดผลว่าโฆษณาของเราบน Google ทำให้เกิดการเข้าชมและการซื้อบนเว็บไซต์นี้หรือไม่ และทำให้ Google แสดงโฆษณาของเราให้คุณเห็นอีกครั้งบนเว็บไซต์อื่นตามการเข้าชมของคุณ',
    tr: 'Google reklamlarımızın bu sitede ziyaret ve satın almalara yol açıp açmadığını ölçer ve Google’ın ziyaretinize göre reklamlarımızı size diğer sitelerde yeniden göstermesini sağlar.',
    uk: 'Вимірює, чи приводить наша реклама в Google до відвідувань і покупок на цьому сайті, і дає змогу Google знову показувати вам нашу рекламу на інших сайтах з огляду на ваше відвідування.',
    vi: 'Đo lường xem quảng cáo Google của chúng tôi có dẫn đến lượt truy cập và mua hàng trên trang web này hay không, đồng thời cho phép Google hiển thị lại quảng cáo của chúng tôi cho bạn trên các trang web khác dựa trên lượt truy cập của bạn.',
    'zh-hans': '衡量我们的 Google 广告是否为本网站带来访问和购买，并让 Google 根据您的访问，在其他网站上再次向您展示我们的广告。',
    'zh-hant': '評估我們的 Google 廣告是否為本網站帶來造訪和購買，並讓 Google 根據您的造訪，在其他網站上再次向您顯示我們的廣告。',
  },
};

export default googleAds;
