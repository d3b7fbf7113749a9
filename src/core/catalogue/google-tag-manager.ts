/**
 * Google Tag Manager (Google Ireland Limited): a tag management container (`gtm.js`) that loads
 * the other tags a site configures in it.
 * Category: 'functionality'. Tag Manager does not analyse or profile visitors itself; it is the
 * loader that delivers the site's other scripts. Every tag it loads that this catalogue knows
 * (Google Analytics, Google Ads, Meta Pixel, …) is matched by that service's own URL patterns
 * and stays held until that service is granted, so granting Tag Manager alone does not start
 * analytics or advertising. A site whose container loads tags outside the catalogue should
 * declare those tags itself, or move Tag Manager to the category of what it loads.
 * Sources (checked December 2026):
 * - What Google does with Tag Manager data: Google Tag Manager Use Policy,
 *   https://marketingplatform.google.com/about/analytics/tag-manager/use-policy/ ("We may
 *   collect information such as how the Service is used, and how and what tags are deployed";
 *   read from a stored copy of the policy text).
 * - Hosts: Google's container snippet loads `https://www.googletagmanager.com/gtm.js?id=…`
 *   (shown in https://developers.google.com/tag-platform/tag-manager/web/csp). The `<noscript>`
 *   iframe `www.googletagmanager.com/ns.html?id=…` is the other half of Google's standard install
 *   snippet; not confirmed in the stored sources. The patterns name the two paths, not the
 *   host, because `www.googletagmanager.com/gtag/js` belongs to Google Analytics and Google Ads.
 * - Cookies: none listed. gtm.js itself sets no cookies on the site; the cookies seen with it
 *   come from the tags it loads and are declared by those services. Not confirmed in the stored
 *   sources (no Google page in them says so in words); it is what Google is widely documented to
 *   do.
 * - Provider and policy: https://policies.google.com/privacy (Google Ireland Limited for the
 *   EEA and Switzerland).
 */
import type { CatalogueEntry } from './catalogue.js';

