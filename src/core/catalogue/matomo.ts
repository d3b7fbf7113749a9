/**
 * Matomo (InnoCraft Ltd for Matomo Cloud): web analytics.
 * Category: analytics (audience measurement).
 * Sources (checked December 2026):
 * - Cookies: https://matomo.org/faq/general/faq_146/ (_pk_id 13 months, _pk_ref 6 months,
 *   _pk_ses/_pk_cvar/_pk_hsr 30 minutes, mtm_consent/mtm_consent_removed 30 years) and the
 *   tracker source
 *   https://github.com/matomo-org/matomo/blob/f09912cb702a76d06ab1a129a8e0a4e2a61818a8/js/piwik.js
 *   (visitor timeout 13 months, session 30 minutes, referral 6 months; mtm_cookie_consent is
 *   also set for 30 years). Names carry the site id and a domain hash (_pk_id.1.1fff), hence the wildcards.
 *   _pk_ref is attribution data (which referrer or campaign brought the visit), mapped to
 *   adMeasurement as the closest shared phrase.
 * - Hosts: Matomo Cloud serves the tracker from cdn.matomo.cloud/<name>.matomo.cloud/matomo.js
 *   and collects on <name>.matomo.cloud (https://matomo.org/matomo-cloud-dpa/subprocessors names
 *   the CDN). *.innocraft.cloud, the older Matomo Cloud domain, is seen in public site code but
 *   not confirmed in the vendor's stored documents. A self-hosted Matomo runs on the site's own
 *   host, which no catalogue entry can know: such sites must add their tracker host themselves.
 * - Provider: https://matomo.org/matomo-cloud-privacy-policy/ (InnoCraft Limited, New Zealand;
 *   processor for Matomo Cloud). For self-hosted Matomo the site itself is the only controller.
 */
import type { CatalogueEntry } from './catalogue.js';

