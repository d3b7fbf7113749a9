/**
 * Pinterest Tag (Pinterest Europe Ltd.): conversion measurement and retargeting for Pinterest ads.
 * Category: targeting (advertising measurement and retargeting).
 * Sources (checked December 2026):
 * - Cookies: https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies
 *   (_epik, _derived_epik and _pin_unauth are first-party cookies the tag places; _pinterest_ct_ua
 *   is the third-party twin of _pin_unauth). The vendor page gives no lifetimes. The 1-year
 *   lifetime of the first-party cookies comes from a public copy of Pinterest's own web-pixel
 *   code (it sets them to expire one year ahead), not from vendor documentation; 1 year for
 *   _pinterest_ct_ua is not confirmed in the stored sources. The same code keeps copies in
 *   localStorage (_epik_ls, _derived_epik_ls, _pin_unauth_ls) only outside the EU; Pinterest does
 *   not document them, so they are not declared.
 * - Hosts: the vendor base code loads https://s.pinimg.com/ct/core.js (and its library from
 *   s.pinimg.com/ct/); events and the noscript pixel go to https://ct.pinterest.com (/v3/, /user/).
 *   Other s.pinimg.com paths (images of Pinterest embeds) are left out.
 * - Provider: https://policy.pinterest.com/en/privacy-policy (for the EEA, Switzerland and the UK,
 *   Pinterest Europe Ltd., Dublin, is the controller responsible under the GDPR).
 */
import type { CatalogueEntry } from './catalogue.js';

