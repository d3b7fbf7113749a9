/**
 * Intercom (Intercom R&D Unlimited Company): the Intercom Messenger, a chat and support widget.
 *
 * Category: functionality (chat). The Messenger's cookies identify the browser so that its
 * conversations can be shown again, and the device so that abuse can be stopped.
 *
 * Sources (checked December 2026):
 * - Intercom, "Intercom Messenger Cookies": https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies
 *   (first-party cookies on the site's domain: `intercom-id-[app_id]` 9 months,
 *   `intercom-session-[app_id]` 1 week, `intercom-device-id-[app_id]` 9 months).
 * - Intercom, "Product Privacy Notice": https://preferences.intercom.com/legal/product-privacy-notice
 *   (the same three cookies; names Intercom R&D Unlimited Company first).
 * - Intercom, "Using Intercom with Content Security Policy":
 *   https://www.intercom.com/help/en/articles/3894
 *   (also https://www.intercom.com/help/configure-intercom/staying-secure/using-intercom-with-content-security-policy)
 *   (script from `app.intercom.io`, `widget.intercom.io`, `js.intercomcdn.com`; API and websocket
 *   hosts under `intercom.io` and `*.intercom-messenger.com`; regional CDNs `*.intercomcdn.com`,
 *   `*.intercomcdn.eu`).
 * - Privacy policy: https://www.intercom.com/legal/privacy (Intercom R&D Unlimited Company, Dublin,
 *   listed first; it is also the contracting entity outside the US).
 * Notes: "1 week" is written `7 days` to fit the Lifetime form. Intercom documents no
 * `localStorage` keys by name, so `storage` is empty.
 */
import type { CatalogueEntry } from './catalogue.js';

