/**
 * Google Analytics 4 (Google Ireland Limited): audience measurement through the Google tag
 * (gtag.js) with a `G-` measurement ID.
 * Sources (checked December 2026):
 * - Cookies and lifetimes: Google Analytics Help, "[GA4] Cookie usage on websites",
 *   https://support.google.com/analytics/answer/11397207 (also
 *   https://developers.google.com/analytics/devguides/collection/ga4/cookie-usage):
 *   `_ga` 2 years "Used to distinguish users", `_ga_<container-id>` 2 years "Used to persist
 *   session state". The older `_gid` (24 hours) and `_gat` (1 minute) are Universal Analytics
 *   cookies (https://developers.google.com/analytics/devguides/collection/gtagjs/cookie-usage)
 *   that GA4 does not list, so they are left out. When GA4 is linked to Google Ads it can also
 *   write the `_gcl_*` cookies; those are declared by the `google-ads` entry.
 * - Hosts: the gtag.js loader `www.googletagmanager.com/gtag/js?id=G-…` as in Google's install
 *   snippet; collection on `*.google-analytics.com` and `*.analytics.google.com` as listed in
 *   Google's CSP guide, https://developers.google.com/tag-platform/security/guides/csp (only
 *   partly readable in the stored copy: the two collection hosts are not confirmed in the stored
 *   sources and are the values Google is widely documented to use).
 * - Provider and policy: https://policies.google.com/privacy (Google Ireland Limited is the
 *   controller for users in the EEA and Switzerland).
 */
import type { CatalogueEntry } from './catalogue.js';

