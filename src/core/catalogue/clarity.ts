/**
 * Microsoft Clarity (Microsoft Ireland Operations Limited): session recordings and heatmaps.
 * Sources (checked December 2026):
 * - Cookie names and purposes: Microsoft Learn, "Cookie List" (Clarity),
 *   https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list (`_clck`
 *   "Persists the Clarity User ID and preferences, unique to that site", `_clsk` "Connects
 *   multiple page views by a user into a single Clarity session recording"; both first-party).
 *   The same page lists third-party cookies on Microsoft's domains (`CLID`, `MUID`, `ANONCHK`,
 *   `MR`, `SM`); the site cannot read or delete them, so they are not listed.
 * - Lifetimes: Clarity's own tracking code, https://github.com/microsoft/clarity,
 *   packages/clarity-js/types/data.d.ts: `Setting.Expire = 365 // 1 Year` for `_clck` and
 *   `Setting.SessionExpire = 1 // 1 Day` for `_clsk`.
 * - Consent: Microsoft Learn, "Clarity consent API v2",
 *   https://learn.microsoft.com/en-us/clarity/clarity-consent-api-v2 (without consent Clarity
 *   sets no cookies and records in a limited, cookieless mode).
 * - Hosts: the loader `www.clarity.ms/tag/<project id>` from Clarity's install snippet, the
 *   script on `scripts.clarity.ms` and uploads to `<letter>.clarity.ms/collect`, all covered by
 *   `*.clarity.ms`, which serves nothing but Clarity. The letter hosts are seen in public
 *   sites' configurations rather than in a Microsoft page: not confirmed in the stored
 *   sources, but `*.clarity.ms` covers whichever letter is used.
 * - Provider and policy: Microsoft Privacy Statement, https://privacy.microsoft.com/privacystatement
 *   (Microsoft Ireland Operations Limited is the data controller for the EEA and Switzerland:
 *   not confirmed in the stored sources, it is the entity Microsoft is widely documented to
 *   name).
 */
import type { CatalogueEntry } from './catalogue.js';

