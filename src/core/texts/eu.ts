import type { Texts } from './texts.js';

/** Basque (euskara). */
const eu: Texts = {
  lang: 'eu',
  bannerTitle: 'Zure pribatutasun-aukerak',
  bannerDescription:
    'Webgune honek funtziona dezan guztiz beharrezkoak diren cookieak erabiltzen ditugu. Zure baimenarekin, hautazko cookieak ere erabili nahi genituzke, behean zerrendatutako helburuetarako. Zure aukera edonoiz alda dezakezu cookie-ezarpenetan.',
  purposesLabel: 'Hautazko cookieak:',
  policyLink: 'Pribatutasun-politika',
  acceptAll: 'Onartu guztiak',
  rejectAll: 'Baztertu guztiak',
  customize: 'Pertsonalizatu',
  preferencesTitle: 'Cookie-ezarpenak',
  preferencesDescription:
    'Aukeratu zer cookie erabil ditzakeen webgune honek. Guztiz beharrezko cookieak beti daude aktibatuta, webguneak ezin baitu haiek gabe funtzionatu. Zure aukerak webgune honetan bakarrik du eragina, eta edonoiz alda dezakezu.',
  save: 'Gorde nire aukerak',
  close: 'Itxi',
  alwaysOn: 'Beti aktibo',
  gpcNotice:
    'Zure nabigatzailearen Global Privacy Control seinalea errespetatzen dugu: publizitate-cookieak desaktibatuta geratzen dira.',
  settingsButton: 'Cookie-ezarpenak',
  consentId: 'Zure baimenaren identifikatzailea',
  placeholderNotice: 'Eduki hau blokeatuta dago, “{category}” kategoriako cookieak ezartzen dituelako.',
  loadOnce: 'Kargatu oraingoan soilik',
  allowCategory: 'Baimendu “{category}”',
  optOutDescription:
    'Cookieak eta antzeko teknologiak erabiltzen ditugu analitikarako, funtzionaltasunerako eta publizitaterako. AEBetako estatuetako pribatutasun-legeen arabera, publizitate-cookieak erabiltzea zure informazio pertsonala saltzea edo partekatzea izan daiteke. Edonoiz uko egin diezaiokezu horri.',
  privacyChoices: 'Zure pribatutasun-aukerak',
  doNotSell: 'Ez saldu eta ez partekatu nire informazio pertsonala',
  optOutHonored: 'Uko egiteko eskaera bete da',
  optOutPurposesLabel: 'Aktibo, zuk desaktibatu arte:',
  declaration: {
    cookies: 'Cookieak eta biltegiratzea',
    name: 'Izena',
    provider: 'Hornitzailea',
    purpose: 'Helburua',
    lifetime: 'Iraupena',
    type: 'Mota',
    cookie: 'Cookiea',
    storage: 'Tokiko biltegiratzea',
    session: 'Nabigatzailea itxi arte',
    persistent: 'Ezabatu arte',
    privacyPolicy: 'Pribatutasun-politika',
    yourChoices: 'Zure aukerak',
    decidedOn: 'Erabakiaren data',
    notDecided: 'Oraindik ez duzu aukerarik egin.',
    allowed: 'Baimenduta',
    notAllowed: 'Baimendu gabe',
    change: 'Aldatu nire aukerak',
    purposes: {
      visitorId: 'Zure nabigatzailea ezagutzen du hurrengo bisitetan',
      session: 'Uneko bisitaren jarraipena egiten du',
      adMeasurement: 'Iragarkiek bisitak edo erosketak ekarri dituzten neurtzen du',
      adTargeting: 'Zure interesetan oinarritutako iragarkiak erakusten dizkizu',
      consent: 'Zerbitzu honetarako zure aukera gordetzen du',
      settings: 'Zerbitzu honetarako zure ezarpenak gogoratzen ditu',
      security: 'Iruzurren eta gehiegikerien aurka babesten du',
      technical: 'Zerbitzuak funtziona dezan bermatzen du',
      chat: 'Zure elkarrizketari eusten dio',
    },
  },
  categories: {
    necessary: {
      label: 'Guztiz beharrezkoak',
      description:
        'Webguneak funtziona dezan behar dira: saioa hasita mantentzen dute, zure erosketa-saskia eta cookie-aukerak gogoratzen dituzte, eta iruzurraren aurka babesten dute. Ezin dira desaktibatu.',
    },
    analytics: {
      label: 'Analitikoak',
      description:
        'Bisitak eta trafiko-iturriak zenbatzen dituzte, webgunearen errendimendua neurtu eta hobetu ahal izateko. Informazioa modu agregatuan tratatzen da, eta ez da zu identifikatzeko erabiltzen.',
    },
    functionality: {
      label: 'Funtzionalak',
      description:
        'Egiten dituzun aukerak gogoratzen dituzte, hala nola hizkuntza edo eskualdea, eta funtzio aurreratuak gaitzen dituzte; adibidez, txertatutako bideoak, mapak eta txata.',
    },
    targeting: {
      label: 'Publizitatekoak',
      description:
        'Guk edo gure publizitate-bazkideek ezartzen dituzte, zure interesen profil bat sortzeko eta beste webgune batzuetan zuri iragarki egokiak erakusteko. Gainera, iragarki bera zenbat aldiz ikusten duzun mugatzen dute, eta kanpainen emaitzak neurtzen dituzte.',
    },
  },
};

export default eu;