const intercom: CatalogueEntry = {
  category: 'functionality',
  label: 'Intercom',
  provider: 'Intercom R&D Unlimited Company',
  policyUrl: 'https://www.intercom.com/legal/privacy',
  urls: ['*.intercom.io', '*.intercomcdn.com', '*.intercomcdn.eu', '*.intercom-messenger.com'],
  cookies: [
    { name: 'intercom-id-*', lifetime: '9 months', purpose: 'visitorId' },
    { name: 'intercom-session-*', lifetime: '7 days', purpose: 'chat' },
    { name: 'intercom-device-id-*', lifetime: '9 months', purpose: 'security' },
  ],
  storage: [],
  descriptions: {
    en: 'Runs the chat window on our pages so you can message us. It recognises your browser so you can return to earlier conversations.',
    ar: 'يشغّل نافذة الدردشة على صفحاتنا لتتمكن من مراسلتنا. ويتعرّف على متصفحك لتتمكن من العودة إلى محادثاتك السابقة.',
    bg: 'Осигурява прозореца за чат на нашите страници, за да можете да ни пишете. Разпознава браузъра ви, за да можете да се върнете към предишни разговори.',
    ca: 'Fa funcionar la finestra de xat de les nostres pàgines perquè ens pugueu escriure. Reconeix el vostre navegador perquè pugueu reprendre converses anteriors.',
    cs: 'Zajišťuje okno chatu na našich stránkách, abyste nám mohli psát. Rozpozná váš prohlížeč, takže se můžete vrátit k dřívějším konverzacím.',
    da: 'Driver chatvinduet på vores sider, så du kan skrive til os. Det genkender din browser, så du kan vende tilbage til tidligere samtaler.',
    de: 'Stellt das Chatfenster auf unseren Seiten bereit, damit Sie uns schreiben können. Es erkennt Ihren Browser wieder, sodass Sie frühere Unterhaltungen fortsetzen können.',
    el: 'Λειτουργεί το παράθυρο συνομιλίας στις σελίδες μας, ώστε να μπορείτε να μας στείλετε μήνυμα. Αναγνωρίζει το πρόγραμμα περιήγησής σας, ώστε να μπορείτε να επιστρέψετε σε προηγούμενες συνομιλίες.',
    es: 'Hace funcionar la ventana de chat de nuestras páginas para que puedas escribirnos. Reconoce tu navegador para que puedas retomar conversaciones anteriores.',
    et: 'Käitab meie lehtedel vestlusakent, et saaksite meile kirjutada. See tunneb teie brauseri ära, et saaksite varasemate vestluste juurde naasta.',
    eu: 'Gure orrietako txat-leihoa abiarazten du, guri idatzi ahal izateko. Zure nabigatzailea ezagutzen du, lehengo elkarrizketetara itzul zaitezen.',
    fa: 'پنجرهٔ گفت‌وگوی آنلاین را در صفحه‌های ما اجرا می‌کند تا بتوانید به ما پیام بدهید. مرورگر شما را می‌شناسد تا بتوانید به گفت‌وگوهای قبلی برگردید.',
    fi: 'Ylläpitää sivujemme chat-ikkunaa, jotta voit lähettää meille viestejä. Se tunnistaa selaimesi, jotta voit palata aiempiin keskusteluihin.',
    fr: 'Fait fonctionner la fenêtre de discussion de nos pages pour que vous puissiez nous écrire. Il reconnaît votre navigateur afin que vous puissiez reprendre vos conversations précédentes.',
    ga: 'Ritheann sé an fhuinneog chomhrá ar ár leathanaigh ionas gur féidir leat teachtaireacht a sheoladh chugainn. Aithníonn sé do bhrabhsálaí ionas gur féidir leat filleadh ar chomhráite roimhe seo.',
    gl: 'Fai funcionar a xanela de chat das nosas páxinas para que nos poida escribir. Recoñece o seu navegador para que poida retomar conversas anteriores.',
    he: 'מפעיל את חלון הצ׳אט בדפים שלנו כדי שאפשר יהיה לשלוח לנו הודעות. הוא מזהה את הדפדפן שלך, כך שאפשר לחזור לשיחות קודמות.',
    hi: 'हमारे पेजों पर चैट विंडो चलाता है ताकि आप हमें संदेश भेज सकें। यह आपके ब्राउज़र को पहचानता है ताकि आप पिछली बातचीत पर लौट सकें।',
    hr: 'Pokreće prozor za chat na našim stranicama kako biste nam mogli pisati. Prepoznaje vaš preglednik kako biste se mogli vratiti ranijim razgovorima.',
    hu: 'Ez működteti az oldalainkon a csevegőablakot, hogy Ön üzenetet küldhessen nekünk. Felismeri az Ön böngészőjét, így visszatérhet a korábbi beszélgetésekhez.',
    id: 'Menjalankan jendela chat di halaman kami agar Anda dapat mengirim pesan kepada kami. Layanan ini mengenali browser Anda sehingga Anda dapat melanjutkan percakapan sebelumnya.',
    is: 'Keyrir spjallgluggann á síðunum okkar svo þú getir sent okkur skilaboð. Það þekkir vafrann þinn svo þú getir haldið áfram fyrri samtölum.',
    it: 'Gestisce la finestra di chat sulle nostre pagine per permetterti di scriverci. Riconosce il tuo browser, così puoi riprendere le conversazioni precedenti.',
    ja: '当サイトのページでチャットウィンドウを動作させ、お客様がメッセージを送れるようにします。お客様のブラウザを識別するため、以前の会話を再開できます。',
    ko: '당사 페이지에서 채팅 창을 실행하여 메시지를 보낼 수 있게 합니다. 브라우저를 인식하므로 이전 대화를 이어갈 수 있습니다.',
    lt: 'Valdo pokalbių langą mūsų puslapiuose, kad galėtumėte mums parašyti. Jis atpažįsta jūsų naršyklę, todėl galite grįžti prie ankstesnių pokalbių.',
    lv: 'Nodrošina tērzēšanas logu mūsu lapās, lai jūs varētu mums rakstīt. Tas atpazīst jūsu pārlūkprogrammu, lai jūs varētu atgriezties pie iepriekšējām sarunām.',
    mt: 'Iħaddem it-tieqa taċ-chat fil-paġni tagħna biex tkun tista’ tibgħatilna messaġġ. Jagħraf il-browser tiegħek biex tkun tista’ terġa’ lura għal konversazzjonijiet preċedenti.',
    nb: 'Driver chatvinduet på sidene våre, slik at du kan sende oss meldinger. Den gjenkjenner nettleseren din, slik at du kan fortsette tidligere samtaler.',
    nl: 'Verzorgt het chatvenster op onze pagina’s, zodat je ons een bericht kunt sturen. Het herkent je browser, zodat je eerdere gesprekken kunt hervatten.',
    pl: 'Obsługuje okno czatu na naszych stronach, dzięki któremu możesz do nas napisać. Rozpoznaje Twoją przeglądarkę, więc możesz wrócić do wcześniejszych rozmów.',
    pt: 'Faz funcionar a janela de chat das nossas páginas para que nos possa enviar mensagens. Reconhece o seu navegador para que possa retomar conversas anteriores.',
    'pt-br': 'Faz funcionar a janela de chat das nossas páginas para que você possa nos enviar mensagens. Reconhece o seu navegador para que você possa retomar conversas anteriores.',
    ro: 'Asigură fereastra de chat de pe paginile noastre, ca să ne puteți scrie. Vă recunoaște browserul, astfel încât să puteți relua conversațiile anterioare.',
    ru: 'Обеспечивает работу окна чата на наших страницах, чтобы вы могли написать нам. Он узнает ваш браузер, поэтому вы можете вернуться к прежним разговорам.',
    sk: 'Zabezpečuje okno chatu na našich stránkach, aby ste nám mohli písať. Rozpozná váš prehliadač, takže sa môžete vrátiť k predchádzajúcim konverzáciám.',
    sl: 'Poganja okno za klepet na naših straneh, da nam lahko pišete. Prepozna vaš brskalnik, da se lahko vrnete k prejšnjim pogovorom.',
    sr: 'Покреће прозор за чет на нашим страницама да бисте могли да нам пишете. Препознаје ваш прегледач да бисте могли да наставите раније разговоре.',
    sv: 'Driver chattfönstret på våra sidor så att du kan skriva till oss. Den känner igen din webbläsare så att du kan återuppta tidigare konversationer.',
    th: 'ทำให้หน้าต่างแชทบนหน้าเว็บของเราทำงาน เพื่อให้คุณส่งข้อความถึงเราได้ และจดจำเบราว์เซอร์ของคุณเพื่อให้คุณกลับไปยังการสนทนาก่อนหน้าได้',
    tr: 'Sayfalarımızdaki sohbet penceresini çalıştırır; böylece bize mesaj gönderebilirsiniz. Tarayıcınızı tanıdığı için önceki konuşmalarınıza geri dönebilirsiniz.',
    uk: 'Забезпечує роботу вікна чату на наших сторінках, щоб ви могли написати нам. Він розпізнає ваш браузер, тож ви можете повернутися до попередніх розмов.',
    vi: 'Vận hành cửa sổ trò chuyện trên các trang của chúng tôi để bạn có thể nhắn tin cho chúng tôi. Dịch vụ nhận diện trình duyệt của bạn để bạn có thể quay lại các cuộc trò chuyện trước đó.',
    'zh-hans': '在我们的页面上运行聊天窗口，方便您给我们发消息。它会识别您的浏览器，让您可以继续之前的对话。',
    'zh-hant': '在我們的頁面上執行聊天視窗，讓您可以傳訊息給我們。它會辨識您的瀏覽器，讓您能接續先前的對話。',
  },
};

export default intercom;
