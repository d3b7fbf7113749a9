/**
 * YouTube (Google Ireland Limited): embedded YouTube videos, including privacy-enhanced mode
 * (`youtube-nocookie.com`) and the IFrame Player API.
 *
 * Category: functionality. The embed is a video player the visitor uses on purpose; it is not
 * primarily an ad tracker (Google may still show ads in some videos and keep viewing history).
 * A site that wants YouTube to count as targeting can say so on its `<cookie-service>`.
 *
 * The embed sets no cookies on the site's own domain: the cookies below are the ones its iframe
 * sets on `youtube.com`, as Google documents them, so the declaration can show them.
 *
 * Sources (checked December 2026):
 * - Google, "How Google uses cookies": https://policies.google.com/technologies/cookies
 *   (`YSC` lasts for the browsing session and protects against requests made by other sites;
 *   `VISITOR_INFO1_LIVE` keeps YouTube preferences and helps detect problems, 6 months; YouTube
 *   uses `PREF` for player and playback preferences).
 * - YouTube Help, "Embed videos & playlists", privacy-enhanced mode:
 *   https://support.google.com/youtube/answer/171780 (embed from `www.youtube-nocookie.com`).
 * - YouTube IFrame Player API: https://developers.google.com/youtube/iframe_api_reference
 *   (stored as https://developers.google.cn/youtube/js_api_reference.html; script
 *   `https://www.youtube.com/iframe_api`, the older `www.youtube.com/player_api`).
 * - Provider: since 22 January 2019 Google Ireland Limited is the service provider and data
 *   controller for Google's consumer services in the EEA and Switzerland (Google's privacy policy,
 *   https://policies.google.com/privacy; the change as reported at
 *   https://businessandfinance.com/fdi-december-2018-google/).
 * Not confirmed in the stored sources:
 * - `PREF` lifetime: 8 months is the value Google is widely documented to give (the stored copy of
 *   Google's page was cut before the figure).
 * - `VISITOR_PRIVACY_METADATA` (the visitor's YouTube cookie-consent state, 6 months) is not on
 *   Google's page; it is listed because YouTube widely sets it on `.youtube.com` with that lifetime.
 * - `www.youtube.com/s/player` (the widget script that `iframe_api` adds to the page) is taken from
 *   the API's observed behaviour, not from Google's documentation.
 */
import type { CatalogueEntry } from './catalogue.js';

