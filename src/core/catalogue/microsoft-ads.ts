/**
 * Microsoft Advertising (Microsoft Ireland Operations Limited): the Universal Event Tracking
 * (UET) tag, for conversion tracking and remarketing of ads on Bing and Microsoft's network.
 * Sources (checked December 2026):
 * - What UET does: Microsoft Advertising Help, "FAQ: Universal Event Tracking",
 *   https://help.ads.microsoft.com/apex/index/3/en/53056 (also
 *   https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_faq): UET reports
 *   activity on the advertiser's site to Microsoft Advertising for conversion goals and
 *   remarketing lists; the data is kept for 390 days.
 * - Click cookie: "Full list of parameters",
 *   https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table
 *   (the `msclkid` from auto-tagging "should be stored in a first party cookie"; the page does
 *   not name the cookie) and "How do I see if Microsoft Advertising auto-tagging works?",
 *   https://help.ads.microsoft.com/apex/index/3/en/60125.
 * - Cookie names and lifetimes: `_uetsid` 1 day, `_uetvid` 13 months, `_uetmsclkid` 90 days
 *   are the values Microsoft is widely documented to use; Microsoft's cookie table is not in
 *   the stored sources: not confirmed in the stored sources. Microsoft's own `MUID` cookie on
 *   bing.com is third-party and not listed.
 * - Storage: none listed. UET is widely observed to copy `_uetsid` and `_uetvid` into
 *   localStorage with `_uetsid_exp` and `_uetvid_exp`; Microsoft does not document these keys
 *   in the stored sources, so they are left out.
 * - Hosts: `bat.bing.com` serves bat.js (Microsoft's tracking code loads
 *   `//bat.bing.com/bat.js`) and receives events; newer tags and beacons also use
 *   `bat.bing.net` (seen in public sites' code and CSP notes rather than a Microsoft page: not
 *   confirmed in the stored sources). UET can also start Microsoft Clarity; that is held by the
 *   `clarity` entry's `*.clarity.ms`.
 * - Provider and policy: Microsoft Privacy Statement, https://privacy.microsoft.com/privacystatement
 *   (Microsoft Ireland Operations Limited is the data controller for the EEA and Switzerland:
 *   not confirmed in the stored sources, it is the entity Microsoft is widely documented to
 *   name).
 */
import type { CatalogueEntry } from './catalogue.js';

