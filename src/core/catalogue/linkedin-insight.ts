/**
 * LinkedIn Insight Tag (LinkedIn Ireland Unlimited Company): conversion tracking, retargeting and
 * website demographics for LinkedIn ads.
 * Category: targeting (advertising measurement and retargeting).
 * Sources (checked December 2026):
 * - Cookies: https://www.linkedin.com/legal/l/cookie-table (stored copy, April 2024; only its
 *   introduction was retrievable) and
 *   https://learn.microsoft.com/en-us/linkedin/marketing/conversions/enabling-first-party-cookies
 *   (li_fat_id is the Insight Tag's first-party click-ID cookie). Lifetimes not confirmed in the
 *   stored vendor text, taken from the values the cookie table is widely quoted with: li_fat_id
 *   30 days, li_giant 7 days (first-party); bcookie 1 year, li_sugr 90 days, UserMatchHistory
 *   30 days, AnalyticsSyncHistory 30 days (third-party, on .linkedin.com, listed because the
 *   cookie table documents them for the Insight Tag; the banner cannot delete these).
 * - Hosts: the vendor's Insight Tag snippet loads https://snap.licdn.com/li.lms-analytics/insight.min.js
 *   and its noscript pixel is https://dc.ads.linkedin.com/collect; the tag reports to
 *   px.ads.linkedin.com. *.ads.linkedin.com covers these collection hosts; other LinkedIn
 *   hosts (www.linkedin.com, platform.linkedin.com embeds) are left out so as not to catch
 *   LinkedIn buttons and embeds.
 * - Provider: https://www.linkedin.com/legal/privacy/eu (LinkedIn Ireland Unlimited Company is the
 *   controller for the Designated Countries).
 */
import type { CatalogueEntry } from './catalogue.js';

