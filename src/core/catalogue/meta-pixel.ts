/**
 * Meta Pixel (Meta Platforms Ireland Limited): Meta's conversion and audience pixel for
 * Facebook and Instagram ads.
 * Sources (checked December 2026):
 * - Cookie names: Meta for Developers, "ClickID and the fbp and fbc Parameters",
 *   https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/
 *   (`_fbp` is the browser ID and `_fbc` holds the ClickID from an ad's `fbclid`, both
 *   first-party cookies on the site's domain).
 * - Lifetimes: 90 days for `_fbp` and `_fbc`, the value Meta is widely documented to use
 *   (Meta's cookie policy, https://www.facebook.com/privacy/policies/cookies/, and "About
 *   cookie settings for your Meta Pixel" in the Business Help Center); neither page's table is
 *   readable in the stored sources: not confirmed in the stored sources.
 * - Third-party cookies Meta sets on facebook.com (`fr`, `datr`, …) are not listed: the site
 *   cannot read or delete them.
 * - Hosts: `connect.facebook.net` (fbevents.js and the pixel's configuration) and the event
 *   endpoint `www.facebook.com/tr` (also the `<noscript>` image
 *   `https://www.facebook.com/tr?id=…&ev=PageView&noscript=1`), as in Meta's base code,
 *   https://developers.facebook.com/docs/meta-pixel/get-started. That page is not in the
 *   stored sources; the two hosts are the values Meta is widely documented to use (not
 *   confirmed in the stored sources).
 *   Note that `connect.facebook.net` also serves Meta's JavaScript SDK (Like button, Facebook
 *   Login): a page that uses those should grant Meta Pixel for them to load.
 * - Provider and policy: Meta Privacy Policy, https://www.facebook.com/privacy/policy/ (Meta
 *   Platforms Ireland Limited for users in the European Region).
 */
import type { CatalogueEntry } from './catalogue.js';