const googleAnalytics: CatalogueEntry = {
  category: 'analytics',
  label: 'Google Analytics',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['www.googletagmanager.com/gtag/js?id=G-', '*.google-analytics.com', '*.analytics.google.com'],
  cookies: [
    { name: '_ga', lifetime: '2 years', purpose: 'visitorId' },
    { name: '_ga_*', lifetime: '2 years', purpose: 'session' },
  ],
  storage: [],
  descriptions: {
    en: 'Counts visits and records which pages you view and how you arrived, so that we can see how the site is used and improve it.',
    ar: 'يحسب الزيارات ويسجّل الصفحات التي تشاهدها وكيف وصلت إلى الموقع، حتى نتمكن من معرفة كيفية استخدام الموقع وتحسينه.',
    bg: 'Отчита посещенията и записва кои страници разглеждате и как сте стигнали до сайта, за да можем да видим как се използва сайтът и да го подобрим.',
    ca: 'Compta les visites i registra quines pàgines visiteu i com hi heu arribat, perquè puguem veure com s’utilitza el lloc web i millorar-lo.',
    cs: 'Počítá návštěvy a zaznamenává, které stránky si prohlížíte a jak jste se na web dostali, abychom viděli, jak se web používá, a mohli ho zlepšovat.',
    da: 'Tæller besøg og registrerer, hvilke sider du ser, og hvordan du kom hertil, så vi kan se, hvordan websitet bruges, og forbedre det.',
    de: 'Zählt Besuche und erfasst, welche Seiten Sie aufrufen und wie Sie auf die Website gekommen sind, damit wir sehen, wie die Website genutzt wird, und sie verbessern können.',
    el: 'Καταμετρά τις επισκέψεις και καταγράφει ποιες σελίδες βλέπετε και πώς φτάσατε στον ιστότοπο, ώστε να βλέπουμε πώς χρησιμοποιείται και να τον βελτιώνουμε.',
    es: 'Cuenta las visitas y registra qué páginas ves y cómo has llegado, para que podamos saber cómo se usa el sitio y mejorarlo.',
    et: 'Loendab külastusi ja salvestab, milliseid lehti te vaatate ja kuidas saidile jõudsite, et saaksime näha, kuidas veebisaiti kasutatakse, ja seda parandada.',
    eu: 'Bisitak zenbatzen ditu eta zer orri ikusten dituzun eta nola iritsi zaren erregistratzen du, webgunea nola erabiltzen den ikusi eta hobetu ahal izateko.',
    fa: 'بازدیدها را می‌شمارد و ثبت می‌کند که کدام صفحه‌ها را می‌بینید و چگونه به سایت رسیده‌اید تا بتوانیم ببینیم سایت چگونه استفاده می‌شود و آن را بهبود دهیم.',
    fi: 'Laskee käynnit ja tallentaa, mitä sivuja katselet ja miten tulit sivustolle, jotta näemme, miten sivustoa käytetään, ja voimme parantaa sitä.',
    fr: 'Compte les visites et enregistre les pages que vous consultez et d’où vous venez, afin que nous puissions voir comment le site est utilisé et l’améliorer.',
    ga: 'Comhaireann sé cuairteanna agus taifeadann sé na leathanaigh a fheiceann tú agus conas a tháinig tú chuig an suíomh, ionas gur féidir linn a fheiceáil conas a úsáidtear an suíomh agus é a fheabhsú.',
    gl: 'Conta as visitas e rexistra que páxinas ve e como chegou ao sitio web, para que poidamos saber como se usa e melloralo.',
    he: 'סופר ביקורים ומתעד אילו דפים נצפים וכיצד מגיעים לאתר, כדי שנוכל לראות איך משתמשים באתר ולשפר אותו.',
    hi: 'विज़िट की गिनती करता है और यह दर्ज करता है कि आप कौन-से पेज देखते हैं और साइट पर कैसे पहुँचे, ताकि हम देख सकें कि साइट का इस्तेमाल कैसे होता है और उसे बेहतर बना सकें।',
    hr: 'Broji posjete i bilježi koje stranice pregledavate i kako ste došli do nas, kako bismo vidjeli kako se stranica koristi i poboljšali je.',
    hu: 'Megszámolja a látogatásokat, és rögzíti, hogy mely oldalakat tekinti meg, és honnan érkezett, hogy lássuk, hogyan használják a webhelyet, és javíthassunk rajta.',
    id: 'Menghitung kunjungan dan mencatat halaman yang Anda lihat serta cara Anda tiba di situs, agar kami dapat melihat cara situs digunakan dan meningkatkannya.',
    is: 'Telur heimsóknir og skráir hvaða síður þú skoðar og hvernig þú komst á vefinn, svo að við sjáum hvernig hann er notaður og getum bætt hann.',
    it: 'Conta le visite e registra quali pagine visualizzi e da dove arrivi, così possiamo capire come viene usato il sito e migliorarlo.',
    ja: '訪問数を集計し、お客様が閲覧したページやサイトへの流入経路を記録します。サイトの利用状況を把握し、改善するために使用します。',
    ko: '방문 수를 집계하고 어떤 페이지를 보았는지, 어떤 경로로 사이트에 들어왔는지 기록하여 사이트 이용 방식을 파악하고 개선하는 데 사용합니다.',
    lt: 'Skaičiuoja apsilankymus ir registruoja, kuriuos puslapius peržiūrite ir kaip patekote į svetainę, kad matytume, kaip svetainė naudojama, ir galėtume ją tobulinti.',
    lv: 'Uzskaita apmeklējumus un reģistrē, kuras lapas jūs skatāt un kā nonācāt vietnē, lai mēs redzētu, kā vietne tiek izmantota, un varētu to uzlabot.',
    mt: 'Jgħodd iż-żjarat u jirreġistra liema paġni tara u kif wasalt fis-sit, biex inkunu nafu kif jintuża s-sit u ntejbuh.',
    nb: 'Teller besøk og registrerer hvilke sider du ser, og hvordan du kom hit, slik at vi kan se hvordan nettstedet brukes, og forbedre det.',
    nl: 'Telt bezoeken en legt vast welke pagina’s je bekijkt en hoe je op de website bent gekomen, zodat we kunnen zien hoe de website wordt gebruikt en deze kunnen verbeteren.',
    pl: 'Zlicza odwiedziny i rejestruje, które podstrony przeglądasz i skąd trafiasz na stronę, abyśmy mogli sprawdzić, jak strona jest używana, i ją ulepszać.',
    pt: 'Conta as visitas e regista as páginas que vê e a forma como chegou ao site, para que possamos perceber como o site é utilizado e melhorá-lo.',
    'pt-br': 'Conta as visitas e registra as páginas que você vê e como chegou ao site, para que possamos entender como ele é usado e melhorá-lo.',
    ro: 'Numără vizitele și înregistrează ce pagini vizualizați și cum ați ajuns pe site, pentru ca noi să vedem cum este folosit site-ul și să îl îmbunătățim.',
    ru: 'Подсчитывает посещения и записывает, какие страницы вы просматриваете и как попали на сайт, чтобы мы видели, как используется сайт, и могли его улучшать.',
    sk: 'Počíta návštevy a zaznamenáva, ktoré podstránky si prezeráte a ako ste sa k nám dostali, aby sme videli, ako sa stránka používa, a mohli ju zlepšovať.',
    sl: 'Šteje obiske in beleži, katere strani si ogledate in kako ste prišli na spletno mesto, da lahko vidimo, kako se uporablja, in ga izboljšamo.',
    sr: 'Броји посете и бележи које странице прегледате и како сте стигли на сајт, како бисмо видели како се сајт користи и унапредили га.',
    sv: 'Räknar besök och registrerar vilka sidor du tittar på och hur du kom hit, så att vi kan se hur webbplatsen används och förbättra den.',
    th: 'นับจำนวนการเข้าชมและบันทึกว่าคุณดูหน้าใดบ้างและเข้ามายังเว็บไซต์ได้อย่างไร เพื่อให้เราเห็นว่ามีการใช้งานเว็บไซต์อย่างไรและปรับปรุงให้ดีขึ้น',
    tr: 'Ziyaretleri sayar ve hangi sayfaları görüntülediğinizi ve siteye nasıl geldiğinizi kaydeder; böylece sitenin nasıl kullanıldığını görüp onu iyileştirebiliriz.',
    uk: 'Підраховує відвідування й записує, які сторінки ви переглядаєте і як потрапили на сайт, щоб ми бачили, як використовується сайт, і могли його покращувати.',
    vi: 'Đếm lượt truy cập và ghi lại những trang bạn xem cũng như cách bạn đến trang web, để chúng tôi biết trang web được sử dụng như thế nào và cải thiện nó.',
    'zh-hans': '统计访问量，并记录您浏览了哪些页面以及如何来到本网站，以便我们了解网站的使用情况并加以改进。',
    'zh-hant': '統計造訪次數，並記錄您瀏覽了哪些頁面以及如何來到本網站，讓我們了解網站的使用情況並加以改善。',
  },
};

export default googleAnalytics;
