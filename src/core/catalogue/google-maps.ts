/**
 * Google Maps (Google Ireland Limited): embedded Google maps, both the iframe embeds
 * (`www.google.com/maps/embed…`, including the Maps Embed API and My Maps) and the Maps
 * JavaScript API.
 *
 * Category: functionality. A map is a feature the visitor uses on purpose; the embed is not
 * primarily an ad tracker.
 *
 * The map sets no cookies on the site's own domain: the cookies below are Google's own
 * `google.com` cookies that the map iframe can set or send, as Google documents them, so the
 * declaration can show them.
 *
 * Sources (checked December 2026):
 * - Google Maps Platform, Maps Embed API overview: https://developers.google.com/maps/documentation/embed/get-started
 *   (iframe `src="https://www.google.com/maps/embed/v1/place?key=…"`).
 * - Google Maps Platform, Maps JavaScript API "Content Security Policy guide":
 *   https://developers.google.com/maps/documentation/javascript/content-security-policy
 *   (script `https://maps.googleapis.com/maps/api/js`; frames from `*.google.com`).
 * - Google, "How Google uses cookies": https://policies.google.com/technologies/cookies
 *   (most people who use Google services have `NID` or `__Secure-ENID`, depending on their cookie
 *   choices, to remember preferences; `NID` expires 6 months after last use, `__Secure-ENID` lasts
 *   13 months; `AEC` ensures requests in a browsing session come from the user, 6 months).
 * - Provider: since 22 January 2019 Google Ireland Limited is the service provider and data
 *   controller for Google's consumer services, Maps included, in the EEA and Switzerland (Google's
 *   privacy policy, https://policies.google.com/privacy; the change as reported at
 *   https://businessandfinance.com/fdi-december-2018-google/).
 * Not confirmed in the stored sources:
 * - Which of `NID`, `__Secure-ENID` and `AEC` the map iframe itself sets: Google does not list the
 *   Maps embed's cookies separately (it depends on the visitor's earlier choices on Google).
 * - `maps.google.com` (older `maps.google.com/maps?…&output=embed` embeds) and `maps.gstatic.com`
 *   (static files of the Maps JavaScript API) are the hosts Maps is widely documented to use.
 *   `www.google.com` alone is not listed: it would catch far more than Maps.
 */
import type { CatalogueEntry } from './catalogue.js';