const pinterestTag: CatalogueEntry = {
  category: 'targeting',
  label: 'Pinterest Tag',
  provider: 'Pinterest Europe Ltd.',
  policyUrl: 'https://policy.pinterest.com/en/privacy-policy',
  urls: ['s.pinimg.com/ct/', 'ct.pinterest.com'],
  cookies: [
    { name: '_epik', lifetime: '1 year', purpose: 'adMeasurement' },
    { name: '_derived_epik', lifetime: '1 year', purpose: 'adMeasurement' },
    { name: '_pin_unauth', lifetime: '1 year', purpose: 'visitorId' },
    { name: '_pinterest_ct_ua', lifetime: '1 year', purpose: 'visitorId' },
  ],
  storage: [],
  descriptions: {
    en: 'Tells Pinterest which of our pages you visit and what you do on them, so that we can measure our Pinterest ads and show them to people who have visited this site.',
    ar: 'يُبلغ Pinterest بالصفحات التي تزورها في موقعنا وبما تفعله فيها، حتى نتمكن من قياس نتائج إعلاناتنا على Pinterest وعرضها على من زاروا هذا الموقع.',
    bg: 'Съобщава на Pinterest кои наши страници посещавате и какво правите в тях, за да можем да измерваме рекламите си в Pinterest и да ги показваме на хора, посетили този сайт.',
    ca: 'Informa Pinterest de quines pàgines nostres visiteu i què hi feu, perquè puguem mesurar els nostres anuncis a Pinterest i mostrar-los a persones que han visitat aquest lloc web.',
    cs: 'Sděluje službě Pinterest, které naše stránky navštěvujete a co na nich děláte, abychom mohli měřit naše reklamy ve službě Pinterest a zobrazovat je lidem, kteří tento web navštívili.',
    da: 'Fortæller Pinterest, hvilke af vores sider du besøger, og hvad du gør på dem, så vi kan måle vores annoncer på Pinterest og vise dem til personer, der har besøgt dette website.',
    de: 'Teilt Pinterest mit, welche unserer Seiten Sie besuchen und was Sie dort tun, damit wir unsere Anzeigen auf Pinterest messen und sie Personen zeigen können, die diese Website besucht haben.',
    el: 'Ενημερώνει το Pinterest για το ποιες σελίδες μας επισκέπτεστε και τι κάνετε σε αυτές, ώστε να μετράμε τις διαφημίσεις μας στο Pinterest και να τις προβάλλουμε σε άτομα που έχουν επισκεφθεί αυτόν τον ιστότοπο.',
    es: 'Informa a Pinterest de qué páginas nuestras visitas y qué haces en ellas, para que podamos medir nuestros anuncios en Pinterest y mostrarlos a personas que han visitado este sitio.',
    et: 'Annab teenusele Pinterest teada, milliseid meie lehti te külastate ja mida te neil teete, et saaksime mõõta oma reklaame teenuses Pinterest ja näidata neid inimestele, kes on seda veebisaiti külastanud.',
    eu: 'Gure zer orri bisitatzen dituzun eta haietan zer egiten duzun jakinarazten dio Pinterest-i, Pinterest-eko gure iragarkiak neurtu eta webgune hau bisitatu duten pertsonei erakutsi ahal izateko.',
    fa: 'به Pinterest اطلاع می‌دهد که از کدام صفحه‌های ما بازدید می‌کنید و در آن‌ها چه می‌کنید، تا بتوانیم تبلیغاتمان در Pinterest را بسنجیم و آن‌ها را به کسانی نشان دهیم که از این سایت بازدید کرده‌اند.',
    fi: 'Kertoo Pinterest-palvelulle, millä sivuillamme käyt ja mitä teet niillä, jotta voimme mitata Pinterest-mainostemme tuloksia ja näyttää mainoksia ihmisille, jotka ovat käyneet tällä sivustolla.',
    fr: 'Indique à Pinterest quelles pages de notre site vous consultez et ce que vous y faites, afin que nous puissions mesurer nos publicités sur Pinterest et les présenter aux personnes qui ont visité ce site.',
    ga: 'Insíonn sé do Pinterest cé na leathanaigh dár gcuid a dtugann tú cuairt orthu agus cad a dhéanann tú orthu, ionas gur féidir linn ár bhfógraí ar Pinterest a thomhas agus iad a thaispeáint do dhaoine a thug cuairt ar an suíomh seo.',
    gl: 'Informa a Pinterest de que páxinas nosas visita e que fai nelas, para que poidamos medir os nosos anuncios en Pinterest e mostralos a persoas que visitaron este sitio web.',
    he: 'מדווח ל-Pinterest באילו דפים שלנו ביקרת ומה עשית בהם, כדי שנוכל למדוד את המודעות שלנו ב-Pinterest ולהציג אותן לאנשים שביקרו באתר הזה.',
    hi: 'Pinterest को बताता है कि आप हमारे किन पेजों पर जाते हैं और उन पर क्या करते हैं, ताकि हम Pinterest पर अपने विज्ञापनों के नतीजे माप सकें और उन्हें ऐसे लोगों को दिखा सकें जो इस साइट पर आ चुके हैं।',
    hr: 'Obavještava platformu Pinterest o tome koje naše stranice posjećujete i što na njima radite, kako bismo mogli mjeriti svoje oglase na platformi Pinterest i prikazivati ih osobama koje su posjetile ovu stranicu.',
    hu: 'Jelzi a Pinterest szolgáltatásnak, hogy mely oldalainkat látogatja meg, és mit tesz rajtuk, hogy mérni tudjuk a Pinterest-hirdetéseinket, és megjeleníthessük őket azoknak, akik már jártak ezen a webhelyen.',
    id: 'Memberi tahu Pinterest halaman kami mana saja yang Anda kunjungi dan apa yang Anda lakukan di sana, agar kami dapat mengukur iklan kami di Pinterest dan menampilkannya kepada orang yang pernah mengunjungi situs ini.',
    is: 'Lætur Pinterest vita hvaða síður okkar þú heimsækir og hvað þú gerir á þeim, svo að við getum mælt auglýsingar okkar á Pinterest og sýnt þær fólki sem hefur heimsótt þennan vef.',
    it: 'Comunica a Pinterest quali pagine del nostro sito visiti e cosa fai al loro interno, per consentirci di misurare i nostri annunci su Pinterest e mostrarli a chi ha visitato questo sito.',
    ja: 'お客様が当サイトのどのページにアクセスし、そこで何を行ったかをPinterestに伝えます。これにより、当社はPinterest広告の効果を測定し、当サイトを訪れたことのある方にその広告を表示できます。',
    ko: '당사 사이트에서 어떤 페이지를 방문하고 무엇을 하는지 Pinterest에 알려, 당사가 Pinterest 광고의 성과를 측정하고 이 사이트를 방문한 적이 있는 사람에게 광고를 보여 줄 수 있게 합니다.',
    lt: 'Praneša platformai „Pinterest“, kuriuos mūsų puslapius lankote ir ką juose darote, kad galėtume įvertinti savo reklamą platformoje „Pinterest“ ir rodyti ją žmonėms, kurie lankėsi šioje svetainėje.',
    lv: 'Paziņo platformai Pinterest, kuras mūsu lapas jūs apmeklējat un ko tajās darāt, lai mēs varētu novērtēt savas reklāmas platformā Pinterest un rādīt tās cilvēkiem, kuri ir apmeklējuši šo vietni.',
    mt: 'Jgħarraf lil Pinterest liema paġni tagħna żżur u x’tagħmel fihom, biex inkunu nistgħu nkejlu r-reklami tagħna fuq Pinterest u nurihom lil persuni li żaru dan is-sit.',
    nb: 'Forteller Pinterest hvilke av sidene våre du besøker og hva du gjør på dem, slik at vi kan måle annonsene våre på Pinterest og vise dem til personer som har besøkt dette nettstedet.',
    nl: 'Laat Pinterest weten welke pagina’s van onze website je bezoekt en wat je daar doet, zodat we onze advertenties op Pinterest kunnen meten en ze kunnen tonen aan mensen die deze website hebben bezocht.',
    pl: 'Przekazuje serwisowi Pinterest informacje o tym, które nasze strony odwiedzasz i co na nich robisz, abyśmy mogli mierzyć skuteczność naszych reklam w serwisie Pinterest i wyświetlać je osobom, które odwiedziły tę stronę.',
    pt: 'Informa o Pinterest sobre as páginas do nosso site que visita e o que faz nelas, para que possamos medir os nossos anúncios no Pinterest e mostrá-los a pessoas que visitaram este site.',
    'pt-br': 'Informa ao Pinterest quais páginas do nosso site você visita e o que faz nelas, para que possamos medir nossos anúncios no Pinterest e exibi-los a pessoas que visitaram este site.',
    ro: 'Transmite către Pinterest ce pagini ale noastre vizitați și ce faceți pe ele, astfel încât să putem măsura reclamele noastre pe Pinterest și să le afișăm persoanelor care au vizitat acest site.',
    ru: 'Сообщает Pinterest, какие страницы нашего сайта вы посещаете и что на них делаете, чтобы мы могли оценивать эффективность нашей рекламы в Pinterest и показывать ее людям, которые посещали этот сайт.',
    sk: 'Oznamuje službe Pinterest, ktoré naše stránky navštevujete a čo na nich robíte, aby sme mohli merať naše reklamy v službe Pinterest a zobrazovať ich ľuďom, ktorí túto stránku navštívili.',
    sl: 'Platformi Pinterest sporoča, katere naše strani obiščete in kaj na njih počnete, da lahko merimo svoje oglase na platformi Pinterest in jih prikazujemo ljudem, ki so obiskali to spletno mesto.',
    sr: 'Обавештава платформу Pinterest о томе које наше странице посећујете и шта на њима радите, како бисмо могли да меримо своје огласе на платформи Pinterest и приказујемо их особама које су посетиле овај сајт.',
    sv: 'Berättar för Pinterest vilka av våra sidor du besöker och vad du gör på dem, så att vi kan mäta våra annonser på Pinterest och visa dem för personer som har besökt den här webbplatsen.',
    th: 'แจ้ง Pinterest ว่าคุณเข้าชมหน้าใดบ้างในเว็บไซต์ของเราและทำอะไรในหน้าเหล่านั้น เพื่อให้เราวัดผลโฆษณาของเราบน Pinterest และแสดงโฆษณาเหล่านั้นแก่ผู้ที่เคยเข้าชมเว็บไซต์นี้ได้',
    tr: 'Hangi sayfalarımızı ziyaret ettiğinizi ve bu sayfalarda ne yaptığınızı Pinterest platformuna bildirir; böylece Pinterest reklamlarımızı ölçebilir ve bu siteyi ziyaret etmiş kişilere gösterebiliriz.',
    uk: 'Повідомляє Pinterest, які сторінки нашого сайту ви відвідуєте й що на них робите, щоб ми могли вимірювати ефективність нашої реклами в Pinterest і показувати її людям, які відвідували цей сайт.',
    vi: 'Cho Pinterest biết bạn truy cập những trang nào của chúng tôi và làm gì trên các trang đó, để chúng tôi có thể đo lường quảng cáo của mình trên Pinterest và hiển thị quảng cáo cho những người đã truy cập trang web này.',
    'zh-hans': '告诉 Pinterest 您访问了我们的哪些页面以及在页面上进行了哪些操作，以便我们衡量在 Pinterest 上投放的广告效果，并向访问过本网站的人展示这些广告。',
    'zh-hant': '告訴 Pinterest 您造訪了我們的哪些網頁以及在網頁上進行了哪些操作，讓我們能評估在 Pinterest 上投放的廣告成效，並向曾造訪本網站的人顯示這些廣告。',
  },
};

export default pinterestTag;