const youtube: CatalogueEntry = {
  category: 'functionality',
  label: 'YouTube',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: [
    'www.youtube.com/embed',
    'youtube.com/embed',
    'www.youtube.com/iframe_api',
    'www.youtube.com/player_api',
    'www.youtube.com/s/player',
    '*.youtube-nocookie.com',
  ],
  cookies: [
    { name: 'YSC', lifetime: 'session', purpose: 'security' },
    { name: 'VISITOR_INFO1_LIVE', lifetime: '6 months', purpose: 'settings' },
    { name: 'VISITOR_PRIVACY_METADATA', lifetime: '6 months', purpose: 'consent' },
    { name: 'PREF', lifetime: '8 months', purpose: 'settings' },
  ],
  storage: [],
  descriptions: {
    en: 'Plays videos from YouTube on our pages. Google receives your IP address and which videos you watch, and sets cookies to remember your settings.',
    ar: 'يعرض مقاطع فيديو من YouTube على صفحاتنا. تتلقى Google عنوان IP الخاص بك والمقاطع التي تشاهدها، وتضع ملفات تعريف الارتباط لتتذكّر إعداداتك.',
    bg: 'Възпроизвежда видеоклипове от YouTube на нашите страници. Google получава вашия IP адрес и информация кои видеоклипове гледате и задава бисквитки, за да запомни настройките ви.',
    ca: 'Reprodueix vídeos de YouTube a les nostres pàgines. Google rep la vostra adreça IP i quins vídeos mireu, i instal·la galetes per recordar la vostra configuració.',
    cs: 'Přehrává na našich stránkách videa z YouTube. Google získává vaši IP adresu a informace o tom, která videa sledujete, a ukládá soubory cookie, aby si pamatoval vaše nastavení.',
    da: 'Afspiller videoer fra YouTube på vores sider. Google modtager din IP-adresse og oplysninger om, hvilke videoer du ser, og sætter cookies for at huske dine indstillinger.',
    de: 'Spielt Videos von YouTube auf unseren Seiten ab. Google erhält Ihre IP-Adresse und erfährt, welche Videos Sie ansehen, und setzt Cookies, um Ihre Einstellungen zu speichern.',
    el: 'Αναπαράγει βίντεο από το YouTube στις σελίδες μας. Η Google λαμβάνει τη διεύθυνση IP σας και το ποια βίντεο παρακολουθείτε, και τοποθετεί cookies για να θυμάται τις ρυθμίσεις σας.',
    es: 'Reproduce vídeos de YouTube en nuestras páginas. Google recibe tu dirección IP y qué vídeos ves, e instala cookies para recordar tu configuración.',
    et: 'Esitab meie lehtedel YouTube’i videoid. Google saab teie IP-aadressi ja teabe selle kohta, milliseid videoid te vaatate, ning salvestab küpsiseid, et teie seadeid meeles pidada.',
    eu: 'YouTubeko bideoak erreproduzitzen ditu gure orrietan. Googlek zure IP helbidea eta ikusten dituzun bideoak jasotzen ditu, eta cookieak ezartzen ditu zure ezarpenak gogoratzeko.',
    fa: 'ویدیوهای YouTube را در صفحه‌های ما پخش می‌کند. Google نشانی IP شما و ویدیوهایی را که تماشا می‌کنید دریافت می‌کند و برای به خاطر سپردن تنظیمات شما کوکی قرار می‌دهد.',
    fi: 'Toistaa YouTube-videoita sivuillamme. Google saa IP-osoitteesi ja tiedon katsomistasi videoista ja asettaa evästeitä muistaakseen asetuksesi.',
    fr: 'Lit des vidéos YouTube sur nos pages. Google reçoit votre adresse IP et la liste des vidéos que vous regardez, et dépose des cookies pour mémoriser vos réglages.',
    ga: 'Seinneann sé físeáin ó YouTube ar ár leathanaigh. Faigheann Google do sheoladh IP agus na físeáin a fhéachann tú orthu, agus socraíonn sé fianáin chun do shocruithe a mheabhrú.',
    gl: 'Reproduce vídeos de YouTube nas nosas páxinas. Google recibe o seu enderezo IP e os vídeos que ve, e instala cookies para lembrar a súa configuración.',
    he: 'מציג סרטונים מ-YouTube בדפים שלנו. Google מקבלת את כתובת ה-IP שלך ואת הסרטונים שבהם צפית, ומגדירה קובצי Cookie כדי לזכור את ההגדרות שלך.',
    hi: 'हमारे पेजों पर YouTube के वीडियो चलाता है। Google को आपका IP पता और आपके देखे गए वीडियो की जानकारी मिलती है, और वह आपकी सेटिंग याद रखने के लिए कुकीज़ सेट करता है।',
    hr: 'Reproducira videozapise s YouTubea na našim stranicama. Google prima vašu IP adresu i podatke o tome koje videozapise gledate te postavlja kolačiće kako bi zapamtio vaše postavke.',
    hu: 'YouTube-videókat játszik le az oldalainkon. A Google megkapja az Ön IP-címét és azt, hogy mely videókat nézi meg, és sütiket helyez el a beállításai megjegyzéséhez.',
    id: 'Memutar video dari YouTube di halaman kami. Google menerima alamat IP Anda dan video yang Anda tonton, serta memasang cookie untuk mengingat pengaturan Anda.',
    is: 'Spilar myndskeið frá YouTube á síðunum okkar. Google fær IP-töluna þína og upplýsingar um hvaða myndskeið þú horfir á og setur vafrakökur til að muna stillingarnar þínar.',
    it: 'Riproduce video di YouTube sulle nostre pagine. Google riceve il tuo indirizzo IP e i video che guardi, e installa cookie per ricordare le tue impostazioni.',
    ja: '当サイトのページでYouTubeの動画を再生します。Googleはお客様のIPアドレスと視聴した動画の情報を受け取り、設定を記憶するためにCookieを設定します。',
    ko: '당사 페이지에서 YouTube 동영상을 재생합니다. Google은 IP 주소와 시청한 동영상 정보를 받으며, 설정을 기억하기 위해 쿠키를 설정합니다.',
    lt: 'Mūsų puslapiuose leidžia YouTube vaizdo įrašus. Google gauna jūsų IP adresą ir informaciją, kokius vaizdo įrašus žiūrite, ir įrašo slapukus jūsų nustatymams įsiminti.',
    lv: 'Atskaņo YouTube videoklipus mūsu lapās. Google saņem jūsu IP adresi un informāciju par to, kurus videoklipus skatāties, un iestata sīkdatnes, lai atcerētos jūsu iestatījumus.',
    mt: 'Iħaddem vidjows minn YouTube fil-paġni tagħna. Google jirċievi l-indirizz IP tiegħek u liema vidjows tara, u jqiegħed cookies biex jiftakar is-settings tiegħek.',
    nb: 'Spiller av videoer fra YouTube på sidene våre. Google mottar IP-adressen din og hvilke videoer du ser, og setter informasjonskapsler for å huske innstillingene dine.',
    nl: 'Speelt video’s van YouTube af op onze pagina’s. Google ontvangt je IP-adres en welke video’s je bekijkt, en plaatst cookies om je instellingen te onthouden.',
    pl: 'Odtwarza filmy z YouTube na naszych stronach. Google otrzymuje Twój adres IP i informacje o oglądanych filmach oraz zapisuje pliki cookie, aby zapamiętać Twoje ustawienia.',
    pt: 'Reproduz vídeos do YouTube nas nossas páginas. A Google recebe o seu endereço IP e os vídeos que vê, e coloca cookies para memorizar as suas definições.',
    'pt-br': 'Reproduz vídeos do YouTube em nossas páginas. O Google recebe o seu endereço IP e os vídeos que você assiste, e define cookies para lembrar as suas configurações.',
    ro: 'Redă videoclipuri de pe YouTube pe paginile noastre. Google primește adresa dumneavoastră IP și informații despre videoclipurile pe care le vizionați și plasează cookie-uri pentru a vă reține setările.',
    ru: 'Воспроизводит видео с YouTube на наших страницах. Google получает ваш IP-адрес и сведения о том, какие видео вы смотрите, и устанавливает файлы cookie, чтобы запоминать ваши настройки.',
    sk: 'Prehráva na našich stránkach videá z YouTube. Google dostáva vašu IP adresu a informácie o tom, ktoré videá pozeráte, a ukladá súbory cookie, aby si pamätal vaše nastavenia.',
    sl: 'Predvaja videoposnetke z YouTuba na naših straneh. Google prejme vaš naslov IP in podatke o tem, katere videoposnetke gledate, ter nastavi piškotke, da si zapomni vaše nastavitve.',
    sr: 'Репродукује видео-снимке са YouTube-а на нашим страницама. Google добија вашу IP адресу и податке о томе које видео-снимке гледате и поставља колачиће да би запамтио ваша подешавања.',
    sv: 'Spelar upp videor från YouTube på våra sidor. Google får din IP-adress och vilka videor du tittar på, och placerar cookies för att komma ihåg dina inställningar.',
    th: 'เล่นวิดีโอจาก YouTube บนหน้าเว็บของเรา Google จะได้รับที่อยู่ IP ของคุณและข้อมูลว่าคุณดูวิดีโอใด และตั้งค่าคุกกี้เพื่อจดจำการตั้งค่าของคุณ',
    tr: 'Sayfalarımızda YouTube videolarını oynatır. Google IP adresinizi ve hangi videoları izlediğinizi alır, ayarlarınızı hatırlamak için çerezler yerleştirir.',
    uk: 'Відтворює відео з YouTube на наших сторінках. Google отримує вашу IP-адресу та відомості про те, які відео ви дивитеся, і встановлює файли cookie, щоб запам’ятовувати ваші налаштування.',
    vi: 'Phát video từ YouTube trên các trang của chúng tôi. Google nhận địa chỉ IP của bạn và thông tin về các video bạn xem, đồng thời đặt cookie để ghi nhớ cài đặt của bạn.',
    'zh-hans': '在我们的页面上播放 YouTube 视频。Google 会收到您的 IP 地址以及您观看了哪些视频，并设置 Cookie 来记住您的设置。',
    'zh-hant': '在我們的頁面上播放 YouTube 影片。Google 會收到您的 IP 位址以及您觀看了哪些影片，並設定 Cookie 來記住您的設定。',
  },
};

export default youtube;
