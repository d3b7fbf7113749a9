/**
 * Hotjar (Hotjar Ltd): session recordings, heatmaps and on-page surveys.
 * Category: analytics (behaviour measurement and session recording).
 * Sources (checked December 2026):
 * - Cookies: https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code
 *   (the stored copy gives the article's introduction; its tables, as quoted verbatim on sites
 *   that reproduce them, give _hjSessionUser_{site_id} 365 days, _hjSession_{site_id} 30 minutes,
 *   _hjHasCachedUserAttributes session, _hjUserAttributesHash 2 minutes, and the localStorage
 *   items _hjUserAttributes and hjActiveViewportIds).
 * - Survey cookies (_hjClosedSurveyInvites, _hjDonePolls, _hjMinimizedPolls, 365 days): Hotjar's
 *   older article https://help.hotjar.com/hc/en-us/articles/115011789248-Hotjar-Cookies
 * - Hosts: the vendor snippet loads https://static.hotjar.com/c/hotjar-<id>.js; Hotjar's CSP
 *   article https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policies is
 *   referenced but its text is not in the stored sources, so *.hotjar.com and *.hotjar.io (the
 *   domains widely documented for its script, data and WebSocket endpoints) are not confirmed
 *   there. Contentsquare-hosted endpoints (t.contentsquare.net) are not listed: not confirmed in
 *   the stored sources for Hotjar, and they would also catch Contentsquare itself.
 * - Provider: https://www.hotjar.com/legal/policies/privacy/ (v6.0 names Hotjar Ltd.). A
 *   third-party source says Hotjar Ltd. merged into Contentsquare on 1 July 2025; the current
 *   policy's entity is not confirmed in the stored sources.
 */
import type { CatalogueEntry } from './catalogue.js';