const clarity: CatalogueEntry = {
  category: 'analytics',
  label: 'Microsoft Clarity',
  provider: 'Microsoft Ireland Operations Limited',
  policyUrl: 'https://privacy.microsoft.com/privacystatement',
  urls: ['*.clarity.ms'],
  cookies: [
    { name: '_clck', lifetime: '1 year', purpose: 'visitorId' },
    { name: '_clsk', lifetime: '1 day', purpose: 'session' },
  ],
  storage: [],
  descriptions: {
    en: 'Records how you click, scroll and move through our pages, producing session replays and heatmaps that help us find and fix problems on the site.',
    ar: 'يسجّل كيفية نقرك وتمريرك وتنقّلك في صفحاتنا، لإنشاء تسجيلات للجلسات وخرائط حرارية تساعدنا على اكتشاف المشكلات في الموقع وإصلاحها.',
    bg: 'Записва как кликвате, превъртате и се движите из страниците ни, като създава записи на сесии и топлинни карти, които ни помагат да откриваме и отстраняваме проблеми в сайта.',
    ca: 'Enregistra com feu clic, us desplaceu i navegueu per les nostres pàgines, i en crea reproduccions de sessions i mapes de calor que ens ajuden a detectar i resoldre problemes del lloc web.',
    cs: 'Zaznamenává, jak na našich stránkách klikáte, posouváte a pohybujete se, a vytváří z toho záznamy relací a teplotní mapy, které nám pomáhají hledat a opravovat chyby webu.',
    da: 'Registrerer, hvordan du klikker, scroller og bevæger dig rundt på vores sider, og laver sessionsoptagelser og heatmaps, der hjælper os med at finde og rette fejl på websitet.',
    de: 'Zeichnet auf, wie Sie auf unseren Seiten klicken, scrollen und sich bewegen, und erstellt daraus Sitzungsaufzeichnungen und Heatmaps, mit denen wir Probleme auf der Website finden und beheben.',
    el: 'Καταγράφει πώς κάνετε κλικ, κύλιση και κινείστε στις σελίδες μας, δημιουργώντας αναπαραγωγές περιόδων σύνδεσης και θερμικούς χάρτες που μας βοηθούν να εντοπίζουμε και να διορθώνουμε προβλήματα του ιστότοπου.',
    es: 'Registra cómo haces clic, te desplazas y te mueves por nuestras páginas, y genera grabaciones de sesiones y mapas de calor que nos ayudan a detectar y corregir problemas del sitio.',
    et: 'Salvestab, kuidas te meie lehtedel klõpsate, kerite ja liigute, ning loob seansisalvestised ja soojuskaardid, mis aitavad meil saidi probleeme leida ja parandada.',
    eu: 'Gure orrietan klik egiteko, korritzeko eta mugitzeko duzun modua erregistratzen du, eta saioen grabazioak eta bero-mapak sortzen ditu, webguneko arazoak aurkitu eta konpontzen laguntzen digutenak.',
    fa: 'ثبت می‌کند که چگونه در صفحه‌های ما کلیک، پیمایش و حرکت می‌کنید و از آن بازپخش جلسه‌ها و نقشه‌های حرارتی می‌سازد که به ما کمک می‌کند مشکلات سایت را پیدا و برطرف کنیم.',
    fi: 'Tallentaa, miten napsautat, vierität ja liikut sivuillamme, ja tuottaa istuntotallenteita ja lämpökarttoja, joiden avulla löydämme ja korjaamme sivuston ongelmia.',
    fr: 'Enregistre la façon dont vous cliquez, faites défiler et naviguez dans nos pages, pour produire des rediffusions de sessions et des cartes de chaleur qui nous aident à repérer et corriger les problèmes du site.',
    ga: 'Taifeadann sé conas a chliceálann tú, a scrollaíonn tú agus a bhogann tú trínár leathanaigh, chun athsheinm seisiún agus teasmhapaí a chruthú a chabhraíonn linn fadhbanna ar an suíomh a aimsiú agus a réiteach.',
    gl: 'Rexistra como fai clic, se despraza e se move polas nosas páxinas, e xera gravacións de sesións e mapas de calor que nos axudan a detectar e corrixir problemas do sitio web.',
    he: 'מתעד לחיצות, גלילה ותנועה בדפים שלנו, ויוצר הקלטות של סשנים ומפות חום שעוזרות לנו לאתר ולתקן בעיות באתר.',
    hi: 'यह रिकॉर्ड करता है कि आप हमारे पेजों पर कैसे क्लिक करते हैं, स्क्रॉल करते हैं और आगे बढ़ते हैं, और इससे सेशन रीप्ले और हीटमैप बनाता है, जो साइट की समस्याएँ ढूँढ़ने और ठीक करने में हमारी मदद करते हैं।',
    hr: 'Bilježi kako klikate, pomičete i krećete se po našim stranicama te izrađuje snimke sesija i toplinske karte koje nam pomažu pronaći i ispraviti probleme na stranici.',
    hu: 'Rögzíti, hogyan kattint, görget és mozog oldalainkon, és ebből munkamenet-visszajátszásokat és hőtérképeket készít, amelyek segítenek megtalálni és kijavítani a webhely hibáit.',
    id: 'Merekam cara Anda mengklik, menggulir, dan bergerak di halaman kami, lalu menghasilkan rekaman sesi dan peta panas yang membantu kami menemukan dan memperbaiki masalah di situs.',
    is: 'Skráir hvernig þú smellir, flettir og ferð um síðurnar okkar og býr til upptökur af lotum og hitakort sem hjálpa okkur að finna og laga vandamál á vefnum.',
    it: 'Registra come fai clic, scorri e ti muovi nelle nostre pagine, producendo registrazioni delle sessioni e mappe di calore che ci aiutano a individuare e risolvere i problemi del sito.',
    ja: '当社のページでのクリック、スクロール、移動の様子を記録し、セッションの再生やヒートマップを作成します。サイトの問題を見つけて修正するために使用します。',
    ko: '페이지에서 클릭하고 스크롤하고 이동하는 방식을 기록해 세션 재생과 히트맵을 만들며, 이를 통해 사이트의 문제를 찾아 해결합니다.',
    lt: 'Įrašo, kaip spustelėjate, slenkate ir judate mūsų puslapiuose, ir sukuria seansų įrašus bei šilumos žemėlapius, padedančius mums rasti ir ištaisyti svetainės problemas.',
    lv: 'Ieraksta, kā jūs klikšķināt, ritināt un pārvietojaties mūsu lapās, un veido sesiju ierakstus un siltuma kartes, kas palīdz mums atrast un novērst vietnes problēmas.',
    mt: 'Jirreġistra kif tikklikkja, tiskrollja u tiċċaqlaq fil-paġni tagħna, u joħloq reġistrazzjonijiet tas-sessjonijiet u heatmaps li jgħinuna nsibu u nsolvu problemi fis-sit.',
    nb: 'Registrerer hvordan du klikker, blar og beveger deg på sidene våre, og lager øktopptak og varmekart som hjelper oss å finne og rette feil på nettstedet.',
    nl: 'Legt vast hoe je klikt, scrolt en door onze pagina’s beweegt, en maakt daarvan sessie-opnamen en heatmaps waarmee we problemen op de website kunnen vinden en oplossen.',
    pl: 'Rejestruje, jak klikasz, przewijasz i poruszasz się po naszych podstronach, tworząc nagrania sesji i mapy cieplne, które pomagają nam znajdować i naprawiać problemy na stronie.',
    pt: 'Regista a forma como clica, se desloca e se move nas nossas páginas, produzindo gravações de sessões e mapas de calor que nos ajudam a encontrar e corrigir problemas no site.',
    'pt-br': 'Registra como você clica, rola e navega pelas nossas páginas, gerando gravações de sessões e mapas de calor que nos ajudam a encontrar e corrigir problemas no site.',
    ro: 'Înregistrează cum dați clic, derulați și vă deplasați prin paginile noastre, creând înregistrări ale sesiunilor și hărți termice care ne ajută să găsim și să remediem problemele site-ului.',
    ru: 'Записывает, как вы нажимаете, прокручиваете и перемещаетесь по нашим страницам, и создает записи сеансов и тепловые карты, которые помогают нам находить и устранять проблемы на сайте.',
    sk: 'Zaznamenáva, ako na našich podstránkach klikáte, posúvate a pohybujete sa, a vytvára z toho záznamy relácií a teplotné mapy, ktoré nám pomáhajú nájsť a opraviť problémy stránky.',
    sl: 'Beleži, kako klikate, se pomikate in premikate po naših straneh, ter ustvarja posnetke sej in toplotne zemljevide, ki nam pomagajo najti in odpraviti težave na spletnem mestu.',
    sr: 'Бележи како кликћете, померате садржај и крећете се по нашим страницама и прави снимке сесија и топлотне мапе који нам помажу да пронађемо и отклонимо проблеме на сајту.',
    sv: 'Registrerar hur du klickar, skrollar och rör dig på våra sidor och skapar sessionsinspelningar och värmekartor som hjälper oss att hitta och åtgärda problem på webbplatsen.',
    th: 'บันทึกวิธีที่คุณคลิก เลื่อน และไปมาในหน้าต่างๆ ของเรา เพื่อสร้างการเล่นซ้ำเซสชันและแผนที่ความร้อนที่ช่วยให้เราค้นหาและแก้ไขปัญหาของเว็บไซต์',
    tr: 'Sayfalarımızda nasıl tıkladığınızı, kaydırdığınızı ve gezindiğinizi kaydeder; sitedeki sorunları bulup düzeltmemize yardımcı olan oturum kayıtları ve ısı haritaları oluşturur.',
    uk: 'Записує, як ви клацаєте, прокручуєте й пересуваєтеся нашими сторінками, і створює записи сеансів та теплові карти, які допомагають нам знаходити й виправляти проблеми на сайті.',
    vi: 'Ghi lại cách bạn nhấp, cuộn và di chuyển trên các trang của chúng tôi, tạo bản phát lại phiên và bản đồ nhiệt giúp chúng tôi tìm và khắc phục sự cố trên trang web.',
    'zh-hans': '记录您在我们页面上的点击、滚动和移动方式，生成会话回放和热图，帮助我们发现并修复网站问题。',
    'zh-hant': '記錄您在我們頁面上的點擊、捲動和移動方式，產生工作階段重播和熱圖，協助我們找出並修正網站問題。',
  },
};

export default clarity;