const matomo: CatalogueEntry = {
  category: 'analytics',
  label: 'Matomo',
  provider: 'InnoCraft Ltd',
  policyUrl: 'https://matomo.org/matomo-cloud-privacy-policy/',
  urls: ['*.matomo.cloud', '*.innocraft.cloud'],
  cookies: [
    { name: '_pk_id.*', lifetime: '13 months', purpose: 'visitorId' },
    { name: '_pk_ses.*', lifetime: '30 minutes', purpose: 'session' },
    { name: '_pk_ref.*', lifetime: '6 months', purpose: 'adMeasurement' },
    { name: '_pk_cvar.*', lifetime: '30 minutes', purpose: 'session' },
    { name: '_pk_hsr.*', lifetime: '30 minutes', purpose: 'session' },
    { name: 'mtm_consent', lifetime: '30 years', purpose: 'consent' },
    { name: 'mtm_consent_removed', lifetime: '30 years', purpose: 'consent' },
    { name: 'mtm_cookie_consent', lifetime: '30 years', purpose: 'consent' },
  ],
  storage: [],
  descriptions: {
    en: 'Counts visits, the pages viewed and where visitors come from, and recognises returning browsers, so that we can see how the site is used and improve it.',
    ar: 'يحصي الزيارات والصفحات التي تُعرض ومصادر قدوم الزوار، ويتعرّف على المتصفحات العائدة، حتى نعرف كيف يُستخدم الموقع ونحسّنه.',
    bg: 'Отчита посещенията, разгледаните страници и откъде идват посетителите и разпознава завръщащите се браузъри, за да виждаме как се използва сайтът и да го подобряваме.',
    ca: 'Compta les visites, les pàgines vistes i d’on vénen els visitants, i reconeix els navegadors que hi tornen, perquè puguem veure com s’utilitza el lloc web i millorar-lo.',
    cs: 'Počítá návštěvy, zobrazené stránky a odkud návštěvníci přicházejí a rozpoznává vracející se prohlížeče, abychom viděli, jak se web používá, a mohli ho zlepšovat.',
    da: 'Tæller besøg, viste sider og hvor de besøgende kommer fra, og genkender tilbagevendende browsere, så vi kan se, hvordan websitet bruges, og forbedre det.',
    de: 'Zählt Besuche, aufgerufene Seiten und die Herkunft der Besucher und erkennt wiederkehrende Browser, damit wir sehen, wie die Website genutzt wird, und sie verbessern können.',
    el: 'Καταμετρά τις επισκέψεις, τις σελίδες που προβάλλονται και από πού έρχονται οι επισκέπτες, και αναγνωρίζει τα προγράμματα περιήγησης που επιστρέφουν, ώστε να βλέπουμε πώς χρησιμοποιείται ο ιστότοπος και να τον βελτιώνουμε.',
    es: 'Cuenta las visitas, las páginas vistas y de dónde vienen los visitantes, y reconoce los navegadores que vuelven, para que podamos ver cómo se usa el sitio y mejorarlo.',
    et: 'Loendab külastusi, vaadatud lehti ja seda, kust külastajad tulevad, ning tunneb ära tagasi tulevad brauserid, et saaksime näha, kuidas veebisaiti kasutatakse, ja seda parandada.',
    eu: 'Bisitak, ikusitako orriak eta bisitariak nondik datozen zenbatzen ditu, eta itzultzen diren nabigatzaileak ezagutzen ditu, webgunea nola erabiltzen den ikusi eta hobetu ahal izateko.',
    fa: 'تعداد بازدیدها، صفحه‌های دیده‌شده و مبدأ ورود بازدیدکنندگان را می‌شمارد و مرورگرهای بازگشتی را شناسایی می‌کند تا ببینیم سایت چگونه استفاده می‌شود و آن را بهبود دهیم.',
    fi: 'Laskee käynnit, katsotut sivut ja sen, mistä kävijät tulevat, sekä tunnistaa palaavat selaimet, jotta näemme, miten sivustoa käytetään, ja voimme parantaa sitä.',
    fr: 'Compte les visites, les pages consultées et la provenance des visiteurs, et reconnaît les navigateurs qui reviennent, afin que nous puissions voir comment le site est utilisé et l’améliorer.',
    ga: 'Comhaireann sé cuairteanna, na leathanaigh a bhreathnaítear orthu agus cá as a dtagann cuairteoirí, agus aithníonn sé brabhsálaithe a fhilleann, ionas gur féidir linn a fheiceáil conas a úsáidtear an suíomh agus é a fheabhsú.',
    gl: 'Conta as visitas, as páxinas vistas e de onde veñen os visitantes, e recoñece os navegadores que volven, para que poidamos ver como se usa o sitio web e melloralo.',
    he: 'סופר ביקורים, דפים שנצפו ומאיפה מגיעים המבקרים, ומזהה דפדפנים שחוזרים לאתר, כדי שנוכל לראות כיצד משתמשים באתר ולשפר אותו.',
    hi: 'विज़िट, देखे गए पेजों और विज़िटर कहाँ से आते हैं, इसकी गिनती करता है और लौटकर आने वाले ब्राउज़र को पहचानता है, ताकि हम देख सकें कि साइट का इस्तेमाल कैसे होता है और उसे बेहतर बना सकें।',
    hr: 'Broji posjete, pregledane stranice i odakle posjetitelji dolaze te prepoznaje preglednike koji se vraćaju, kako bismo vidjeli kako se stranica koristi i poboljšali je.',
    hu: 'Megszámolja a látogatásokat, a megtekintett oldalakat és azt, honnan érkeznek a látogatók, valamint felismeri a visszatérő böngészőket, hogy lássuk, hogyan használják a webhelyet, és fejleszthessük.',
    id: 'Menghitung kunjungan, halaman yang dilihat, dan asal pengunjung, serta mengenali browser yang kembali, agar kami dapat melihat cara situs digunakan dan menyempurnakannya.',
    is: 'Telur heimsóknir, skoðaðar síður og hvaðan gestir koma og þekkir vafra sem koma aftur, svo að við sjáum hvernig vefurinn er notaður og getum bætt hann.',
    it: 'Conta le visite, le pagine visualizzate e la provenienza dei visitatori e riconosce i browser che ritornano, per consentirci di vedere come viene usato il sito e di migliorarlo.',
    ja: '訪問数、閲覧されたページ、訪問者の流入元を集計し、再訪したブラウザを識別します。これにより、サイトの利用状況を把握して改善できます。',
    ko: '방문 수, 조회된 페이지, 방문자의 유입 경로를 집계하고 재방문한 브라우저를 인식하여, 사이트가 어떻게 사용되는지 파악하고 개선할 수 있게 합니다.',
    lt: 'Skaičiuoja apsilankymus, peržiūrėtus puslapius ir tai, iš kur ateina lankytojai, bei atpažįsta sugrįžtančias naršykles, kad matytume, kaip naudojamasi svetaine, ir galėtume ją tobulinti.',
    lv: 'Uzskaita apmeklējumus, skatītās lapas un to, no kurienes nāk apmeklētāji, un atpazīst pārlūkus, kas atgriežas, lai mēs redzētu, kā vietne tiek izmantota, un varētu to uzlabot.',
    mt: 'Jgħodd iż-żjarat, il-paġni li jintwerew u minn fejn jiġu l-viżitaturi, u jagħraf il-browsers li jerġgħu lura, biex inkunu nistgħu naraw kif jintuża s-sit u ntejbuh.',
    nb: 'Teller besøk, viste sider og hvor de besøkende kommer fra, og gjenkjenner nettlesere som kommer tilbake, slik at vi kan se hvordan nettstedet brukes, og forbedre det.',
    nl: 'Telt bezoeken, bekeken pagina’s en waar bezoekers vandaan komen, en herkent terugkerende browsers, zodat we kunnen zien hoe de website wordt gebruikt en die kunnen verbeteren.',
    pl: 'Zlicza wizyty, wyświetlone strony i to, skąd przychodzą odwiedzający, oraz rozpoznaje powracające przeglądarki, abyśmy mogli zobaczyć, jak strona jest używana, i ją ulepszać.',
    pt: 'Conta as visitas, as páginas vistas e a origem dos visitantes e reconhece os navegadores que regressam, para que possamos ver como o site é utilizado e melhorá-lo.',
    'pt-br': 'Conta as visitas, as páginas vistas e de onde vêm os visitantes, e reconhece os navegadores que retornam, para que possamos ver como o site é usado e melhorá-lo.',
    ro: 'Numără vizitele, paginile vizualizate și de unde vin vizitatorii și recunoaște browserele care revin, astfel încât să putem vedea cum este folosit site-ul și să-l îmbunătățim.',
    ru: 'Подсчитывает посещения, просмотренные страницы и источники, из которых приходят посетители, и распознает вернувшиеся браузеры, чтобы мы видели, как используется сайт, и могли его улучшать.',
    sk: 'Počíta návštevy, zobrazené stránky a to, odkiaľ návštevníci prichádzajú, a rozpoznáva vracajúce sa prehliadače, aby sme videli, ako sa stránka používa, a mohli ju zlepšovať.',
    sl: 'Šteje obiske, ogledane strani in od kod prihajajo obiskovalci ter prepozna brskalnike, ki se vračajo, da vidimo, kako se spletno mesto uporablja, in ga lahko izboljšujemo.',
    sr: 'Броји посете, прегледане странице и одакле посетиоци долазе и препознаје прегледаче који се враћају, како бисмо видели како се сајт користи и унапредили га.',
    sv: 'Räknar besök, visade sidor och varifrån besökarna kommer, och känner igen webbläsare som återkommer, så att vi kan se hur webbplatsen används och förbättra den.',
    th: 'นับจำนวนการเข้าชม หน้าที่มีการดู และแหล่งที่มาของผู้เข้าชม รวมถึงจดจำเบราว์เซอร์ที่กลับมาเข้าชมอีก เพื่อให้เราเห็นว่ามีการใช้เว็บไซต์อย่างไรและปรับปรุงได้',
    tr: 'Ziyaretleri, görüntülenen sayfaları ve ziyaretçilerin nereden geldiğini sayar, geri dönen tarayıcıları tanır; böylece sitenin nasıl kullanıldığını görüp siteyi iyileştirebiliriz.',
    uk: 'Підраховує відвідування, переглянуті сторінки та джерела, з яких приходять відвідувачі, і розпізнає браузери, що повертаються, щоб ми бачили, як використовується сайт, і могли його покращувати.',
    vi: 'Đếm lượt truy cập, các trang được xem và nguồn khách truy cập, đồng thời nhận dạng các trình duyệt quay lại, để chúng tôi biết trang web được sử dụng như thế nào và cải thiện trang web.',
    'zh-hans': '统计访问量、浏览的页面和访客来源，并识别再次访问的浏览器，以便我们了解网站的使用情况并加以改进。',
    'zh-hant': '統計造訪次數、瀏覽的頁面和訪客來源，並識別再次造訪的瀏覽器，讓我們了解網站的使用情形並加以改善。',
  },
};

export default matomo;
