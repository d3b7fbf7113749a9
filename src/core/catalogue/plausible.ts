/**
 * Plausible Analytics (Plausible Insights OÜ): cookieless web analytics.
 * Category: analytics (audience measurement), although it sets no cookies and stores nothing.
 * Sources (checked December 2026):
 * - No cookies, no persistent identifiers, no stored IP addresses: https://plausible.io/data-policy
 *   and https://plausible.io/docs/compliance. The only browser key the docs name,
 *   localStorage plausible_ignore (https://plausible.io/docs/excluding-localstorage), is set by
 *   a site owner by hand to exclude their own visits, never by the script for visitors, so it
 *   is not declared here.
 * - Hosts: https://plausible.io/docs/proxy/guides/nginx (script https://plausible.io/js/pa-<id>.js,
 *   older snippets https://plausible.io/js/script.js; events POSTed to https://plausible.io/api/event).
 *   Self-hosted or proxied installs use the site's own host, which no catalogue entry can know.
 * - Provider: https://plausible.io/privacy names "Plausible Insights"; the company suffix OÜ
 *   (Estonia) is widely documented but not confirmed in the stored vendor text. The policy link
 *   is the data policy, the document about website visitors (the privacy policy covers account
 *   holders).
 */
import type { CatalogueEntry } from './catalogue.js';

