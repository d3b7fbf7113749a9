/**
 * Vimeo (Vimeo.com, Inc.): the embedded Vimeo video player and its JavaScript API.
 *
 * Category: functionality. The embed is a video player the visitor uses on purpose; Vimeo
 * documents its `vuid` cookie as producing analytics for the video's owner, not for advertising.
 *
 * The player sets no cookies on the site's own domain: the cookies below are the ones its
 * iframe sets on `vimeo.com`, as Vimeo documents them, so the declaration can show them.
 * (With `dnt=1` on the embed URL Vimeo sets no new cookies during that viewing session.)
 *
 * Sources (checked December 2026):
 * - Vimeo Help Center, cookies set by the embeddable player (last updated 30 July 2024):
 *   https://help.vimeo.com/hc/en-us/articles/26080940921361
 *   (`vuid` 2 years, `player` 1 year, `flags` 1 year, `player_clearance` 7 days, Cloudflare's
 *   bot-manager cookie 30 minutes, `_cfuvid` session, `cf_clearance` 1 year).
 * - Vimeo embed code: iframes from `https://player.vimeo.com/video/{id}` (Vimeo's generated embed
 *   code, as reproduced in many stored pages).
 * - Privacy policy: https://vimeo.com/privacy
 * Not confirmed in the stored sources:
 * - The player SDK script `https://player.vimeo.com/api/player.js` (https://github.com/vimeo/player.js)
 *   was seen only in third-party descriptions; it is covered by `player.vimeo.com` anyway.
 * - The bot-manager cookie is printed `_cf_bm` in Vimeo's table; it is listed as `__cf_bm`, the
 *   name Cloudflare sets.
 * - Provider "Vimeo.com, Inc." as named in Vimeo's privacy policy (the policy text itself was not
 *   in the stored sources).
 * - `vimeo.com/showcase` and `vimeo.com/event` (showcase and live-event embeds,
 *   `vimeo.com/showcase/{id}/embed`, `vimeo.com/event/{id}/embed`): Vimeo's widely documented
 *   embed forms.
 */
import type { CatalogueEntry } from './catalogue.js';

