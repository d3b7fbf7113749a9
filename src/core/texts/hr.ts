import type { Texts } from './texts.js';

/** Croatian (hrvatski). */
const hr: Texts = {
  lang: 'hr',
  bannerTitle: 'Vaša privatnost',
  bannerDescription:
    'Koristimo kolačiće koji su strogo nužni za rad ove web-stranice. Uz vašu privolu željeli bismo koristiti i neobavezne kolačiće u dolje navedene svrhe. Svoj izbor možete u bilo kojem trenutku promijeniti u postavkama kolačića.',
  purposesLabel: 'Neobavezni kolačići:',
  policyLink: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  preferencesTitle: 'Postavke kolačića',
  preferencesDescription:
    'Odaberite koje kolačiće ova web-stranica smije koristiti. Strogo nužni kolačići uvijek su uključeni jer stranica bez njih ne može raditi. Vaš izbor vrijedi samo za ovu web-stranicu i možete ga promijeniti u bilo kojem trenutku.',
  save: 'Spremi odabir',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeno',
  gpcNotice: 'Poštujemo signal Global Privacy Control vašeg preglednika: marketinški kolačići ostaju isključeni.',
  settingsButton: 'Postavke kolačića',
  consentId: 'ID vaše privole',
  placeholderNotice: 'Ovaj je sadržaj blokiran jer postavlja kolačiće iz kategorije „{category}“.',
  loadOnce: 'Učitaj samo ovaj put',
  allowCategory: 'Dopusti kategoriju „{category}“',
  optOutDescription:
    'Koristimo kolačiće i slične tehnologije za analitiku, funkcionalnost i oglašavanje. Prema zakonima o privatnosti saveznih država SAD-a, marketinški kolačići mogu se smatrati prodajom ili dijeljenjem vaših osobnih podataka. Od toga se možete odjaviti u bilo kojem trenutku.',
  privacyChoices: 'Vaši izbori privatnosti',
  doNotSell: 'Nemojte prodavati ni dijeliti moje osobne podatke',
  optOutHonored: 'Zahtjev za odjavu je ispunjen',
  optOutPurposesLabel: 'Uključeni, osim ako ih ne isključite:',
  declaration: {
    cookies: 'Kolačići i pohrana',
    name: 'Naziv',
    provider: 'Pružatelj',
    purpose: 'Svrha',
    lifetime: 'Trajanje',
    type: 'Vrsta',
    cookie: 'Kolačić',
    storage: 'Lokalna pohrana',
    session: 'Do zatvaranja preglednika',
    persistent: 'Do brisanja',
    privacyPolicy: 'Politika privatnosti',
    yourChoices: 'Vaš odabir',
    decidedOn: 'Datum odabira',
    notDecided: 'Još niste ništa odabrali.',
    allowed: 'Dopušteno',
    notAllowed: 'Nije dopušteno',
    change: 'Promijeni odabir',
    purposes: {
      visitorId: 'Prepoznaje vaš preglednik pri kasnijim posjetima',
      session: 'Prati trenutačni posjet',
      adMeasurement: 'Mjeri jesu li oglasi doveli do posjeta ili kupnji',
      adTargeting: 'Prikazuje vam oglase na temelju vaših interesa',
      consent: 'Sprema vaš odabir za ovu uslugu',
      settings: 'Pamti vaše postavke za ovu uslugu',
      security: 'Štiti od prijevara i zlouporabe',
      technical: 'Održava rad usluge',
      chat: 'Održava vaš razgovor',
    },
  },
  categories: {
    necessary: {
      label: 'Strogo nužni',
      description:
        'Potrebni su za rad stranice: održavaju vašu prijavu, pamte vašu košaricu i vaš odabir kolačića te štite od prijevara. Ne mogu se isključiti.',
    },
    analytics: {
      label: 'Analitički',
      description:
        'Broje posjete i izvore prometa kako bismo mogli mjeriti i poboljšavati rad stranice. Podaci se objedinjuju i ne koriste se za vašu identifikaciju.',
    },
    functionality: {
      label: 'Funkcionalni',
      description:
        'Pamte vaše odabire, primjerice jezik ili regiju, i omogućuju napredne značajke poput ugrađenih videozapisa, karata i chata.',
    },
    targeting: {
      label: 'Marketinški',
      description:
        'Postavljamo ih mi ili naši oglašivački partneri kako bi se izradio profil vaših interesa i kako bi vam se na drugim stranicama prikazivali relevantni oglasi. Osim toga ograničavaju koliko često vidite isti oglas i mjere uspješnost kampanja.',
    },
  },
};

export default hr;