const googleMaps: CatalogueEntry = {
  category: 'functionality',
  label: 'Google Maps',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['www.google.com/maps', 'maps.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
  cookies: [
    { name: 'NID', lifetime: '6 months', purpose: 'settings' },
    { name: '__Secure-ENID', lifetime: '13 months', purpose: 'settings' },
    { name: 'AEC', lifetime: '6 months', purpose: 'security' },
  ],
  storage: [],
  descriptions: {
    en: 'Shows interactive maps from Google on our pages. Google receives your IP address and the map area you view, and may set cookies to remember your settings.',
    ar: 'يعرض خرائط تفاعلية من Google على صفحاتنا. تتلقى Google عنوان IP الخاص بك ومنطقة الخريطة التي تعرضها، وقد تضع ملفات تعريف الارتباط لتتذكّر إعداداتك.',
    bg: 'Показва интерактивни карти от Google на нашите страници. Google получава вашия IP адрес и частта от картата, която разглеждате, и може да задава бисквитки, за да запомни настройките ви.',
    ca: 'Mostra mapes interactius de Google a les nostres pàgines. Google rep la vostra adreça IP i la zona del mapa que mireu, i pot instal·lar galetes per recordar la vostra configuració.',
    cs: 'Zobrazuje na našich stránkách interaktivní mapy od Googlu. Google získává vaši IP adresu a oblast mapy, kterou si prohlížíte, a může ukládat soubory cookie, aby si pamatoval vaše nastavení.',
    da: 'Viser interaktive kort fra Google på vores sider. Google modtager din IP-adresse og det kortudsnit, du ser, og kan sætte cookies for at huske dine indstillinger.',
    de: 'Zeigt interaktive Karten von Google auf unseren Seiten an. Google erhält Ihre IP-Adresse und den Kartenausschnitt, den Sie ansehen, und kann Cookies setzen, um Ihre Einstellungen zu speichern.',
    el: 'Εμφανίζει διαδραστικούς χάρτες της Google στις σελίδες μας. Η Google λαμβάνει τη διεύθυνση IP σας και την περιοχή του χάρτη που βλέπετε, και μπορεί να τοποθετεί cookies για να θυμάται τις ρυθμίσεις σας.',
    es: 'Muestra mapas interactivos de Google en nuestras páginas. Google recibe tu dirección IP y la zona del mapa que consultas, y puede instalar cookies para recordar tu configuración.',
    et: 'Kuvab meie lehtedel Google’i interaktiivseid kaarte. Google saab teie IP-aadressi ja kaardiala, mida te vaatate, ning võib salvestada küpsiseid, et teie seadeid meeles pidada.',
    eu: 'Googleren mapa interaktiboak erakusten ditu gure orrietan. Googlek zure IP helbidea eta ikusten duzun maparen eremua jasotzen ditu, eta cookieak ezar ditzake zure ezarpenak gogoratzeko.',
    fa: 'نقشه‌های تعاملی Google را در صفحه‌های ما نمایش می‌دهد. Google نشانی IP شما و محدوده‌ای از نقشه را که می‌بینید دریافت می‌کند و ممکن است برای به خاطر سپردن تنظیمات شما کوکی قرار دهد.',
    fi: 'Näyttää Googlen interaktiivisia karttoja sivuillamme. Google saa IP-osoitteesi ja katsomasi kartta-alueen ja voi asettaa evästeitä muistaakseen asetuksesi.',
    fr: 'Affiche des cartes interactives de Google sur nos pages. Google reçoit votre adresse IP et la zone de carte que vous consultez, et peut déposer des cookies pour mémoriser vos réglages.',
    ga: 'Taispeánann sé léarscáileanna idirghníomhacha ó Google ar ár leathanaigh. Faigheann Google do sheoladh IP agus an limistéar den léarscáil a fhéachann tú air, agus féadfaidh sé fianáin a shocrú chun do shocruithe a mheabhrú.',
    gl: 'Mostra mapas interactivos de Google nas nosas páxinas. Google recibe o seu enderezo IP e a zona do mapa que consulta, e pode instalar cookies para lembrar a súa configuración.',
    he: 'מציג מפות אינטראקטיביות של Google בדפים שלנו. Google מקבלת את כתובת ה-IP שלך ואת אזור המפה שבו צפית, ועשויה להגדיר קובצי Cookie כדי לזכור את ההגדרות שלך.',
    hi: 'हमारे पेजों पर Google के इंटरैक्टिव मैप दिखाता है। Google को आपका IP पता और मैप का वह हिस्सा मिलता है जिसे आप देखते हैं, और वह आपकी सेटिंग याद रखने के लिए कुकीज़ सेट कर सकता है।',
    hr: 'Prikazuje interaktivne Googleove karte na našim stranicama. Google prima vašu IP adresu i dio karte koji gledate te može postaviti kolačiće kako bi zapamtio vaše postavke.',
    hu: 'A Google interaktív térképeit jeleníti meg az oldalainkon. A Google megkapja az Ön IP-címét és a megtekintett térképrészletet, és sütiket helyezhet el a beállításai megjegyzéséhez.',
    id: 'Menampilkan peta interaktif dari Google di halaman kami. Google menerima alamat IP Anda dan area peta yang Anda lihat, serta dapat memasang cookie untuk mengingat pengaturan Anda.',
    is: 'Birtir gagnvirk kort frá Google á síðunum okkar. Google fær IP-töluna þína og það svæði kortsins sem þú skoðar og getur sett vafrakökur til að muna stillingarnar þínar.',
    it: 'Mostra mappe interattive di Google sulle nostre pagine. Google riceve il tuo indirizzo IP e la zona della mappa che visualizzi, e può installare cookie per ricordare le tue impostazioni.',
    ja: '当サイトのページにGoogleのインタラクティブな地図を表示します。Googleはお客様のIPアドレスと表示した地図の範囲を受け取り、設定を記憶するためにCookieを設定する場合があります。',
    ko: '당사 페이지에 Google의 대화형 지도를 표시합니다. Google은 IP 주소와 보고 있는 지도 영역을 받으며, 설정을 기억하기 위해 쿠키를 설정할 수 있습니다.',
    lt: 'Mūsų puslapiuose rodo interaktyvius Google žemėlapius. Google gauna jūsų IP adresą ir žemėlapio sritį, kurią žiūrite, ir gali įrašyti slapukus jūsų nustatymams įsiminti.',
    lv: 'Rāda Google interaktīvās kartes mūsu lapās. Google saņem jūsu IP adresi un kartes apgabalu, ko skatāt, un var iestatīt sīkdatnes, lai atcerētos jūsu iestatījumus.',
    mt: 'Juri mapep interattivi minn Google fil-paġni tagħna. Google jirċievi l-indirizz IP tiegħek u ż-żona tal-mappa li tara, u jista’ jqiegħed cookies biex jiftakar is-settings tiegħek.',
    nb: 'Viser interaktive kart fra Google på sidene våre. Google mottar IP-adressen din og kartutsnittet du ser på, og kan sette informasjonskapsler for å huske innstillingene dine.',
    nl: 'Toont interactieve kaarten van Google op onze pagina’s. Google ontvangt je IP-adres en het kaartgebied dat je bekijkt, en kan cookies plaatsen om je instellingen te onthouden.',
    pl: 'Wyświetla interaktywne mapy Google na naszych stronach. Google otrzymuje Twój adres IP i oglądany przez Ciebie obszar mapy oraz może zapisywać pliki cookie, aby zapamiętać Twoje ustawienia.',
    pt: 'Mostra mapas interativos da Google nas nossas páginas. A Google recebe o seu endereço IP e a zona do mapa que vê, e pode colocar cookies para memorizar as suas definições.',
    'pt-br': 'Exibe mapas interativos do Google em nossas páginas. O Google recebe o seu endereço IP e a área do mapa que você vê, e pode definir cookies para lembrar as suas configurações.',
    ro: 'Afișează hărți interactive Google pe paginile noastre. Google primește adresa dumneavoastră IP și zona hărții pe care o vizualizați și poate plasa cookie-uri pentru a vă reține setările.',
    ru: 'Показывает интерактивные карты Google на наших страницах. Google получает ваш IP-адрес и область карты, которую вы просматриваете, и может устанавливать файлы cookie, чтобы запоминать ваши настройки.',
    sk: 'Zobrazuje na našich stránkach interaktívne mapy od Googlu. Google dostáva vašu IP adresu a oblasť mapy, ktorú si prezeráte, a môže ukladať súbory cookie, aby si pamätal vaše nastavenia.',
    sl: 'Prikazuje Googlove interaktivne zemljevide na naših straneh. Google prejme vaš naslov IP in območje zemljevida, ki si ga ogledujete, ter lahko nastavi piškotke, da si zapomni vaše nastavitve.',
    sr: 'Приказује интерактивне Google мапе на нашим страницама. Google добија вашу IP адресу и део мапе који гледате и може да постави колачиће да би запамтио ваша подешавања.',
    sv: 'Visar interaktiva kartor från Google på våra sidor. Google får din IP-adress och det kartområde du tittar på, och kan placera cookies för att komma ihåg dina inställningar.',
    th: 'แสดงแผนที่แบบโต้ตอบจาก Google บนหน้าเว็บของเรา Google จะได้รับที่อยู่ IP ของคุณและพื้นที่แผนที่ที่คุณดู และอาจตั้งค่าคุกกี้เพื่อจดจำการตั้งค่าของคุณ',
    tr: 'Sayfalarımızda Google’ın etkileşimli haritalarını gösterir. Google IP adresinizi ve görüntülediğiniz harita alanını alır, ayarlarınızı hatırlamak için çerezler yerleştirebilir.',
    uk: 'Показує інтерактивні карти Google на наших сторінках. Google отримує вашу IP-адресу та ділянку карти, яку ви переглядаєте, і може встановлювати файли cookie, щоб запам’ятовувати ваші налаштування.',
    vi: 'Hiển thị bản đồ tương tác của Google trên các trang của chúng tôi. Google nhận địa chỉ IP của bạn và khu vực bản đồ bạn xem, và có thể đặt cookie để ghi nhớ cài đặt của bạn.',
    'zh-hans': '在我们的页面上显示 Google 的交互式地图。Google 会收到您的 IP 地址以及您查看的地图区域，并可能设置 Cookie 来记住您的设置。',
    'zh-hant': '在我們的頁面上顯示 Google 的互動式地圖。Google 會收到您的 IP 位址以及您檢視的地圖區域，並可能設定 Cookie 來記住您的設定。',
  },
};

export default googleMaps;