const hotjar: CatalogueEntry = {
  category: 'analytics',
  label: 'Hotjar',
  provider: 'Hotjar Ltd',
  policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  urls: ['*.hotjar.com', '*.hotjar.io'],
  cookies: [
    { name: '_hjSessionUser_*', lifetime: '365 days', purpose: 'visitorId' },
    { name: '_hjSession_*', lifetime: '30 minutes', purpose: 'session' },
    { name: '_hjHasCachedUserAttributes', lifetime: 'session', purpose: 'technical' },
    { name: '_hjUserAttributesHash', lifetime: '2 minutes', purpose: 'technical' },
    { name: '_hjClosedSurveyInvites', lifetime: '365 days', purpose: 'settings' },
    { name: '_hjDonePolls', lifetime: '365 days', purpose: 'settings' },
    { name: '_hjMinimizedPolls', lifetime: '365 days', purpose: 'settings' },
  ],
  storage: [
    { name: '_hjUserAttributes', lifetime: 'persistent', purpose: 'technical' },
    { name: 'hjActiveViewportIds', lifetime: 'persistent', purpose: 'technical' },
  ],
  descriptions: {
    en: 'Records how visitors move, click and scroll on pages, to show heatmaps and session replays that help us improve the site.',
    ar: 'يسجّل كيف يتنقّل الزوار وينقرون ويمرّرون في الصفحات، لعرض خرائط حرارية وتسجيلات للجلسات تساعدنا على تحسين الموقع.',
    bg: 'Записва как посетителите се движат, кликват и превъртат в страниците, за да показва топлинни карти и записи на сесии, които ни помагат да подобряваме сайта.',
    ca: 'Enregistra com els visitants es mouen, fan clic i es desplacen per les pàgines, per mostrar mapes de calor i reproduccions de sessions que ens ajuden a millorar el lloc web.',
    cs: 'Zaznamenává, jak se návštěvníci na stránkách pohybují, kam klikají a jak posouvají, aby nám ukázal teplotní mapy a záznamy relací, které nám pomáhají web zlepšovat.',
    da: 'Registrerer, hvordan besøgende bevæger sig, klikker og scroller på siderne, for at vise heatmaps og optagelser af besøg, der hjælper os med at forbedre websitet.',
    de: 'Zeichnet auf, wie sich Besucher auf den Seiten bewegen, wo sie klicken und wie sie scrollen, um Heatmaps und Sitzungsaufzeichnungen zu erstellen, mit denen wir die Website verbessern.',
    el: 'Καταγράφει πώς οι επισκέπτες κινούνται, κάνουν κλικ και κύλιση στις σελίδες, για να εμφανίζει θερμικούς χάρτες και καταγραφές περιόδων σύνδεσης που μας βοηθούν να βελτιώνουμε τον ιστότοπο.',
    es: 'Registra cómo se mueven, hacen clic y se desplazan los visitantes por las páginas, para mostrar mapas de calor y grabaciones de sesiones que nos ayudan a mejorar el sitio.',
    et: 'Salvestab, kuidas külastajad lehtedel liiguvad, klõpsavad ja kerivad, et näidata soojuskaarte ja seansside salvestisi, mis aitavad meil veebisaiti parandada.',
    eu: 'Bisitariak orrietan nola mugitzen diren, non klik egiten duten eta nola korritzen duten erregistratzen du, webgunea hobetzen laguntzen diguten bero-mapak eta saioen grabazioak erakusteko.',
    fa: 'نحوهٔ حرکت، کلیک و پیمایش بازدیدکنندگان در صفحه‌ها را ثبت می‌کند تا نقشه‌های حرارتی و بازپخش جلسه‌ها را نمایش دهد که به ما در بهبود سایت کمک می‌کنند.',
    fi: 'Tallentaa, miten kävijät liikkuvat, klikkaavat ja vierittävät sivuilla, jotta voimme tarkastella lämpökarttoja ja käyntien tallenteita, joiden avulla parannamme sivustoa.',
    fr: 'Enregistre la façon dont les visiteurs se déplacent, cliquent et font défiler les pages, afin d’afficher des cartes thermiques et des enregistrements de sessions qui nous aident à améliorer le site.',
    ga: 'Taifeadann sé conas a bhogann cuairteoirí, cá gcliceálann siad agus conas a scrollaíonn siad ar leathanaigh, chun teasmhapaí agus athsheinm seisiún a thaispeáint a chabhraíonn linn an suíomh a fheabhsú.',
    gl: 'Rexistra como se moven, fan clic e se desprazan os visitantes polas páxinas, para mostrar mapas de calor e gravacións de sesións que nos axudan a mellorar o sitio web.',
    he: 'מתעד איך מבקרים נעים, לוחצים וגוללים בדפים, כדי להציג מפות חום והקלטות של ביקורים שעוזרות לנו לשפר את האתר.',
    hi: 'रिकॉर्ड करता है कि विज़िटर पेजों पर कैसे घूमते, क्लिक करते और स्क्रॉल करते हैं, ताकि हीटमैप और सेशन रीप्ले दिखाए जा सकें, जिनसे हमें साइट को बेहतर बनाने में मदद मिलती है।',
    hr: 'Bilježi kako se posjetitelji kreću po stranicama, gdje klikaju i kako se pomiču, kako bi prikazao toplinske karte i snimke sesija koje nam pomažu poboljšati stranicu.',
    hu: 'Rögzíti, hogyan mozognak, hová kattintanak és hogyan görgetnek a látogatók az oldalakon, hogy hőtérképeket és munkamenet-visszajátszásokat mutasson, amelyek segítenek a webhely fejlesztésében.',
    id: 'Merekam cara pengunjung bergerak, mengeklik, dan menggulir di halaman, untuk menampilkan peta panas dan rekaman sesi yang membantu kami menyempurnakan situs.',
    is: 'Skráir hvernig gestir hreyfa sig, smella og fletta á síðum, til að sýna hitakort og upptökur af heimsóknum sem hjálpa okkur að bæta vefinn.',
    it: 'Registra come i visitatori si muovono, fanno clic e scorrono le pagine, per mostrare mappe di calore e registrazioni delle sessioni che ci aiutano a migliorare il sito.',
    ja: '訪問者がページ上でどのように移動、クリック、スクロールしたかを記録し、サイトの改善に役立つヒートマップやセッションの録画を表示します。',
    ko: '방문자가 페이지에서 어떻게 이동하고 클릭하고 스크롤하는지 기록하여, 사이트 개선에 도움이 되는 히트맵과 세션 재생을 보여 줍니다.',
    lt: 'Įrašo, kaip lankytojai juda puslapiuose, kur spusteli ir kaip slenka, kad būtų rodomi šilumos žemėlapiai ir seansų įrašai, padedantys mums tobulinti svetainę.',
    lv: 'Ieraksta, kā apmeklētāji pārvietojas lapās, kur viņi noklikšķina un kā ritina, lai rādītu siltuma kartes un sesiju ierakstus, kas mums palīdz uzlabot vietni.',
    mt: 'Jirreġistra kif il-viżitaturi jiċċaqalqu, jikklikkjaw u jiskrolljaw fil-paġni, biex juri mapep tas-sħana u reġistrazzjonijiet tas-sessjonijiet li jgħinuna ntejbu s-sit.',
    nb: 'Registrerer hvordan besøkende beveger seg, klikker og blar på sidene, for å vise varmekart og opptak av besøk som hjelper oss med å forbedre nettstedet.',
    nl: 'Legt vast hoe bezoekers zich over pagina’s bewegen, waar ze klikken en hoe ze scrollen, om heatmaps en sessie-opnamen te tonen waarmee we de website verbeteren.',
    pl: 'Rejestruje, jak odwiedzający poruszają się po stronach, gdzie klikają i jak przewijają, aby pokazywać mapy cieplne i nagrania sesji, które pomagają nam ulepszać stronę.',
    pt: 'Regista a forma como os visitantes se movem, clicam e percorrem as páginas, para mostrar mapas de calor e gravações de sessões que nos ajudam a melhorar o site.',
    'pt-br': 'Registra como os visitantes se movem, clicam e rolam pelas páginas, para mostrar mapas de calor e gravações de sessões que nos ajudam a melhorar o site.',
    ro: 'Înregistrează cum se deplasează, unde dau clic și cum derulează vizitatorii în pagini, pentru a afișa hărți termice și înregistrări ale sesiunilor care ne ajută să îmbunătățim site-ul.',
    ru: 'Записывает, как посетители перемещаются по страницам, где нажимают и как прокручивают их, чтобы показывать тепловые карты и записи сеансов, которые помогают нам улучшать сайт.',
    sk: 'Zaznamenáva, ako sa návštevníci pohybujú po stránkach, kam klikajú a ako posúvajú, aby zobrazoval teplotné mapy a záznamy relácií, ktoré nám pomáhajú zlepšovať stránku.',
    sl: 'Beleži, kako se obiskovalci premikajo po straneh, kam kliknejo in kako se pomikajo, da prikaže toplotne zemljevide in posnetke sej, ki nam pomagajo izboljševati spletno mesto.',
    sr: 'Бележи како се посетиоци крећу по страницама, где кликају и како померају приказ, да би приказао топлотне мапе и снимке сесија који нам помажу да унапредимо сајт.',
    sv: 'Registrerar hur besökare rör sig, klickar och scrollar på sidorna, för att visa värmekartor och inspelningar av besök som hjälper oss att förbättra webbplatsen.',
    th: 'บันทึกการเคลื่อนที่ การคลิก และการเลื่อนหน้าของผู้เข้าชม เพื่อแสดงแผนที่ความร้อนและภาพบันทึกเซสชันที่ช่วยให้เราปรับปรุงเว็บไซต์ได้',
    tr: 'Ziyaretçilerin sayfalarda nasıl gezindiğini, nereye tıkladığını ve nasıl kaydırdığını kaydeder; böylece siteyi iyileştirmemize yardımcı olan ısı haritaları ve oturum kayıtları gösterilir.',
    uk: 'Записує, як відвідувачі переміщуються сторінками, де клацають і як прокручують, щоб показувати теплові карти й записи сеансів, які допомагають нам покращувати сайт.',
    vi: 'Ghi lại cách khách truy cập di chuyển, nhấp và cuộn trên các trang, để hiển thị bản đồ nhiệt và bản ghi phiên truy cập giúp chúng tôi cải thiện trang web.',
    'zh-hans': '记录访客在页面上如何移动、点击和滚动，用于生成热图和会话回放，帮助我们改进网站。',
    'zh-hant': '記錄訪客在頁面上如何移動、點擊和捲動，用於產生熱圖和工作階段重播，協助我們改善網站。',
  },
};

export default hotjar;