const microsoftAds: CatalogueEntry = {
  category: 'targeting',
  label: 'Microsoft Advertising',
  provider: 'Microsoft Ireland Operations Limited',
  policyUrl: 'https://privacy.microsoft.com/privacystatement',
  urls: ['bat.bing.com', 'bat.bing.net'],
  cookies: [
    { name: '_uetsid', lifetime: '1 day', purpose: 'adMeasurement' },
    { name: '_uetvid', lifetime: '13 months', purpose: 'adTargeting' },
    { name: '_uetmsclkid', lifetime: '90 days', purpose: 'adMeasurement' },
  ],
  storage: [],
  descriptions: {
    en: 'Measures whether our ads on Bing and other Microsoft services lead to visits and purchases on this site, and lets Microsoft show you our ads again later.',
    ar: 'يقيس ما إذا كانت إعلاناتنا على Bing وخدمات Microsoft الأخرى تؤدي إلى زيارات ومشتريات على هذا الموقع، ويتيح لـ Microsoft أن تعرض لك إعلاناتنا مجددًا لاحقًا.',
    bg: 'Измерва дали рекламите ни в Bing и други услуги на Microsoft водят до посещения и покупки в този сайт и позволява на Microsoft по-късно отново да ви показва нашите реклами.',
    ca: 'Mesura si els nostres anuncis a Bing i altres serveis de Microsoft porten a visites i compres en aquest lloc web i permet que Microsoft us torni a mostrar els nostres anuncis més endavant.',
    cs: 'Měří, zda naše reklamy na Bingu a v dalších službách Microsoftu vedou k návštěvám a nákupům na tomto webu, a umožňuje Microsoftu, aby vám naše reklamy později znovu zobrazil.',
    da: 'Måler, om vores annoncer på Bing og andre Microsoft-tjenester fører til besøg og køb på dette website, og lader Microsoft vise dig vores annoncer igen senere.',
    de: 'Misst, ob unsere Anzeigen auf Bing und anderen Microsoft-Diensten zu Besuchen und Käufen auf dieser Website führen, und ermöglicht es Microsoft, Ihnen unsere Anzeigen später erneut zu zeigen.',
    el: 'Μετρά αν οι διαφημίσεις μας στο Bing και σε άλλες υπηρεσίες της Microsoft οδηγούν σε επισκέψεις και αγορές σε αυτόν τον ιστότοπο και επιτρέπει στη Microsoft να σας δείχνει ξανά τις διαφημίσεις μας αργότερα.',
    es: 'Mide si nuestros anuncios en Bing y otros servicios de Microsoft generan visitas y compras en este sitio y permite que Microsoft vuelva a mostrarte nuestros anuncios más adelante.',
    et: 'Mõõdab, kas meie reklaamid Bingis ja teistes Microsofti teenustes toovad sellele veebisaidile külastusi ja oste, ning võimaldab Microsoftil teile meie reklaame hiljem uuesti näidata.',
    eu: 'Bing-en eta Microsoften beste zerbitzu batzuetan ditugun iragarkiek webgune honetan bisitak eta erosketak eragiten dituzten neurtzen du, eta gure iragarkiak geroago berriro erakusteko aukera ematen dio Microsofti.',
    fa: 'می‌سنجد که آیا تبلیغات ما در Bing و دیگر سرویس‌های Microsoft به بازدید و خرید در این سایت منجر می‌شود یا نه، و به Microsoft امکان می‌دهد بعداً تبلیغات ما را دوباره به شما نشان دهد.',
    fi: 'Mittaa, johtavatko mainoksemme Bingissä ja muissa Microsoftin palveluissa käynteihin ja ostoihin tällä sivustolla, ja antaa Microsoftin näyttää sinulle mainoksiamme myöhemmin uudelleen.',
    fr: 'Mesure si nos annonces sur Bing et d’autres services Microsoft entraînent des visites et des achats sur ce site, et permet à Microsoft de vous montrer à nouveau nos annonces plus tard.',
    ga: 'Tomhaiseann sé an mbíonn cuairteanna agus ceannacháin ar an suíomh seo mar thoradh ar ár bhfógraí ar Bing agus ar sheirbhísí eile de chuid Microsoft, agus ligeann sé do Microsoft ár bhfógraí a thaispeáint duit arís níos déanaí.',
    gl: 'Mide se os nosos anuncios en Bing e noutros servizos de Microsoft levan a visitas e compras neste sitio web e permite que Microsoft lle volva mostrar os nosos anuncios máis adiante.',
    he: 'מודד אם המודעות שלנו ב-Bing ובשירותים אחרים של Microsoft מובילות לביקורים ולרכישות באתר הזה, ומאפשר ל-Microsoft להציג לך שוב את המודעות שלנו בהמשך.',
    hi: 'यह मापता है कि Bing और Microsoft की दूसरी सेवाओं पर हमारे विज्ञापनों से इस साइट पर विज़िट और खरीदारी होती है या नहीं, और Microsoft को बाद में आपको हमारे विज्ञापन फिर से दिखाने देता है।',
    hr: 'Mjeri dovode li naši oglasi na Bingu i drugim Microsoftovim uslugama do posjeta i kupnji na ovoj stranici te omogućuje Microsoftu da vam kasnije ponovno prikaže naše oglase.',
    hu: 'Méri, hogy a Bingen és más Microsoft-szolgáltatásokban megjelenő hirdetéseink vezetnek-e látogatásokhoz és vásárlásokhoz ezen a webhelyen, és lehetővé teszi, hogy a Microsoft később újra megjelenítse Önnek hirdetéseinket.',
    id: 'Mengukur apakah iklan kami di Bing dan layanan Microsoft lainnya menghasilkan kunjungan dan pembelian di situs ini, serta memungkinkan Microsoft menampilkan iklan kami lagi kepada Anda nanti.',
    is: 'Mælir hvort auglýsingar okkar á Bing og í annarri þjónustu Microsoft leiði til heimsókna og kaupa á þessum vef og gerir Microsoft kleift að sýna þér auglýsingar okkar aftur síðar.',
    it: 'Misura se i nostri annunci su Bing e su altri servizi Microsoft portano a visite e acquisti su questo sito e consente a Microsoft di mostrarti di nuovo i nostri annunci in seguito.',
    ja: 'Bingやその他のMicrosoftのサービスに掲載した当社の広告が、このサイトへの訪問や購入につながったかを測定し、Microsoftが後でお客様に当社の広告を再び表示できるようにします。',
    ko: 'Bing 및 기타 Microsoft 서비스에 게재한 당사 광고가 이 사이트 방문과 구매로 이어지는지 측정하고, Microsoft가 나중에 당사 광고를 다시 보여 줄 수 있게 합니다.',
    lt: 'Vertina, ar mūsų reklamos „Bing“ ir kitose „Microsoft“ paslaugose lemia apsilankymus ir pirkimus šioje svetainėje, ir leidžia „Microsoft“ vėliau vėl rodyti jums mūsų reklamas.',
    lv: 'Novērtē, vai mūsu reklāmas Bing un citos Microsoft pakalpojumos rada apmeklējumus un pirkumus šajā vietnē, un ļauj Microsoft vēlāk atkal rādīt jums mūsu reklāmas.',
    mt: 'Ikejjel jekk ir-reklami tagħna fuq Bing u servizzi oħra ta’ Microsoft iwasslux għal żjarat u xiri f’dan is-sit, u jħalli lil Microsoft turik ir-reklami tagħna mill-ġdid aktar tard.',
    nb: 'Måler om annonsene våre på Bing og andre Microsoft-tjenester fører til besøk og kjøp på dette nettstedet, og lar Microsoft vise deg annonsene våre igjen senere.',
    nl: 'Meet of onze advertenties op Bing en andere Microsoft-diensten leiden tot bezoeken en aankopen op deze website, en laat Microsoft je onze advertenties later opnieuw tonen.',
    pl: 'Mierzy, czy nasze reklamy w wyszukiwarce Bing i innych usługach Microsoftu prowadzą do odwiedzin i zakupów na tej stronie, oraz pozwala Microsoftowi później ponownie wyświetlić Ci nasze reklamy.',
    pt: 'Mede se os nossos anúncios no Bing e noutros serviços da Microsoft geram visitas e compras neste site e permite à Microsoft voltar a mostrar-lhe os nossos anúncios mais tarde.',
    'pt-br': 'Mede se nossos anúncios no Bing e em outros serviços da Microsoft geram visitas e compras neste site e permite que a Microsoft mostre nossos anúncios novamente para você mais tarde.',
    ro: 'Măsoară dacă reclamele noastre de pe Bing și din alte servicii Microsoft duc la vizite și achiziții pe acest site și permite Microsoft să vă afișeze din nou reclamele noastre mai târziu.',
    ru: 'Оценивает, приводит ли наша реклама в Bing и других сервисах Microsoft к посещениям и покупкам на этом сайте, и позволяет Microsoft позже снова показывать вам нашу рекламу.',
    sk: 'Meria, či naše reklamy na Bingu a v ďalších službách Microsoftu vedú k návštevám a nákupom na tejto stránke, a umožňuje Microsoftu, aby vám naše reklamy neskôr znova zobrazil.',
    sl: 'Meri, ali naši oglasi v Bingu in drugih Microsoftovih storitvah vodijo do obiskov in nakupov na tem spletnem mestu, ter Microsoftu omogoča, da vam naše oglase pozneje znova prikaže.',
    sr: 'Мери да ли наши огласи на Bing-у и другим Microsoft услугама доводе до посета и куповина на овом сајту и омогућава Microsoft-у да вам касније поново прикаже наше огласе.',
    sv: 'Mäter om våra annonser på Bing och andra Microsoft-tjänster leder till besök och köp på den här webbplatsen och låter Microsoft visa dig våra annonser igen senare.',
    th: 'วัดผลว่าโฆษณาของเราบน Bing และบริการอื่นๆ ของ Microsoft ทำให้เกิดการเข้าชมและการซื้อบนเว็บไซต์นี้หรือไม่ และทำให้ Microsoft แสดงโฆษณาของเราให้คุณเห็นอีกครั้งในภายหลัง',
    tr: 'Bing ve diğer Microsoft hizmetlerindeki reklamlarımızın bu sitede ziyaret ve satın almalara yol açıp açmadığını ölçer ve Microsoft’un reklamlarımızı daha sonra size yeniden göstermesini sağlar.',
    uk: 'Вимірює, чи приводить наша реклама в Bing та інших сервісах Microsoft до відвідувань і покупок на цьому сайті, і дає змогу Microsoft згодом знову показувати вам нашу рекламу.',
    vi: 'Đo lường xem quảng cáo của chúng tôi trên Bing và các dịch vụ khác của Microsoft có dẫn đến lượt truy cập và mua hàng trên trang web này hay không, đồng thời cho phép Microsoft hiển thị lại quảng cáo của chúng tôi cho bạn sau này.',
    'zh-hans': '衡量我们在 Bing 及其他 Microsoft 服务上的广告是否为本网站带来访问和购买，并让 Microsoft 之后再次向您展示我们的广告。',
    'zh-hant': '評估我們在 Bing 及其他 Microsoft 服務上的廣告是否為本網站帶來造訪和購買，並讓 Microsoft 日後再次向您顯示我們的廣告。',
  },
};

export default microsoftAds;