const metaPixel: CatalogueEntry = {
  category: 'targeting',
  label: 'Meta Pixel',
  provider: 'Meta Platforms Ireland Limited',
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  urls: ['connect.facebook.net', 'www.facebook.com/tr'],
  cookies: [
    { name: '_fbp', lifetime: '90 days', purpose: 'adTargeting' },
    { name: '_fbc', lifetime: '90 days', purpose: 'adMeasurement' },
  ],
  storage: [],
  descriptions: {
    en: 'Reports the pages you visit and the actions you take on this site to Meta, so that we can measure our ads on Facebook and Instagram and show them to you and to people with similar interests.',
    ar: 'يُبلغ Meta بالصفحات التي تزورها والإجراءات التي تتخذها على هذا الموقع، حتى نتمكن من قياس أداء إعلاناتنا على Facebook وInstagram وعرضها عليك وعلى أشخاص لديهم اهتمامات مشابهة.',
    bg: 'Съобщава на Meta кои страници посещавате и какви действия извършвате в този сайт, за да можем да измерваме рекламите си във Facebook и Instagram и да ги показваме на вас и на хора със сходни интереси.',
    ca: 'Comunica a Meta les pàgines que visiteu i les accions que feu en aquest lloc web, perquè puguem mesurar els nostres anuncis a Facebook i Instagram i mostrar-los tant a vós com a persones amb interessos semblants.',
    cs: 'Sděluje společnosti Meta, které stránky na tomto webu navštěvujete a co na nich děláte, abychom mohli měřit naše reklamy na Facebooku a Instagramu a zobrazovat je vám i lidem s podobnými zájmy.',
    da: 'Fortæller Meta, hvilke sider du besøger, og hvad du gør på dette website, så vi kan måle vores annoncer på Facebook og Instagram og vise dem til dig og til personer med lignende interesser.',
    de: 'Übermittelt an Meta, welche Seiten Sie auf dieser Website besuchen und welche Aktionen Sie ausführen, damit wir unsere Anzeigen auf Facebook und Instagram messen und sie Ihnen sowie Personen mit ähnlichen Interessen zeigen können.',
    el: 'Αναφέρει στη Meta τις σελίδες που επισκέπτεστε και τις ενέργειες που κάνετε σε αυτόν τον ιστότοπο, ώστε να μετράμε τις διαφημίσεις μας στο Facebook και στο Instagram και να τις προβάλλουμε σε εσάς και σε άτομα με παρόμοια ενδιαφέροντα.',
    es: 'Comunica a Meta las páginas que visitas y lo que haces en este sitio, para que podamos medir nuestros anuncios en Facebook e Instagram y mostrártelos a ti y a personas con intereses parecidos.',
    et: 'Edastab Metale, milliseid lehti te sellel veebisaidil külastate ja mida seal teete, et saaksime mõõta oma reklaame Facebookis ja Instagramis ning näidata neid teile ja sarnaste huvidega inimestele.',
    eu: 'Webgune honetan bisitatzen dituzun orrien eta egiten dituzun ekintzen berri ematen dio Metari, Facebooken eta Instagramen ditugun iragarkiak neurtu eta zuri eta antzeko interesak dituzten pertsonei erakutsi ahal izateko.',
    fa: 'صفحه‌هایی را که در این سایت بازدید می‌کنید و کارهایی را که انجام می‌دهید به Meta گزارش می‌دهد تا بتوانیم تبلیغات خود را در Facebook و Instagram بسنجیم و آن‌ها را به شما و افرادی با علایق مشابه نشان دهیم.',
    fi: 'Kertoo Metalle, millä sivuilla käyt ja mitä teet tällä sivustolla, jotta voimme mitata mainoksiamme Facebookissa ja Instagramissa ja näyttää niitä sinulle ja ihmisille, joilla on samankaltaisia kiinnostuksen kohteita.',
    fr: 'Transmet à Meta les pages que vous consultez et les actions que vous effectuez sur ce site, afin que nous puissions mesurer nos publicités sur Facebook et Instagram et vous les présenter, ainsi qu’à des personnes aux centres d’intérêt similaires.',
    ga: 'Cuireann sé in iúl do Meta na leathanaigh a dtugann tú cuairt orthu agus na gníomhartha a dhéanann tú ar an suíomh seo, ionas gur féidir linn ár bhfógraí ar Facebook agus Instagram a thomhas agus iad a thaispeáint duitse agus do dhaoine a bhfuil spéiseanna cosúla acu.',
    gl: 'Comunica a Meta as páxinas que visita e as accións que realiza neste sitio web, para que poidamos medir os nosos anuncios en Facebook e Instagram e mostrarllos a vostede e a persoas con intereses semellantes.',
    he: 'מדווח ל-Meta על הדפים שבהם מבקרים ועל הפעולות שמבצעים באתר הזה, כדי שנוכל למדוד את המודעות שלנו ב-Facebook וב-Instagram ולהציג אותן לך ולאנשים עם תחומי עניין דומים.',
    hi: 'यह Meta को बताता है कि आप इस साइट पर कौन-से पेज देखते हैं और क्या करते हैं, ताकि हम Facebook और Instagram पर अपने विज्ञापनों को माप सकें और उन्हें आपको और मिलती-जुलती दिलचस्पियों वाले लोगों को दिखा सकें।',
    hr: 'Meti javlja koje stranice posjećujete i što radite na ovoj stranici kako bismo mogli mjeriti naše oglase na Facebooku i Instagramu te ih prikazivati vama i osobama sličnih interesa.',
    hu: 'Továbbítja a Meta felé, hogy mely oldalakat keresi fel, és milyen műveleteket végez ezen a webhelyen, hogy mérni tudjuk Facebook- és Instagram-hirdetéseinket, és megjeleníthessük őket Önnek és a hasonló érdeklődésű embereknek.',
    id: 'Melaporkan halaman yang Anda kunjungi dan tindakan yang Anda lakukan di situs ini kepada Meta, agar kami dapat mengukur iklan kami di Facebook dan Instagram serta menampilkannya kepada Anda dan orang-orang dengan minat serupa.',
    is: 'Lætur Meta vita hvaða síður þú skoðar og hvað þú gerir á þessum vef, svo að við getum mælt auglýsingar okkar á Facebook og Instagram og sýnt þær þér og fólki með svipuð áhugamál.',
    it: 'Comunica a Meta le pagine che visiti e le azioni che compi su questo sito, per consentirci di misurare i nostri annunci su Facebook e Instagram e di mostrarli a te e a persone con interessi simili.',
    ja: 'お客様がこのサイトで閲覧したページや行った操作をMetaに送信します。当社がFacebookやInstagramの広告効果を測定し、お客様や興味・関心の似た人に広告を表示するために使用します。',
    ko: '이 사이트에서 방문한 페이지와 수행한 작업을 Meta에 전송하여, 당사가 Facebook과 Instagram 광고를 측정하고 이용자 및 관심사가 비슷한 사람들에게 광고를 보여 줄 수 있게 합니다.',
    lt: 'Praneša „Meta“, kuriuos puslapius lankote ir ką darote šioje svetainėje, kad galėtume vertinti savo reklamas „Facebook“ ir „Instagram“ bei rodyti jas jums ir panašių pomėgių žmonėms.',
    lv: 'Ziņo Meta, kuras lapas jūs apmeklējat un kādas darbības veicat šajā vietnē, lai mēs varētu novērtēt savas reklāmas Facebook un Instagram un rādīt tās jums un cilvēkiem ar līdzīgām interesēm.',
    mt: 'Jirrapporta lil Meta l-paġni li żżur u l-azzjonijiet li tagħmel f’dan is-sit, biex inkunu nistgħu nkejlu r-reklami tagħna fuq Facebook u Instagram u nurukhom lilek u lil nies b’interessi simili.',
    nb: 'Rapporterer til Meta hvilke sider du besøker og hva du gjør på dette nettstedet, slik at vi kan måle annonsene våre på Facebook og Instagram og vise dem til deg og til personer med lignende interesser.',
    nl: 'Meldt aan Meta welke pagina’s je bezoekt en wat je doet op deze website, zodat we onze advertenties op Facebook en Instagram kunnen meten en ze aan jou en aan mensen met vergelijkbare interesses kunnen tonen.',
    pl: 'Przekazuje firmie Meta informacje o odwiedzanych przez Ciebie podstronach i Twoich działaniach na tej stronie, abyśmy mogli mierzyć nasze reklamy na Facebooku i Instagramie oraz wyświetlać je Tobie i osobom o podobnych zainteresowaniach.',
    pt: 'Comunica à Meta as páginas que visita e as ações que realiza neste site, para que possamos medir os nossos anúncios no Facebook e no Instagram e mostrá-los a si e a pessoas com interesses semelhantes.',
    'pt-br': 'Informa à Meta as páginas que você visita e as ações que realiza neste site, para que possamos medir nossos anúncios no Facebook e no Instagram e mostrá-los a você e a pessoas com interesses parecidos.',
    ro: 'Transmite către Meta paginile pe care le vizitați și acțiunile pe care le efectuați pe acest site, pentru ca noi să putem măsura reclamele noastre de pe Facebook și Instagram și să le afișăm dumneavoastră și persoanelor cu interese similare.',
    ru: 'Передает Meta сведения о страницах, которые вы посещаете, и действиях, которые вы совершаете на этом сайте, чтобы мы могли оценивать нашу рекламу в Facebook и Instagram и показывать ее вам и людям со схожими интересами.',
    sk: 'Oznamuje spoločnosti Meta, ktoré podstránky navštevujete a čo robíte na tejto stránke, aby sme mohli merať naše reklamy na Facebooku a Instagrame a zobrazovať ich vám aj ľuďom s podobnými záujmami.',
    sl: 'Družbi Meta sporoča, katere strani obiščete in kaj počnete na tem spletnem mestu, da lahko merimo svoje oglase na Facebooku in Instagramu ter jih prikazujemo vam in ljudem s podobnimi interesi.',
    sr: 'Шаље Meta-и податке о страницама које посећујете и радњама које обављате на овом сајту, како бисмо могли да меримо наше огласе на Facebook-у и Instagram-у и да их приказујемо вама и људима сличних интересовања.',
    sv: 'Rapporterar till Meta vilka sidor du besöker och vad du gör på den här webbplatsen, så att vi kan mäta våra annonser på Facebook och Instagram och visa dem för dig och för personer med liknande intressen.',
    th: 'รายงานหน้าที่คุณเข้าชมและการกระทำของคุณบนเว็บไซต์นี้ไปยัง Meta เพื่อให้เราวัดผลโฆษณาบน Facebook และ Instagram และแสดงโฆษณาเหล่านั้นแก่คุณและผู้ที่มีความสนใจคล้ายกัน',
    tr: 'Bu sitede ziyaret ettiğiniz sayfaları ve yaptığınız işlemleri Meta’ya bildirir; böylece Facebook ve Instagram’daki reklamlarımızı ölçebilir ve bunları size ve benzer ilgi alanlarına sahip kişilere gösterebiliriz.',
    uk: 'Повідомляє Meta, які сторінки ви відвідуєте і що робите на цьому сайті, щоб ми могли вимірювати нашу рекламу у Facebook та Instagram і показувати її вам і людям зі схожими інтересами.',
    vi: 'Báo cho Meta biết những trang bạn truy cập và hành động bạn thực hiện trên trang web này, để chúng tôi có thể đo lường quảng cáo trên Facebook và Instagram, đồng thời hiển thị chúng cho bạn và những người có cùng sở thích.',
    'zh-hans': '将您在本网站浏览的页面和执行的操作报告给 Meta，以便我们衡量在 Facebook 和 Instagram 上的广告效果，并向您及兴趣相似的人展示这些广告。',
    'zh-hant': '將您在本網站瀏覽的頁面和執行的操作回報給 Meta，讓我們評估在 Facebook 和 Instagram 上的廣告成效，並向您及興趣相似的人顯示這些廣告。',
  },
};

export default metaPixel;