const linkedinInsight: CatalogueEntry = {
  category: 'targeting',
  label: 'LinkedIn Insight Tag',
  provider: 'LinkedIn Ireland Unlimited Company',
  policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  urls: ['snap.licdn.com/li.lms-analytics/', '*.ads.linkedin.com'],
  cookies: [
    { name: 'li_fat_id', lifetime: '30 days', purpose: 'adMeasurement' },
    { name: 'li_giant', lifetime: '7 days', purpose: 'adMeasurement' },
    { name: 'bcookie', lifetime: '1 year', purpose: 'visitorId' },
    { name: 'li_sugr', lifetime: '90 days', purpose: 'adTargeting' },
    { name: 'UserMatchHistory', lifetime: '30 days', purpose: 'adTargeting' },
    { name: 'AnalyticsSyncHistory', lifetime: '30 days', purpose: 'adMeasurement' },
  ],
  storage: [],
  descriptions: {
    en: 'Tells LinkedIn which of our pages you visit and what you do on them, so that we can measure our LinkedIn ads and show them to people who have visited this site.',
    ar: 'يُبلغ LinkedIn بالصفحات التي تزورها في موقعنا وبما تفعله فيها، حتى نتمكن من قياس نتائج إعلاناتنا على LinkedIn وعرضها على من زاروا هذا الموقع.',
    bg: 'Съобщава на LinkedIn кои наши страници посещавате и какво правите в тях, за да можем да измерваме рекламите си в LinkedIn и да ги показваме на хора, посетили този сайт.',
    ca: 'Informa LinkedIn de quines pàgines nostres visiteu i què hi feu, perquè puguem mesurar els nostres anuncis a LinkedIn i mostrar-los a persones que han visitat aquest lloc web.',
    cs: 'Sděluje službě LinkedIn, které naše stránky navštěvujete a co na nich děláte, abychom mohli měřit naše reklamy ve službě LinkedIn a zobrazovat je lidem, kteří tento web navštívili.',
    da: 'Fortæller LinkedIn, hvilke af vores sider du besøger, og hvad du gør på dem, så vi kan måle vores annoncer på LinkedIn og vise dem til personer, der har besøgt dette website.',
    de: 'Teilt LinkedIn mit, welche unserer Seiten Sie besuchen und was Sie dort tun, damit wir unsere Anzeigen auf LinkedIn messen und sie Personen zeigen können, die diese Website besucht haben.',
    el: 'Ενημερώνει το LinkedIn για το ποιες σελίδες μας επισκέπτεστε και τι κάνετε σε αυτές, ώστε να μετράμε τις διαφημίσεις μας στο LinkedIn και να τις προβάλλουμε σε άτομα που έχουν επισκεφθεί αυτόν τον ιστότοπο.',
    es: 'Informa a LinkedIn de qué páginas nuestras visitas y qué haces en ellas, para que podamos medir nuestros anuncios en LinkedIn y mostrarlos a personas que han visitado este sitio.',
    et: 'Annab teenusele LinkedIn teada, milliseid meie lehti te külastate ja mida te neil teete, et saaksime mõõta oma reklaame teenuses LinkedIn ja näidata neid inimestele, kes on seda veebisaiti külastanud.',
    eu: 'Gure zer orri bisitatzen dituzun eta haietan zer egiten duzun jakinarazten dio LinkedIn-i, LinkedIn-eko gure iragarkiak neurtu eta webgune hau bisitatu duten pertsonei erakutsi ahal izateko.',
    fa: 'به LinkedIn اطلاع می‌دهد که از کدام صفحه‌های ما بازدید می‌کنید و در آن‌ها چه می‌کنید، تا بتوانیم تبلیغاتمان در LinkedIn را بسنجیم و آن‌ها را به کسانی نشان دهیم که از این سایت بازدید کرده‌اند.',
    fi: 'Kertoo LinkedIn-palvelulle, millä sivuillamme käyt ja mitä teet niillä, jotta voimme mitata LinkedIn-mainostemme tuloksia ja näyttää mainoksia ihmisille, jotka ovat käyneet tällä sivustolla.',
    fr: 'Indique à LinkedIn quelles pages de notre site vous consultez et ce que vous y faites, afin que nous puissions mesurer nos publicités sur LinkedIn et les présenter aux personnes qui ont visité ce site.',
    ga: 'Insíonn sé do LinkedIn cé na leathanaigh dár gcuid a dtugann tú cuairt orthu agus cad a dhéanann tú orthu, ionas gur féidir linn ár bhfógraí ar LinkedIn a thomhas agus iad a thaispeáint do dhaoine a thug cuairt ar an suíomh seo.',
    gl: 'Informa a LinkedIn de que páxinas nosas visita e que fai nelas, para que poidamos medir os nosos anuncios en LinkedIn e mostralos a persoas que visitaron este sitio web.',
    he: 'מדווח ל-LinkedIn באילו דפים שלנו ביקרת ומה עשית בהם, כדי שנוכל למדוד את המודעות שלנו ב-LinkedIn ולהציג אותן לאנשים שביקרו באתר הזה.',
    hi: 'LinkedIn को बताता है कि आप हमारे किन पेजों पर जाते हैं और उन पर क्या करते हैं, ताकि हम LinkedIn पर अपने विज्ञापनों के नतीजे माप सकें और उन्हें ऐसे लोगों को दिखा सकें जो इस साइट पर आ चुके हैं।',
    hr: 'Obavještava platformu LinkedIn o tome koje naše stranice posjećujete i što na njima radite, kako bismo mogli mjeriti svoje oglase na platformi LinkedIn i prikazivati ih osobama koje su posjetile ovu stranicu.',
    hu: 'Jelzi a LinkedIn szolgáltatásnak, hogy mely oldalainkat látogatja meg, és mit tesz rajtuk, hogy mérni tudjuk a LinkedIn-hirdetéseinket, és megjeleníthessük őket azoknak, akik már jártak ezen a webhelyen.',
    id: 'Memberi tahu LinkedIn halaman kami mana saja yang Anda kunjungi dan apa yang Anda lakukan di sana, agar kami dapat mengukur iklan kami di LinkedIn dan menampilkannya kepada orang yang pernah mengunjungi situs ini.',
    is: 'Lætur LinkedIn vita hvaða síður okkar þú heimsækir og hvað þú gerir á þeim, svo að við getum mælt auglýsingar okkar á LinkedIn og sýnt þær fólki sem hefur heimsótt þennan vef.',
    it: 'Comunica a LinkedIn quali pagine del nostro sito visiti e cosa fai al loro interno, per consentirci di misurare i nostri annunci su LinkedIn e mostrarli a chi ha visitato questo sito.',
    ja: 'お客様が当サイトのどのページにアクセスし、そこで何を行ったかをLinkedInに伝えます。これにより、当社はLinkedIn広告の効果を測定し、当サイトを訪れたことのある方にその広告を表示できます。',
    ko: '당사 사이트에서 어떤 페이지를 방문하고 무엇을 하는지 LinkedIn에 알려, 당사가 LinkedIn 광고의 성과를 측정하고 이 사이트를 방문한 적이 있는 사람에게 광고를 보여 줄 수 있게 합니다.',
    lt: 'Praneša platformai „LinkedIn“, kuriuos mūsų puslapius lankote ir ką juose darote, kad galėtume įvertinti savo reklamą platformoje „LinkedIn“ ir rodyti ją žmonėms, kurie lankėsi šioje svetainėje.',
    lv: 'Paziņo platformai LinkedIn, kuras mūsu lapas jūs apmeklējat un ko tajās darāt, lai mēs varētu novērtēt savas reklāmas platformā LinkedIn un rādīt tās cilvēkiem, kuri ir apmeklējuši šo vietni.',
    mt: 'Jgħarraf lil LinkedIn liema paġni tagħna żżur u x’tagħmel fihom, biex inkunu nistgħu nkejlu r-reklami tagħna fuq LinkedIn u nurihom lil persuni li żaru dan is-sit.',
    nb: 'Forteller LinkedIn hvilke av sidene våre du besøker og hva du gjør på dem, slik at vi kan måle annonsene våre på LinkedIn og vise dem til personer som har besøkt dette nettstedet.',
    nl: 'Laat LinkedIn weten welke pagina’s van onze website je bezoekt en wat je daar doet, zodat we onze advertenties op LinkedIn kunnen meten en ze kunnen tonen aan mensen die deze website hebben bezocht.',
    pl: 'Przekazuje serwisowi LinkedIn informacje o tym, które nasze strony odwiedzasz i co na nich robisz, abyśmy mogli mierzyć skuteczność naszych reklam w serwisie LinkedIn i wyświetlać je osobom, które odwiedziły tę stronę.',
    pt: 'Informa o LinkedIn sobre as páginas do nosso site que visita e o que faz nelas, para que possamos medir os nossos anúncios no LinkedIn e mostrá-los a pessoas que visitaram este site.',
    'pt-br': 'Informa ao LinkedIn quais páginas do nosso site você visita e o que faz nelas, para que possamos medir nossos anúncios no LinkedIn e exibi-los a pessoas que visitaram este site.',
    ro: 'Transmite către LinkedIn ce pagini ale noastre vizitați și ce faceți pe ele, astfel încât să putem măsura reclamele noastre pe LinkedIn și să le afișăm persoanelor care au vizitat acest site.',
    ru: 'Сообщает LinkedIn, какие страницы нашего сайта вы посещаете и что на них делаете, чтобы мы могли оценивать эффективность нашей рекламы в LinkedIn и показывать ее людям, которые посещали этот сайт.',
    sk: 'Oznamuje službe LinkedIn, ktoré naše stránky navštevujete a čo na nich robíte, aby sme mohli merať naše reklamy v službe LinkedIn a zobrazovať ich ľuďom, ktorí túto stránku navštívili.',
    sl: 'Platformi LinkedIn sporoča, katere naše strani obiščete in kaj na njih počnete, da lahko merimo svoje oglase na platformi LinkedIn in jih prikazujemo ljudem, ki so obiskali to spletno mesto.',
    sr: 'Обавештава платформу LinkedIn о томе које наше странице посећујете и шта на њима радите, како бисмо могли да меримо своје огласе на платформи LinkedIn и приказујемо их особама које су посетиле овај сајт.',
    sv: 'Berättar för LinkedIn vilka av våra sidor du besöker och vad du gör på dem, så att vi kan mäta våra annonser på LinkedIn och visa dem för personer som har besökt den här webbplatsen.',
    th: 'แจ้ง LinkedIn ว่าคุณเข้าชมหน้าใดบ้างในเว็บไซต์ของเราและทำอะไรในหน้าเหล่านั้น เพื่อให้เราวัดผลโฆษณาของเราบน LinkedIn และแสดงโฆษณาเหล่านั้นแก่ผู้ที่เคยเข้าชมเว็บไซต์นี้ได้',
    tr: 'Hangi sayfalarımızı ziyaret ettiğinizi ve bu sayfalarda ne yaptığınızı LinkedIn platformuna bildirir; böylece LinkedIn reklamlarımızı ölçebilir ve bu siteyi ziyaret etmiş kişilere gösterebiliriz.',
    uk: 'Повідомляє LinkedIn, які сторінки нашого сайту ви відвідуєте й що на них робите, щоб ми могли вимірювати ефективність нашої реклами в LinkedIn і показувати її людям, які відвідували цей сайт.',
    vi: 'Cho LinkedIn biết bạn truy cập những trang nào của chúng tôi và làm gì trên các trang đó, để chúng tôi có thể đo lường quảng cáo của mình trên LinkedIn và hiển thị quảng cáo cho những người đã truy cập trang web này.',
    'zh-hans': '告诉 LinkedIn 您访问了我们的哪些页面以及在页面上进行了哪些操作，以便我们衡量在 LinkedIn 上投放的广告效果，并向访问过本网站的人展示这些广告。',
    'zh-hant': '告訴 LinkedIn 您造訪了我們的哪些網頁以及在網頁上進行了哪些操作，讓我們能評估在 LinkedIn 上投放的廣告成效，並向曾造訪本網站的人顯示這些廣告。',
  },
};

export default linkedinInsight;
