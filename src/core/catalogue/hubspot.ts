/**
 * HubSpot (HubSpot, Inc.): the HubSpot tracking code (visitor analytics tied to CRM contacts),
 * with the chat widget, collected forms and HubSpot's own cookie banner that its loader adds.
 *
 * Category: analytics. The tracking code's job by default is measuring visits and attributing
 * them to contacts; HubSpot's own consent banner files `__hstc`, `hubspotutk` and `__hssc`
 * under analytics. A site that connects ad accounts in HubSpot also gets ad pixels through
 * `js.hsadspixel.net` (listed below so they are held with the rest); such a site should put
 * this service under targeting. HubSpot forms (`js.hsforms.net`) are left out on purpose:
 * holding a contact form until analytics consent would break it.
 *
 * Sources (checked December 2026):
 * - HubSpot, "What cookies does HubSpot set in a visitor's browser?"
 *   https://knowledge.hubspot.com/reports/what-cookies-does-hubspot-set-in-a-visitor-s-browser
 *   (stored copy, 2018: https://knowledge.hubspot.com/articles/kcs_article/reports/what-cookies-does-hubspot-set-in-a-visitor-s-browser)
 *   for the cookie names and purposes, and `__hssc` 30 minutes, `__hssrc` session.
 * - HubSpot developer docs, tracking code and cookie banner API:
 *   https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/overview
 *   https://developers.hubspot.com/docs/api/events/cookie-banner (`hubspotutk` holds the usertoken)
 * - Privacy policy: https://legal.hubspot.com/privacy-policy
 * Not confirmed in the stored sources:
 * - Lifetimes of `__hstc`, `hubspotutk` and `messagesUtk`: 6 months is the value HubSpot is widely
 *   documented to use now; the stored copy of HubSpot's article (2018) says 2 years for `__hstc`,
 *   and later copies of it reproduced on customer sites say 13 months.
 * - Hosts: `js.hs-scripts.com` / `js-eu1.hs-scripts.com` (loader), `js.hs-analytics.net`,
 *   `js.hs-banner.com` and `js.hscollectedforms.net` were seen in HubSpot's published snippet, and
 *   `track-eu1.hubspot.com` in third-party consent tooling; `*.usemessages.com` (chat),
 *   `*.hsadspixel.net` (ads pixel), `*.hsleadflows.net` (pop-up forms) and `track.hubspot.com`
 *   (collection pixel `__ptq.gif`) are the hosts HubSpot is widely documented to use.
 * - Provider: HubSpot, Inc. is the entity named at the head of HubSpot's privacy policy; whether
 *   it names HubSpot Ireland Limited for EU visitors was not checked in the stored sources.
 */
import type { CatalogueEntry } from './catalogue.js';