const plausible: CatalogueEntry = {
  category: 'analytics',
  label: 'Plausible Analytics',
  provider: 'Plausible Insights OÜ',
  policyUrl: 'https://plausible.io/data-policy',
  urls: ['plausible.io/js/', 'plausible.io/api/event'],
  cookies: [],
  storage: [],
  descriptions: {
    en: 'Counts page views, where visitors come from and which devices they use, without cookies or stored IP addresses. We only see totals, not individual visitors.',
    ar: 'يحصي مشاهدات الصفحات ومصادر قدوم الزوار والأجهزة التي يستخدمونها، دون ملفات تعريف ارتباط ودون تخزين عناوين IP. ولا نرى إلا الأعداد الإجمالية، لا الزوار كأفراد.',
    bg: 'Отчита прегледите на страници, откъде идват посетителите и какви устройства използват, без бисквитки и без съхраняване на IP адреси. Виждаме само общите числа, а не отделни посетители.',
    ca: 'Compta les pàgines vistes, d’on vénen els visitants i quins dispositius fan servir, sense galetes i sense desar adreces IP. Només en veiem els totals, no visitants individuals.',
    cs: 'Počítá zobrazení stránek, odkud návštěvníci přicházejí a jaká zařízení používají, bez cookies a bez ukládání IP adres. Vidíme jen celkové počty, ne jednotlivé návštěvníky.',
    da: 'Tæller sidevisninger, hvor de besøgende kommer fra, og hvilke enheder de bruger, uden cookies og uden at gemme IP-adresser. Vi ser kun de samlede tal, ikke de enkelte besøgende.',
    de: 'Zählt Seitenaufrufe, die Herkunft der Besucher und die verwendeten Gerätetypen – ohne Cookies und ohne Speicherung von IP-Adressen. Wir sehen nur Gesamtzahlen, keine einzelnen Besucher.',
    el: 'Καταμετρά τις προβολές σελίδων, από πού έρχονται οι επισκέπτες και ποιες συσκευές χρησιμοποιούν, χωρίς cookies και χωρίς αποθήκευση διευθύνσεων IP. Βλέπουμε μόνο συνολικούς αριθμούς, όχι μεμονωμένους επισκέπτες.',
    es: 'Cuenta las páginas vistas, de dónde vienen los visitantes y qué dispositivos usan, sin cookies y sin guardar direcciones IP. Solo vemos totales, no visitantes individuales.',
    et: 'Loendab lehevaatamisi, seda, kust külastajad tulevad ja milliseid seadmeid nad kasutavad, ilma küpsisteta ja IP-aadresse salvestamata. Näeme ainult koondarve, mitte üksikuid külastajaid.',
    eu: 'Orri-ikustaldiak, bisitariak nondik datozen eta zer gailu erabiltzen dituzten zenbatzen ditu, cookierik gabe eta IP helbiderik gorde gabe. Guztizkoak baino ez ditugu ikusten, ez bisitari bakoitza.',
    fa: 'بازدید صفحه‌ها، مبدأ ورود بازدیدکنندگان و دستگاه‌هایی را که استفاده می‌کنند می‌شمارد، بدون کوکی و بدون ذخیرهٔ نشانی‌های IP. ما فقط آمار کلی را می‌بینیم، نه تک‌تک بازدیدکنندگان را.',
    fi: 'Laskee sivujen katselut, sen, mistä kävijät tulevat, ja millaisia laitteita he käyttävät, ilman evästeitä ja tallentamatta IP-osoitteita. Näemme vain kokonaismäärät, emme yksittäisiä kävijöitä.',
    fr: 'Compte les pages vues, la provenance des visiteurs et les appareils qu’ils utilisent, sans cookies ni enregistrement des adresses IP. Nous ne voyons que des totaux, pas les visiteurs individuels.',
    ga: 'Comhaireann sé amharcanna leathanaigh, cá as a dtagann cuairteoirí agus na gléasanna a úsáideann siad, ach ní úsáideann sé fianáin ná ní stórálann sé seoltaí IP. Ní fheicimid ach iomláin, ní cuairteoirí aonair.',
    gl: 'Conta as páxinas vistas, de onde veñen os visitantes e que dispositivos usan, sen cookies e sen gardar enderezos IP. Só vemos totais, non visitantes individuais.',
    he: 'סופר צפיות בדפים, מאיפה מגיעים המבקרים ובאילו מכשירים הם משתמשים, בלי קובצי Cookie ובלי לשמור כתובות IP. אנחנו רואים רק סיכומים, לא מבקרים בודדים.',
    hi: 'पेज व्यू, विज़िटर कहाँ से आते हैं और कौन-से डिवाइस इस्तेमाल करते हैं, इसकी गिनती करता है, वह भी बिना कुकीज़ और बिना IP पते सेव किए। हमें सिर्फ़ कुल आँकड़े दिखते हैं, अलग-अलग विज़िटर नहीं।',
    hr: 'Broji preglede stranica, odakle posjetitelji dolaze i koje uređaje koriste, bez kolačića i bez spremanja IP adresa. Vidimo samo ukupne brojke, a ne pojedinačne posjetitelje.',
    hu: 'Megszámolja az oldalmegtekintéseket, azt, honnan érkeznek a látogatók, és milyen eszközöket használnak, sütik és IP-címek tárolása nélkül. Csak összesített számokat látunk, egyes látogatókat nem.',
    id: 'Menghitung tampilan halaman, asal pengunjung, dan perangkat yang mereka gunakan, tanpa cookie dan tanpa menyimpan alamat IP. Kami hanya melihat jumlah total, bukan pengunjung perorangan.',
    is: 'Telur síðuflettingar, hvaðan gestir koma og hvaða tæki þeir nota, en notar engar vafrakökur og vistar ekki IP-tölur. Við sjáum aðeins heildartölur, ekki einstaka gesti.',
    it: 'Conta le visualizzazioni di pagina, la provenienza dei visitatori e i dispositivi che usano, senza cookie e senza memorizzare indirizzi IP. Vediamo solo i totali, non i singoli visitatori.',
    ja: 'ページビュー数、訪問者の流入元、使用されているデバイスを、Cookieを使わず、IPアドレスも保存せずに集計します。当社が確認できるのは合計値のみで、個々の訪問者は確認できません。',
    ko: '쿠키를 사용하거나 IP 주소를 저장하지 않고 페이지 조회 수, 방문자의 유입 경로, 사용 기기를 집계합니다. 당사는 개별 방문자가 아닌 합계만 볼 수 있습니다.',
    lt: 'Skaičiuoja puslapių peržiūras, tai, iš kur ateina lankytojai ir kokius įrenginius jie naudoja, be slapukų ir nesaugant IP adresų. Matome tik bendrus skaičius, o ne atskirus lankytojus.',
    lv: 'Uzskaita lapu skatījumus, to, no kurienes nāk apmeklētāji un kādas ierīces viņi izmanto, bez sīkdatnēm un nesaglabājot IP adreses. Mēs redzam tikai kopējos skaitļus, nevis atsevišķus apmeklētājus.',
    mt: 'Jgħodd il-veduti tal-paġni, minn fejn jiġu l-viżitaturi u liema apparati jużaw, mingħajr cookies u mingħajr ma jaħżen indirizzi IP. Aħna naraw biss it-totali, mhux viżitaturi individwali.',
    nb: 'Teller sidevisninger, hvor de besøkende kommer fra og hvilke enheter de bruker, uten informasjonskapsler og uten å lagre IP-adresser. Vi ser bare totaltall, ikke enkeltbesøkende.',
    nl: 'Telt paginaweergaven, waar bezoekers vandaan komen en welke apparaten ze gebruiken, zonder cookies en zonder IP-adressen op te slaan. We zien alleen totalen, geen individuele bezoekers.',
    pl: 'Zlicza wyświetlenia stron, to, skąd przychodzą odwiedzający i z jakich urządzeń korzystają, bez plików cookie i bez zapisywania adresów IP. Widzimy tylko sumy, a nie poszczególnych odwiedzających.',
    pt: 'Conta as visualizações de páginas, a origem dos visitantes e os dispositivos que utilizam, sem cookies e sem guardar endereços IP. Vemos apenas totais, não visitantes individuais.',
    'pt-br': 'Conta as visualizações de página, de onde vêm os visitantes e quais dispositivos eles usam, sem cookies e sem armazenar endereços IP. Vemos apenas totais, não visitantes individuais.',
    ro: 'Numără afișările de pagini, de unde vin vizitatorii și ce dispozitive folosesc, fără cookie-uri și fără a stoca adrese IP. Vedem doar totalurile, nu vizitatori individuali.',
    ru: 'Подсчитывает просмотры страниц, источники переходов и типы устройств посетителей без файлов cookie и без хранения IP-адресов. Мы видим только общие цифры, а не отдельных посетителей.',
    sk: 'Počíta zobrazenia stránok, to, odkiaľ návštevníci prichádzajú a aké zariadenia používajú, bez súborov cookie a bez ukladania IP adries. Vidíme len celkové počty, nie jednotlivých návštevníkov.',
    sl: 'Šteje oglede strani, od kod prihajajo obiskovalci in katere naprave uporabljajo, brez piškotkov in brez shranjevanja naslovov IP. Vidimo le skupne številke, ne posameznih obiskovalcev.',
    sr: 'Броји прегледе страница, одакле посетиоци долазе и које уређаје користе, без колачића и без чувања IP адреса. Видимо само укупне бројеве, а не појединачне посетиоце.',
    sv: 'Räknar sidvisningar, varifrån besökarna kommer och vilka enheter de använder, utan cookies och utan att spara IP-adresser. Vi ser bara totaler, inte enskilda besökare.',
    th: 'นับจำนวนการดูหน้าเว็บ แหล่งที่มาของผู้เข้าชม และอุปกรณ์ที่ใช้ โดยไม่ใช้คุกกี้และไม่จัดเก็บที่อยู่ IP เราเห็นเฉพาะยอดรวม ไม่เห็นผู้เข้าชมเป็นรายบุคคล',
    tr: 'Sayfa görüntülemelerini, ziyaretçilerin nereden geldiğini ve hangi cihazları kullandığını çerez kullanmadan ve IP adreslerini saklamadan sayar. Yalnızca toplamları görürüz, tek tek ziyaretçileri görmeyiz.',
    uk: 'Підраховує перегляди сторінок, джерела переходів і типи пристроїв відвідувачів без файлів cookie та без зберігання IP-адрес. Ми бачимо лише загальні цифри, а не окремих відвідувачів.',
    vi: 'Đếm lượt xem trang, nguồn khách truy cập và thiết bị họ sử dụng mà không dùng cookie và không lưu địa chỉ IP. Chúng tôi chỉ thấy số liệu tổng, không thấy từng khách truy cập.',
    'zh-hans': '在不使用 Cookie、不存储 IP 地址的情况下统计页面浏览量、访客来源和所用设备。我们只能看到总数，看不到单个访客。',
    'zh-hant': '在不使用 Cookie、不儲存 IP 位址的情況下統計網頁瀏覽次數、訪客來源和使用的裝置。我們只能看到總數，看不到個別訪客。',
  },
};

export default plausible;
