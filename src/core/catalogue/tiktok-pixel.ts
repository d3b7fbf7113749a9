/**
 * TikTok Pixel (TikTok Technology Limited): conversion measurement and retargeting for TikTok ads.
 * Category: targeting (advertising measurement and retargeting).
 * Sources (checked December 2026):
 * - Cookies: https://ads.tiktok.com/help/article?aid=10007540 ("About using cookies with TikTok
 *   Pixel": first-party cookies are on by default, a session ID is created by the pixel, and
 *   "cookies expire after 13 months from being set onto a browser, or last used") and
 *   https://ads.tiktok.com/help/article/how-to-use-cookies-with-tiktok-pixel. The cookie names
 *   (_ttp, _tt_enable_cookie, ttcsid, ttcsid_<pixel id>) are not named in the stored vendor text;
 *   they are the ones the pixel is widely documented to set and that appear in public cookie
 *   jars. Their 13-month lifetime is the vendor's general statement; for the ttcsid session
 *   cookies in particular it is not confirmed in the stored sources.
 * - Hosts: the vendor base code loads https://analytics.tiktok.com/i18n/pixel/events.js; events
 *   go to the same host.
 * - Provider: TikTok Technology Limited (Ireland) is the EEA controller per TikTok's own
 *   announcement; not confirmed in the stored text of the privacy policy below.
 */
import type { CatalogueEntry } from './catalogue.js';