const googleTagManager: CatalogueEntry = {
  category: 'functionality',
  label: 'Google Tag Manager',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['www.googletagmanager.com/gtm.js', 'www.googletagmanager.com/ns.html'],
  cookies: [],
  storage: [],
  descriptions: {
    en: 'Loads the other tools this site uses, such as analytics or advertising tags, according to rules we set. Google receives your IP address and browser details when it loads.',
    ar: 'يحمّل الأدوات الأخرى التي يستخدمها هذا الموقع، مثل علامات التحليلات أو الإعلانات، وفق قواعد نحددها. وتتلقى Google عنوان IP الخاص بك وبيانات متصفحك عند تحميله.',
    bg: 'Зарежда другите инструменти, които сайтът използва, например тагове за статистика или реклама, според правила, които задаваме. При зареждането му Google получава вашия IP адрес и данни за браузъра ви.',
    ca: 'Carrega les altres eines que fa servir aquest lloc web, com ara etiquetes d’analítica o de publicitat, segons les regles que definim. Quan es carrega, Google rep la vostra adreça IP i dades del vostre navegador.',
    cs: 'Načítá další nástroje, které tento web používá, například analytické nebo reklamní značky, podle pravidel, která nastavíme. Při jeho načtení Google obdrží vaši IP adresu a údaje o vašem prohlížeči.',
    da: 'Indlæser de andre værktøjer, som websitet bruger, f.eks. statistik- eller annoncetags, efter regler, vi fastsætter. Google modtager din IP-adresse og oplysninger om din browser, når det indlæses.',
    de: 'Lädt die anderen Tools, die diese Website nutzt, etwa Statistik- oder Werbe-Tags, nach von uns festgelegten Regeln. Beim Laden erhält Google Ihre IP-Adresse und Angaben zu Ihrem Browser.',
    el: 'Φορτώνει τα άλλα εργαλεία που χρησιμοποιεί ο ιστότοπος, όπως ετικέτες στατιστικών ή διαφημίσεων, σύμφωνα με κανόνες που ορίζουμε. Κατά τη φόρτωσή του, η Google λαμβάνει τη διεύθυνση IP σας και στοιχεία του προγράμματος περιήγησής σας.',
    es: 'Carga las demás herramientas que usa este sitio, como etiquetas de analítica o de publicidad, según las reglas que definimos. Al cargarse, Google recibe tu dirección IP y datos de tu navegador.',
    et: 'Laadib teisi tööriistu, mida see veebisait kasutab, näiteks statistika- või reklaamimärgiseid, meie määratud reeglite järgi. Laadimisel saab Google teie IP-aadressi ja andmed teie brauseri kohta.',
    eu: 'Webgune honek erabiltzen dituen beste tresnak kargatzen ditu, hala nola analitika- edo publizitate-etiketak, guk ezarritako arauen arabera. Kargatzean, Googlek zure IP helbidea eta nabigatzailearen datuak jasotzen ditu.',
    fa: 'ابزارهای دیگری را که این سایت استفاده می‌کند، مانند تگ‌های تحلیلی یا تبلیغاتی، طبق قواعدی که ما تعیین می‌کنیم بارگذاری می‌کند. هنگام بارگذاری آن، Google نشانی IP شما و اطلاعات مرورگرتان را دریافت می‌کند.',
    fi: 'Lataa muut sivuston käyttämät työkalut, kuten tilastointi- tai mainostagit, asettamiemme sääntöjen mukaan. Latauksen yhteydessä Google saa IP-osoitteesi ja tietoja selaimestasi.',
    fr: 'Charge les autres outils utilisés par ce site, comme les balises de mesure d’audience ou de publicité, selon les règles que nous définissons. Lors de son chargement, Google reçoit votre adresse IP et des informations sur votre navigateur.',
    ga: 'Lódálann sé na huirlisí eile a úsáideann an suíomh seo, mar chlibeanna anailísíochta nó fógraíochta, de réir rialacha a shocraímid. Faigheann Google do sheoladh IP agus sonraí faoi do bhrabhsálaí nuair a lódáiltear é.',
    gl: 'Carga as demais ferramentas que usa este sitio web, como etiquetas de analítica ou de publicidade, segundo as regras que definimos. Ao cargarse, Google recibe o seu enderezo IP e datos do seu navegador.',
    he: 'טוען את שאר הכלים שהאתר משתמש בהם, כמו תגי סטטיסטיקה או פרסום, לפי כללים שאנחנו קובעים. בזמן הטעינה Google מקבלת את כתובת ה-IP ופרטים על הדפדפן.',
    hi: 'यह इस साइट पर इस्तेमाल होने वाले दूसरे टूल, जैसे एनालिटिक्स या विज्ञापन टैग, हमारे तय किए गए नियमों के अनुसार लोड करता है। इसके लोड होने पर Google को आपका IP पता और आपके ब्राउज़र की जानकारी मिलती है।',
    hr: 'Učitava ostale alate koje ova stranica koristi, poput analitičkih ili oglašivačkih oznaka, prema pravilima koja postavljamo. Pri učitavanju Google prima vašu IP adresu i podatke o vašem pregledniku.',
    hu: 'Betölti a webhely által használt többi eszközt, például a statisztikai vagy hirdetési címkéket, az általunk megadott szabályok szerint. Betöltésekor a Google megkapja az Ön IP-címét és böngészőjének adatait.',
    id: 'Memuat alat lain yang digunakan situs ini, seperti tag analitik atau iklan, sesuai aturan yang kami tetapkan. Saat dimuat, Google menerima alamat IP Anda dan informasi tentang browser Anda.',
    is: 'Hleður inn öðrum verkfærum sem vefurinn notar, t.d. tölfræði- eða auglýsingamerkjum, samkvæmt reglum sem við setjum. Google fær IP-tölu þína og upplýsingar um vafrann þinn þegar það hleðst inn.',
    it: 'Carica gli altri strumenti usati da questo sito, come i tag di analisi o pubblicitari, secondo regole da noi definite. Al caricamento, Google riceve il tuo indirizzo IP e informazioni sul tuo browser.',
    ja: '分析タグや広告タグなど、当サイトで使用する他のツールを、当社が設定したルールに従って読み込みます。読み込みの際、Googleはお客様のIPアドレスとブラウザの情報を受け取ります。',
    ko: '분석 태그나 광고 태그 등 사이트에서 사용하는 다른 도구를 당사가 정한 규칙에 따라 불러옵니다. 이 도구가 로드될 때 Google은 IP 주소와 브라우저 정보를 받습니다.',
    lt: 'Pagal mūsų nustatytas taisykles įkelia kitus šioje svetainėje naudojamus įrankius, pavyzdžiui, analitikos ar reklamos žymas. Įkeliant „Google“ gauna jūsų IP adresą ir naršyklės duomenis.',
    lv: 'Saskaņā ar mūsu noteiktajiem noteikumiem ielādē citus šīs vietnes izmantotos rīkus, piemēram, statistikas vai reklāmas tagus. Ielādes laikā Google saņem jūsu IP adresi un informāciju par jūsu pārlūkprogrammu.',
    mt: 'Jgħabbi l-għodod l-oħra li juża dan is-sit, bħal tags tal-analitika jew tar-reklamar, skont regoli li nistabbilixxu aħna. Meta jitgħabba, Google tirċievi l-indirizz IP tiegħek u dettalji dwar il-browser tiegħek.',
    nb: 'Laster inn de andre verktøyene nettstedet bruker, for eksempel statistikk- eller annonsetagger, etter regler vi fastsetter. Google mottar IP-adressen din og opplysninger om nettleseren din når det lastes inn.',
    nl: 'Laadt de andere tools die deze website gebruikt, zoals analyse- of advertentietags, volgens regels die wij instellen. Bij het laden ontvangt Google je IP-adres en gegevens over je browser.',
    pl: 'Wczytuje inne narzędzia używane na tej stronie, np. tagi analityczne lub reklamowe, zgodnie z ustalonymi przez nas regułami. Podczas wczytywania Google otrzymuje Twój adres IP i informacje o Twojej przeglądarce.',
    pt: 'Carrega as outras ferramentas que este site utiliza, como etiquetas de análise ou de publicidade, segundo regras definidas por nós. Ao ser carregado, a Google recebe o seu endereço IP e dados do seu navegador.',
    'pt-br': 'Carrega as outras ferramentas que este site usa, como tags de análise ou de publicidade, de acordo com regras que definimos. Ao ser carregado, o Google recebe seu endereço IP e informações do seu navegador.',
    ro: 'Încarcă celelalte instrumente folosite de acest site, cum ar fi etichetele de analiză sau de publicitate, după reguli stabilite de noi. La încărcare, Google primește adresa dumneavoastră IP și informații despre browserul dumneavoastră.',
    ru: 'Загружает другие инструменты, которые использует этот сайт, например теги аналитики или рекламы, по заданным нами правилам. При загрузке Google получает ваш IP-адрес и сведения о вашем браузере.',
    sk: 'Načítava ďalšie nástroje, ktoré táto stránka používa, napríklad analytické alebo reklamné značky, podľa pravidiel, ktoré nastavíme. Pri jeho načítaní Google dostane vašu IP adresu a údaje o vašom prehliadači.',
    sl: 'Naloži druga orodja, ki jih uporablja to spletno mesto, na primer analitične ali oglaševalske oznake, po pravilih, ki jih določimo. Ob nalaganju Google prejme vaš naslov IP in podatke o vašem brskalniku.',
    sr: 'Учитава остале алате које овај сајт користи, као што су аналитичке или огласне ознаке, према правилима која постављамо. Приликом учитавања Google добија вашу IP адресу и податке о вашем прегледачу.',
    sv: 'Läser in de andra verktyg som webbplatsen använder, till exempel statistik- eller annonstaggar, enligt regler som vi bestämmer. Google får din IP-adress och uppgifter om din webbläsare när det läses in.',
    th: 'โหลดเครื่องมืออื่นๆ ที่เว็บไซต์นี้ใช้ เช่น แท็กการวิเคราะห์หรือแท็กโฆษณา ตามกฎที่เรากำหนด เมื่อโหลด Google จะได้รับที่อยู่ IP และข้อมูลเบราว์เซอร์ของคุณ',
    tr: 'Bu sitenin kullandığı analiz veya reklam etiketleri gibi diğer araçları belirlediğimiz kurallara göre yükler. Yüklenirken Google, IP adresinizi ve tarayıcınıza ilişkin bilgileri alır.',
    uk: 'Завантажує інші інструменти, які використовує цей сайт, наприклад теги аналітики чи реклами, за встановленими нами правилами. Під час завантаження Google отримує вашу IP-адресу та відомості про ваш браузер.',
    vi: 'Tải các công cụ khác mà trang web này sử dụng, chẳng hạn như thẻ phân tích hoặc thẻ quảng cáo, theo các quy tắc do chúng tôi đặt ra. Khi tải, Google nhận được địa chỉ IP và thông tin trình duyệt của bạn.',
    'zh-hans': '按照我们设定的规则加载本网站使用的其他工具，例如分析或广告代码。加载时，Google 会收到您的 IP 地址和浏览器信息。',
    'zh-hant': '依照我們設定的規則載入本網站使用的其他工具，例如分析或廣告代碼。載入時，Google 會收到您的 IP 位址和瀏覽器資訊。',
  },
};

export default googleTagManager;