const hubspot: CatalogueEntry = {
  category: 'analytics',
  label: 'HubSpot',
  provider: 'HubSpot, Inc.',
  policyUrl: 'https://legal.hubspot.com/privacy-policy',
  urls: [
    '*.hs-scripts.com',
    '*.hs-analytics.net',
    '*.hs-banner.com',
    '*.hscollectedforms.net',
    '*.hsadspixel.net',
    '*.hsleadflows.net',
    '*.usemessages.com',
    'track.hubspot.com',
    'track-eu1.hubspot.com',
  ],
  cookies: [
    { name: '__hstc', lifetime: '6 months', purpose: 'visitorId' },
    { name: 'hubspotutk', lifetime: '6 months', purpose: 'visitorId' },
    { name: '__hssc', lifetime: '30 minutes', purpose: 'session' },
    { name: '__hssrc', lifetime: 'session', purpose: 'session' },
    { name: 'messagesUtk', lifetime: '6 months', purpose: 'chat' },
  ],
  storage: [],
  descriptions: {
    en: 'Records the pages you visit and links them to the contact details you give us in a form, so we can see how visitors find us and follow up on enquiries.',
    ar: 'يسجّل الصفحات التي تزورها ويربطها ببيانات الاتصال التي تقدّمها لنا عبر نموذج، لنعرف كيف يصل الزوار إلينا ونتابع استفساراتهم.',
    bg: 'Записва страниците, които посещавате, и ги свързва с данните за контакт, които ни предоставяте във формуляр, за да виждаме как посетителите ни намират и да отговаряме на запитванията им.',
    ca: 'Registra les pàgines que visiteu i les vincula amb les dades de contacte que ens faciliteu en un formulari, perquè puguem veure com ens troben els visitants i fer el seguiment de les consultes.',
    cs: 'Zaznamenává stránky, které navštívíte, a propojuje je s kontaktními údaji, které nám zadáte ve formuláři, abychom viděli, jak nás návštěvníci nacházejí, a mohli vyřizovat jejich dotazy.',
    da: 'Registrerer de sider, du besøger, og knytter dem til de kontaktoplysninger, du giver os i en formular, så vi kan se, hvordan besøgende finder os, og følge op på henvendelser.',
    de: 'Erfasst die Seiten, die Sie besuchen, und verknüpft sie mit den Kontaktdaten, die Sie uns in einem Formular angeben, damit wir sehen, wie Besucher uns finden, und Anfragen nachverfolgen können.',
    el: 'Καταγράφει τις σελίδες που επισκέπτεστε και τις συνδέει με τα στοιχεία επικοινωνίας που μας δίνετε σε μια φόρμα, ώστε να βλέπουμε πώς μας βρίσκουν οι επισκέπτες και να απαντάμε στα αιτήματά τους.',
    es: 'Registra las páginas que visitas y las vincula con los datos de contacto que nos das en un formulario, para que podamos ver cómo nos encuentran los visitantes y dar seguimiento a sus consultas.',
    et: 'Salvestab lehed, mida te külastate, ja seob need kontaktandmetega, mille te meile vormis esitate, et näeksime, kuidas külastajad meid leiavad, ja saaksime päringutele vastata.',
    eu: 'Bisitatzen dituzun orriak erregistratzen ditu eta inprimaki batean ematen dizkiguzun harremanetarako datuekin lotzen ditu, bisitariek nola aurkitzen gaituzten ikusteko eta kontsultei jarraipena egiteko.',
    fa: 'صفحه‌هایی را که بازدید می‌کنید ثبت می‌کند و آن‌ها را به اطلاعات تماسی که در یک فرم به ما می‌دهید پیوند می‌دهد تا ببینیم بازدیدکنندگان چگونه ما را پیدا می‌کنند و درخواست‌ها را پیگیری کنیم.',
    fi: 'Tallentaa sivut, joilla käyt, ja yhdistää ne yhteystietoihin, jotka annat meille lomakkeella, jotta näemme, miten kävijät löytävät meidät, ja voimme vastata yhteydenottoihin.',
    fr: 'Enregistre les pages que vous consultez et les associe aux coordonnées que vous nous indiquez dans un formulaire, afin que nous puissions voir comment les visiteurs nous trouvent et donner suite aux demandes.',
    ga: 'Taifeadann sé na leathanaigh a dtugann tú cuairt orthu agus nascann sé iad leis na sonraí teagmhála a thugann tú dúinn i bhfoirm, ionas go bhfeicfimid conas a aimsíonn cuairteoirí sinn agus go leanfaimid suas ar fhiosruithe.',
    gl: 'Rexistra as páxinas que visita e vincúlaas cos datos de contacto que nos facilita nun formulario, para que poidamos ver como nos atopan os visitantes e facer o seguimento das consultas.',
    he: 'מתעד את הדפים שבהם ביקרת ומקשר אותם לפרטי הקשר שמסרת לנו בטופס, כדי שנוכל לראות איך מבקרים מגיעים אלינו ולטפל בפניות.',
    hi: 'यह आपके देखे गए पेजों को रिकॉर्ड करता है और उन्हें किसी फ़ॉर्म में आपके द्वारा दी गई संपर्क जानकारी से जोड़ता है, ताकि हम देख सकें कि विज़िटर हम तक कैसे पहुँचते हैं और पूछताछ पर आगे कार्रवाई कर सकें।',
    hr: 'Bilježi stranice koje posjećujete i povezuje ih s podacima za kontakt koje nam date u obrascu, kako bismo vidjeli kako nas posjetitelji pronalaze i mogli odgovoriti na upite.',
    hu: 'Rögzíti az Ön által meglátogatott oldalakat, és összekapcsolja őket azokkal az elérhetőségekkel, amelyeket Ön egy űrlapon megad nekünk, így láthatjuk, hogyan találnak ránk a látogatók, és nyomon követhetjük a megkereséseket.',
    id: 'Mencatat halaman yang Anda kunjungi dan menghubungkannya dengan detail kontak yang Anda berikan kepada kami melalui formulir, agar kami dapat melihat bagaimana pengunjung menemukan kami dan menindaklanjuti pertanyaan.',
    is: 'Skráir síðurnar sem þú skoðar og tengir þær við samskiptaupplýsingarnar sem þú gefur okkur í eyðublaði, svo við sjáum hvernig gestir finna okkur og getum fylgt fyrirspurnum eftir.',
    it: 'Registra le pagine che visiti e le collega ai dati di contatto che ci fornisci in un modulo, così possiamo vedere come i visitatori ci trovano e dare seguito alle richieste.',
    ja: 'お客様が閲覧したページを記録し、フォームでご提供いただいた連絡先情報と関連付けます。これにより、訪問者が当サイトを見つけた経緯を把握し、お問い合わせに対応します。',
    ko: '방문한 페이지를 기록하고 양식에 입력한 연락처 정보와 연결하여, 방문자가 당사를 어떻게 찾아오는지 파악하고 문의에 후속 조치를 합니다.',
    lt: 'Įrašo jūsų lankomus puslapius ir susieja juos su kontaktiniais duomenimis, kuriuos mums pateikiate formoje, kad matytume, kaip lankytojai mus randa, ir galėtume atsakyti į užklausas.',
    lv: 'Reģistrē lapas, kuras apmeklējat, un sasaista tās ar kontaktinformāciju, ko norādāt mums veidlapā, lai mēs redzētu, kā apmeklētāji mūs atrod, un varētu atbildēt uz pieprasījumiem.',
    mt: 'Jirreġistra l-paġni li żżur u jorbothom mad-dettalji ta’ kuntatt li tagħtina f’formola, biex naraw kif il-viżitaturi jsibuna u nsegwu l-mistoqsijiet.',
    nb: 'Registrerer sidene du besøker, og knytter dem til kontaktopplysningene du gir oss i et skjema, slik at vi kan se hvordan besøkende finner oss, og følge opp henvendelser.',
    nl: 'Legt vast welke pagina’s je bezoekt en koppelt die aan de contactgegevens die je ons in een formulier geeft, zodat we zien hoe bezoekers ons vinden en vragen kunnen opvolgen.',
    pl: 'Zapisuje odwiedzane przez Ciebie strony i łączy je z danymi kontaktowymi podanymi nam w formularzu, abyśmy widzieli, jak odwiedzający do nas trafiają, i mogli odpowiadać na zapytania.',
    pt: 'Regista as páginas que visita e associa-as aos dados de contacto que nos fornece num formulário, para que possamos ver como os visitantes nos encontram e dar seguimento aos pedidos.',
    'pt-br': 'Registra as páginas que você visita e as vincula aos dados de contato que você nos informa em um formulário, para que possamos ver como os visitantes nos encontram e dar retorno às solicitações.',
    ro: 'Înregistrează paginile pe care le vizitați și le asociază cu datele de contact pe care ni le furnizați într-un formular, pentru a vedea cum ne găsesc vizitatorii și a da curs solicitărilor.',
    ru: 'Записывает страницы, которые вы посещаете, и связывает их с контактными данными, которые вы указываете в форме, чтобы мы видели, как посетители находят нас, и могли отвечать на обращения.',
    sk: 'Zaznamenáva stránky, ktoré navštívite, a prepája ich s kontaktnými údajmi, ktoré nám zadáte vo formulári, aby sme videli, ako nás návštevníci nachádzajú, a mohli vybavovať ich otázky.',
    sl: 'Beleži strani, ki jih obiščete, in jih poveže s kontaktnimi podatki, ki nam jih posredujete v obrazcu, da vidimo, kako nas obiskovalci najdejo, in lahko odgovorimo na povpraševanja.',
    sr: 'Бележи странице које посећујете и повезује их са подацима за контакт које нам дате у обрасцу, како бисмо видели како нас посетиоци проналазе и могли да одговоримо на упите.',
    sv: 'Registrerar vilka sidor du besöker och kopplar dem till de kontaktuppgifter du lämnar till oss i ett formulär, så att vi ser hur besökare hittar oss och kan följa upp förfrågningar.',
    th: 'บันทึกหน้าที่คุณเข้าชมและเชื่อมโยงกับข้อมูลติดต่อที่คุณให้เราไว้ในแบบฟอร์ม เพื่อให้เราเห็นว่าผู้เข้าชมพบเราได้อย่างไรและติดตามคำถามที่ได้รับ',
    tr: 'Ziyaret ettiğiniz sayfaları kaydeder ve bunları bir formda bize verdiğiniz iletişim bilgileriyle ilişkilendirir; böylece ziyaretçilerin bizi nasıl bulduğunu görebilir ve taleplerle ilgilenebiliriz.',
    uk: 'Записує сторінки, які ви відвідуєте, і пов’язує їх із контактними даними, які ви вказуєте у формі, щоб ми бачили, як відвідувачі нас знаходять, і могли відповідати на звернення.',
    vi: 'Ghi lại các trang bạn truy cập và liên kết chúng với thông tin liên hệ bạn cung cấp cho chúng tôi qua biểu mẫu, để chúng tôi biết khách truy cập tìm đến chúng tôi bằng cách nào và phản hồi các yêu cầu.',
    'zh-hans': '记录您访问的页面，并将其与您在表单中提供给我们的联系信息关联，以便我们了解访客如何找到我们，并跟进咨询。',
    'zh-hant': '記錄您造訪的頁面，並將其與您在表單中提供給我們的聯絡資料連結，讓我們了解訪客如何找到我們，並跟進詢問。',
  },
};

export default hubspot;