const tiktokPixel: CatalogueEntry = {
  category: 'targeting',
  label: 'TikTok Pixel',
  provider: 'TikTok Technology Limited',
  policyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  urls: ['analytics.tiktok.com'],
  cookies: [
    { name: '_ttp', lifetime: '13 months', purpose: 'adTargeting' },
    { name: '_tt_enable_cookie', lifetime: '13 months', purpose: 'technical' },
    { name: 'ttcsid', lifetime: '13 months', purpose: 'session' },
    { name: 'ttcsid_*', lifetime: '13 months', purpose: 'session' },
  ],
  storage: [],
  descriptions: {
    en: 'Tells TikTok which of our pages you visit and what you do on them, so that we can measure our TikTok ads and show them to people who have visited this site.',
    ar: 'يُبلغ TikTok بالصفحات التي تزورها في موقعنا وبما تفعله فيها، حتى نتمكن من قياس نتائج إعلاناتنا على TikTok وعرضها على من زاروا هذا الموقع.',
    bg: 'Съобщава на TikTok кои наши страници посещавате и какво правите в тях, за да можем да измерваме рекламите си в TikTok и да ги показваме на хора, посетили този сайт.',
    ca: 'Informa TikTok de quines pàgines nostres visiteu i què hi feu, perquè puguem mesurar els nostres anuncis a TikTok i mostrar-los a persones que han visitat aquest lloc web.',
    cs: 'Sděluje službě TikTok, které naše stránky navštěvujete a co na nich děláte, abychom mohli měřit naše reklamy ve službě TikTok a zobrazovat je lidem, kteří tento web navštívili.',
    da: 'Fortæller TikTok, hvilke af vores sider du besøger, og hvad du gør på dem, så vi kan måle vores annoncer på TikTok og vise dem til personer, der har besøgt dette website.',
    de: 'Teilt TikTok mit, welche unserer Seiten Sie besuchen und was Sie dort tun, damit wir unsere Anzeigen auf TikTok messen und sie Personen zeigen können, die diese Website besucht haben.',
    el: 'Ενημερώνει το TikTok για το ποιες σελίδες μας επισκέπτεστε και τι κάνετε σε αυτές, ώστε να μετράμε τις διαφημίσεις μας στο TikTok και να τις προβάλλουμε σε άτομα που έχουν επισκεφθεί αυτόν τον ιστότοπο.',
    es: 'Informa a TikTok de qué páginas nuestras visitas y qué haces en ellas, para que podamos medir nuestros anuncios en TikTok y mostrarlos a personas que han visitado este sitio.',
    et: 'Annab teenusele TikTok teada, milliseid meie lehti te külastate ja mida te neil teete, et saaksime mõõta oma reklaame teenuses TikTok ja näidata neid inimestele, kes on seda veebisaiti külastanud.',
    eu: 'Gure zer orri bisitatzen dituzun eta haietan zer egiten duzun jakinarazten dio TikTok-i, TikTok-eko gure iragarkiak neurtu eta webgune hau bisitatu duten pertsonei erakutsi ahal izateko.',
    fa: 'به TikTok اطلاع می‌دهد که از کدام صفحه‌های ما بازدید می‌کنید و در آن‌ها چه می‌کنید، تا بتوانیم تبلیغاتمان در TikTok را بسنجیم و آن‌ها را به کسانی نشان دهیم که از این سایت بازدید کرده‌اند.',
    fi: 'Kertoo TikTok-palvelulle, millä sivuillamme käyt ja mitä teet niillä, jotta voimme mitata TikTok-mainostemme tuloksia ja näyttää mainoksia ihmisille, jotka ovat käyneet tällä sivustolla.',
    fr: 'Indique à TikTok quelles pages de notre site vous consultez et ce que vous y faites, afin que nous puissions mesurer nos publicités sur TikTok et les présenter aux personnes qui ont visité ce site.',
    ga: 'Insíonn sé do TikTok cé na leathanaigh dár gcuid a dtugann tú cuairt orthu agus cad a dhéanann tú orthu, ionas gur féidir linn ár bhfógraí ar TikTok a thomhas agus iad a thaispeáint do dhaoine a thug cuairt ar an suíomh seo.',
    gl: 'Informa a TikTok de que páxinas nosas visita e que fai nelas, para que poidamos medir os nosos anuncios en TikTok e mostralos a persoas que visitaron este sitio web.',
    he: 'מדווח ל-TikTok באילו דפים שלנו ביקרת ומה עשית בהם, כדי שנוכל למדוד את המודעות שלנו ב-TikTok ולהציג אותן לאנשים שביקרו באתר הזה.',
    hi: 'TikTok को बताता है कि आप हमारे किन पेजों पर जाते हैं और उन पर क्या करते हैं, ताकि हम TikTok पर अपने विज्ञापनों के नतीजे माप सकें और उन्हें ऐसे लोगों को दिखा सकें जो इस साइट पर आ चुके हैं।',
    hr: 'Obavještava platformu TikTok o tome koje naše stranice posjećujete i što na njima radite, kako bismo mogli mjeriti svoje oglase na platformi TikTok i prikazivati ih osobama koje su posjetile ovu stranicu.',
    hu: 'Jelzi a TikTok szolgáltatásnak, hogy mely oldalainkat látogatja meg, és mit tesz rajtuk, hogy mérni tudjuk a TikTok-hirdetéseinket, és megjeleníthessük őket azoknak, akik már jártak ezen a webhelyen.',
    id: 'Memberi tahu TikTok halaman kami mana saja yang Anda kunjungi dan apa yang Anda lakukan di sana, agar kami dapat mengukur iklan kami di TikTok dan menampilkannya kepada orang yang pernah mengunjungi situs ini.',
    is: 'Lætur TikTok vita hvaða síður okkar þú heimsækir og hvað þú gerir á þeim, svo að við getum mælt auglýsingar okkar á TikTok og sýnt þær fólki sem hefur heimsótt þennan vef.',
    it: 'Comunica a TikTok quali pagine del nostro sito visiti e cosa fai al loro interno, per consentirci di misurare i nostri annunci su TikTok e mostrarli a chi ha visitato questo sito.',
    ja: 'お客様が当サイトのどのページにアクセスし、そこで何を行ったかをTikTokに伝えます。これにより、当社はTikTok広告の効果を測定し、当サイトを訪れたことのある方にその広告を表示できます。',
    ko: '당사 사이트에서 어떤 페이지를 방문하고 무엇을 하는지 TikTok에 알려, 당사가 TikTok 광고의 성과를 측정하고 이 사이트를 방문한 적이 있는 사람에게 광고를 보여 줄 수 있게 합니다.',
    lt: 'Praneša platformai „TikTok“, kuriuos mūsų puslapius lankote ir ką juose darote, kad galėtume įvertinti savo reklamą platformoje „TikTok“ ir rodyti ją žmonėms, kurie lankėsi šioje svetainėje.',
    lv: 'Paziņo platformai TikTok, kuras mūsu lapas jūs apmeklējat un ko tajās darāt, lai mēs varētu novērtēt savas reklāmas platformā TikTok un rādīt tās cilvēkiem, kuri ir apmeklējuši šo vietni.',
    mt: 'Jgħarraf lil TikTok liema paġni tagħna żżur u x’tagħmel fihom, biex inkunu nistgħu nkejlu r-reklami tagħna fuq TikTok u nurihom lil persuni li żaru dan is-sit.',
    nb: 'Forteller TikTok hvilke av sidene våre du besøker og hva du gjør på dem, slik at vi kan måle annonsene våre på TikTok og vise dem til personer som har besøkt dette nettstedet.',
    nl: 'Laat TikTok weten welke pagina’s van onze website je bezoekt en wat je daar doet, zodat we onze advertenties op TikTok kunnen meten en ze kunnen tonen aan mensen die deze website hebben bezocht.',
    pl: 'Przekazuje serwisowi TikTok informacje o tym, które nasze strony odwiedzasz i co na nich robisz, abyśmy mogli mierzyć skuteczność naszych reklam w serwisie TikTok i wyświetlać je osobom, które odwiedziły tę stronę.',
    pt: 'Informa o TikTok sobre as páginas do nosso site que visita e o que faz nelas, para que possamos medir os nossos anúncios no TikTok e mostrá-los a pessoas que visitaram este site.',
    'pt-br': 'Informa ao TikTok quais páginas do nosso site você visita e o que faz nelas, para que possamos medir nossos anúncios no TikTok e exibi-los a pessoas que visitaram este site.',
    ro: 'Transmite către TikTok ce pagini ale noastre vizitați și ce faceți pe ele, astfel încât să putem măsura reclamele noastre pe TikTok și să le afișăm persoanelor care au vizitat acest site.',
    ru: 'Сообщает TikTok, какие страницы нашего сайта вы посещаете и что на них делаете, чтобы мы могли оценивать эффективность нашей рекламы в TikTok и показывать ее людям, которые посещали этот сайт.',
    sk: 'Oznamuje službe TikTok, ktoré naše stránky navštevujete a čo na nich robíte, aby sme mohli merať naše reklamy v službe TikTok a zobrazovať ich ľuďom, ktorí túto stránku navštívili.',
    sl: 'Platformi TikTok sporoča, katere naše strani obiščete in kaj na njih počnete, da lahko merimo svoje oglase na platformi TikTok in jih prikazujemo ljudem, ki so obiskali to spletno mesto.',
    sr: 'Обавештава платформу TikTok о томе које наше странице посећујете и шта на њима радите, како бисмо могли да меримо своје огласе на платформи TikTok и приказујемо их особама које су посетиле овај сајт.',
    sv: 'Berättar för TikTok vilka av våra sidor du besöker och vad du gör på dem, så att vi kan mäta våra annonser på TikTok och visa dem för personer som har besökt den här webbplatsen.',
    th: 'แจ้ง TikTok ว่าคุณเข้าชมหน้าใดบ้างในเว็บไซต์ของเราและทำอะไรในหน้าเหล่านั้น เพื่อให้เราวัดผลโฆษณาของเราบน TikTok และแสดงโฆษณาเหล่านั้นแก่ผู้ที่เคยเข้าชมเว็บไซต์นี้ได้',
    tr: 'Hangi sayfalarımızı ziyaret ettiğinizi ve bu sayfalarda ne yaptığınızı TikTok platformuna bildirir; böylece TikTok reklamlarımızı ölçebilir ve bu siteyi ziyaret etmiş kişilere gösterebiliriz.',
    uk: 'Повідомляє TikTok, які сторінки нашого сайту ви відвідуєте й що на них робите, щоб ми могли вимірювати ефективність нашої реклами в TikTok і показувати її людям, які відвідували цей сайт.',
    vi: 'Cho TikTok biết bạn truy cập những trang nào của chúng tôi và làm gì trên các trang đó, để chúng tôi có thể đo lường quảng cáo của mình trên TikTok và hiển thị quảng cáo cho những người đã truy cập trang web này.',
    'zh-hans': '告诉 TikTok 您访问了我们的哪些页面以及在页面上进行了哪些操作，以便我们衡量在 TikTok 上投放的广告效果，并向访问过本网站的人展示这些广告。',
    'zh-hant': '告訴 TikTok 您造訪了我們的哪些網頁以及在網頁上進行了哪些操作，讓我們能評估在 TikTok 上投放的廣告成效，並向曾造訪本網站的人顯示這些廣告。',
  },
};

export default tiktokPixel;