const vimeo: CatalogueEntry = {
  category: 'functionality',
  label: 'Vimeo',
  provider: 'Vimeo.com, Inc.',
  policyUrl: 'https://vimeo.com/privacy',
  urls: ['player.vimeo.com', 'vimeo.com/showcase', 'vimeo.com/event'],
  cookies: [
    { name: 'vuid', lifetime: '2 years', purpose: 'visitorId' },
    { name: 'player', lifetime: '1 year', purpose: 'settings' },
    { name: 'flags', lifetime: '1 year', purpose: 'technical' },
    { name: 'player_clearance', lifetime: '7 days', purpose: 'security' },
    { name: '__cf_bm', lifetime: '30 minutes', purpose: 'security' },
    { name: '_cfuvid', lifetime: 'session', purpose: 'security' },
    { name: 'cf_clearance', lifetime: '1 year', purpose: 'security' },
  ],
  storage: [],
  descriptions: {
    en: 'Plays videos we host on Vimeo. Vimeo receives your IP address and sets cookies to remember your player settings and count views for us.',
    ar: 'يعرض مقاطع الفيديو التي نستضيفها على Vimeo. تتلقى Vimeo عنوان IP الخاص بك وتضع ملفات تعريف الارتباط لتتذكّر إعدادات المشغّل وتحسب المشاهدات لنا.',
    bg: 'Възпроизвежда видеоклипове, които хостваме във Vimeo. Vimeo получава вашия IP адрес и задава бисквитки, за да запомни настройките на плейъра ви и да отчита гледанията за нас.',
    ca: 'Reprodueix els vídeos que allotgem a Vimeo. Vimeo rep la vostra adreça IP i instal·la galetes per recordar la configuració del vostre reproductor i comptar les visualitzacions per a nosaltres.',
    cs: 'Přehrává videa, která máme na Vimeu. Vimeo získává vaši IP adresu a ukládá soubory cookie, aby si pamatovalo nastavení vašeho přehrávače a počítalo pro nás zhlédnutí.',
    da: 'Afspiller videoer, som vi har på Vimeo. Vimeo modtager din IP-adresse og sætter cookies for at huske dine afspillerindstillinger og tælle visninger for os.',
    de: 'Spielt Videos ab, die wir bei Vimeo bereitstellen. Vimeo erhält Ihre IP-Adresse und setzt Cookies, um Ihre Player-Einstellungen zu speichern und Aufrufe für uns zu zählen.',
    el: 'Αναπαράγει βίντεο που φιλοξενούμε στο Vimeo. Το Vimeo λαμβάνει τη διεύθυνση IP σας και τοποθετεί cookies για να θυμάται τις ρυθμίσεις αναπαραγωγής σας και να μετρά τις προβολές για εμάς.',
    es: 'Reproduce los vídeos que alojamos en Vimeo. Vimeo recibe tu dirección IP e instala cookies para recordar la configuración de tu reproductor y contar las reproducciones para nosotros.',
    et: 'Esitab videoid, mida hoiame Vimeos. Vimeo saab teie IP-aadressi ja salvestab küpsiseid, et meeles pidada teie pleieri seadeid ja loendada meie jaoks vaatamisi.',
    eu: 'Vimeon ostatatzen ditugun bideoak erreproduzitzen ditu. Vimeok zure IP helbidea jasotzen du eta cookieak ezartzen ditu zure erreproduzigailuaren ezarpenak gogoratzeko eta guretzat ikustaldiak zenbatzeko.',
    fa: 'ویدیوهایی را که در Vimeo میزبانی می‌کنیم پخش می‌کند. Vimeo نشانی IP شما را دریافت می‌کند و کوکی‌هایی قرار می‌دهد تا تنظیمات پخش‌کنندهٔ شما را به خاطر بسپارد و تعداد بازدیدها را برای ما بشمارد.',
    fi: 'Toistaa Vimeossa ylläpitämiämme videoita. Vimeo saa IP-osoitteesi ja asettaa evästeitä muistaakseen soittimen asetuksesi ja laskeakseen katselukerrat puolestamme.',
    fr: 'Lit les vidéos que nous hébergeons sur Vimeo. Vimeo reçoit votre adresse IP et dépose des cookies pour mémoriser les réglages de votre lecteur et compter les vues pour notre compte.',
    ga: 'Seinneann sé físeáin a óstálaimid ar Vimeo. Faigheann Vimeo do sheoladh IP agus socraíonn sé fianáin chun socruithe do sheinnteora a mheabhrú agus amhairc a chomhaireamh dúinn.',
    gl: 'Reproduce os vídeos que aloxamos en Vimeo. Vimeo recibe o seu enderezo IP e instala cookies para lembrar a configuración do seu reprodutor e contar as reproducións para nós.',
    he: 'מציג סרטונים שאנחנו מאחסנים ב-Vimeo. Vimeo מקבלת את כתובת ה-IP שלך ומגדירה קובצי Cookie כדי לזכור את הגדרות הנגן שלך ולספור עבורנו צפיות.',
    hi: 'Vimeo पर होस्ट किए गए हमारे वीडियो चलाता है। Vimeo को आपका IP पता मिलता है, और वह आपकी प्लेयर सेटिंग याद रखने और हमारे लिए व्यू गिनने के लिए कुकीज़ सेट करता है।',
    hr: 'Reproducira videozapise koje držimo na Vimeu. Vimeo prima vašu IP adresu i postavlja kolačiće kako bi zapamtio vaše postavke playera i za nas brojio preglede.',
    hu: 'Lejátssza a Vimeón tárolt videóinkat. A Vimeo megkapja az Ön IP-címét, és sütiket helyez el, hogy megjegyezze az Ön lejátszóbeállításait, és megszámolja nekünk a megtekintéseket.',
    id: 'Memutar video yang kami simpan di Vimeo. Vimeo menerima alamat IP Anda dan memasang cookie untuk mengingat pengaturan pemutar Anda serta menghitung jumlah tayangan untuk kami.',
    is: 'Spilar myndskeið sem við hýsum á Vimeo. Vimeo fær IP-töluna þína og setur vafrakökur til að muna spilarastillingarnar þínar og telja áhorf fyrir okkur.',
    it: 'Riproduce i video che ospitiamo su Vimeo. Vimeo riceve il tuo indirizzo IP e installa cookie per ricordare le impostazioni del tuo player e contare le visualizzazioni per nostro conto.',
    ja: '当社がVimeoで公開している動画を再生します。Vimeoはお客様のIPアドレスを受け取り、プレーヤーの設定を記憶し、当社のために再生回数を数えるためにCookieを設定します。',
    ko: '당사가 Vimeo에 올린 동영상을 재생합니다. Vimeo는 IP 주소를 받으며, 플레이어 설정을 기억하고 당사를 위해 조회수를 집계하기 위해 쿠키를 설정합니다.',
    lt: 'Leidžia vaizdo įrašus, kuriuos laikome Vimeo. Vimeo gauna jūsų IP adresą ir įrašo slapukus, kad įsimintų jūsų grotuvo nustatymus ir mums skaičiuotų peržiūras.',
    lv: 'Atskaņo videoklipus, ko mitinām Vimeo. Vimeo saņem jūsu IP adresi un iestata sīkdatnes, lai atcerētos jūsu atskaņotāja iestatījumus un mūsu vajadzībām skaitītu skatījumus.',
    mt: 'Iħaddem il-vidjows li nospitaw fuq Vimeo. Vimeo jirċievi l-indirizz IP tiegħek u jqiegħed cookies biex jiftakar is-settings tal-plejer tiegħek u jgħodd il-veduti għalina.',
    nb: 'Spiller av videoer vi har på Vimeo. Vimeo mottar IP-adressen din og setter informasjonskapsler for å huske avspillerinnstillingene dine og telle visninger for oss.',
    nl: 'Speelt video’s af die we op Vimeo hosten. Vimeo ontvangt je IP-adres en plaatst cookies om je spelerinstellingen te onthouden en weergaven voor ons te tellen.',
    pl: 'Odtwarza filmy, które udostępniamy w serwisie Vimeo. Vimeo otrzymuje Twój adres IP i zapisuje pliki cookie, aby zapamiętać Twoje ustawienia odtwarzacza i liczyć dla nas wyświetlenia.',
    pt: 'Reproduz os vídeos que alojamos no Vimeo. O Vimeo recebe o seu endereço IP e coloca cookies para memorizar as definições do seu leitor e contar as visualizações para nós.',
    'pt-br': 'Reproduz os vídeos que hospedamos no Vimeo. O Vimeo recebe o seu endereço IP e define cookies para lembrar as configurações do seu player e contar as visualizações para nós.',
    ro: 'Redă videoclipurile pe care le găzduim pe Vimeo. Vimeo primește adresa dumneavoastră IP și plasează cookie-uri pentru a reține setările playerului dumneavoastră și a număra vizualizările pentru noi.',
    ru: 'Воспроизводит видео, которые мы размещаем на Vimeo. Vimeo получает ваш IP-адрес и устанавливает файлы cookie, чтобы запоминать ваши настройки плеера и подсчитывать для нас просмотры.',
    sk: 'Prehráva videá, ktoré máme na Vimeu. Vimeo dostáva vašu IP adresu a ukladá súbory cookie, aby si pamätalo nastavenia vášho prehrávača a počítalo pre nás zhliadnutia.',
    sl: 'Predvaja videoposnetke, ki jih gostimo na Vimeu. Vimeo prejme vaš naslov IP in nastavi piškotke, da si zapomni nastavitve vašega predvajalnika in za nas šteje oglede.',
    sr: 'Репродукује видео-снимке које хостујемо на Vimeo-у. Vimeo добија вашу IP адресу и поставља колачиће да би запамтио подешавања вашег плејера и за нас бројао прегледе.',
    sv: 'Spelar upp videor som vi har på Vimeo. Vimeo får din IP-adress och placerar cookies för att komma ihåg dina spelarinställningar och räkna visningar åt oss.',
    th: 'เล่นวิดีโอที่เราเก็บไว้บน Vimeo โดย Vimeo จะได้รับที่อยู่ IP ของคุณและตั้งค่าคุกกี้เพื่อจดจำการตั้งค่าเครื่องเล่นของคุณและนับยอดการรับชมให้เรา',
    tr: 'Vimeo’da barındırdığımız videoları oynatır. Vimeo IP adresinizi alır; oynatıcı ayarlarınızı hatırlamak ve bizim için izlenme sayısını saymak amacıyla çerezler yerleştirir.',
    uk: 'Відтворює відео, які ми розміщуємо на Vimeo. Vimeo отримує вашу IP-адресу та встановлює файли cookie, щоб запам’ятовувати ваші налаштування плеєра й підраховувати для нас перегляди.',
    vi: 'Phát các video chúng tôi lưu trữ trên Vimeo. Vimeo nhận địa chỉ IP của bạn và đặt cookie để ghi nhớ cài đặt trình phát của bạn cũng như đếm lượt xem cho chúng tôi.',
    'zh-hans': '播放我们托管在 Vimeo 上的视频。Vimeo 会收到您的 IP 地址，并设置 Cookie 来记住您的播放器设置，以及为我们统计观看次数。',
    'zh-hant': '播放我們託管在 Vimeo 上的影片。Vimeo 會收到您的 IP 位址，並設定 Cookie 來記住您的播放器設定，以及為我們統計觀看次數。',
  },
};

export default vimeo;
