import type { Texts } from './texts.js';

/** Latvian (latviešu). */
const lv: Texts = {
  lang: 'lv',
  bannerTitle: 'Jūsu privātuma izvēle',
  bannerDescription:
    'Mēs izmantojam sīkdatnes, kas ir absolūti nepieciešamas šīs vietnes darbībai. Ar jūsu piekrišanu mēs vēlētos izmantot arī neobligātas sīkdatnes tālāk norādītajiem nolūkiem. Savu izvēli varat jebkurā laikā mainīt sīkdatņu iestatījumos.',
  purposesLabel: 'Neobligātās sīkdatnes:',
  policyLink: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  preferencesTitle: 'Sīkdatņu iestatījumi',
  preferencesDescription:
    'Izvēlieties, kuras sīkdatnes šī vietne drīkst izmantot. Absolūti nepieciešamās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nevar darboties. Jūsu izvēle attiecas tikai uz šo vietni, un to var jebkurā laikā mainīt.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr ieslēgtas',
  gpcNotice: 'Jūsu pārlūka Global Privacy Control signāls tiek ievērots: mārketinga sīkdatnes paliek izslēgtas.',
  settingsButton: 'Sīkdatņu iestatījumi',
  consentId: 'Jūsu piekrišanas ID',
  placeholderNotice: 'Šis saturs ir bloķēts, jo tas izmanto kategorijas „{category}” sīkdatnes.',
  loadOnce: 'Ielādēt tikai šoreiz',
  allowCategory: 'Atļaut kategoriju „{category}”',
  optOutDescription:
    'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas statistikai, funkcionalitātei un reklāmai. Saskaņā ar ASV štatu privātuma likumiem mārketinga sīkdatņu izmantošana var tikt uzskatīta par jūsu personas datu pārdošanu vai kopīgošanu. Jūs jebkurā laikā varat no tā atteikties.',
  privacyChoices: 'Jūsu privātuma izvēle',
  doNotSell: 'Nepārdot un nekopīgot manus personas datus',
  optOutHonored: 'Atteikuma pieprasījums izpildīts',
  optOutPurposesLabel: 'Ieslēgtas, ja vien tās neizslēdzat:',
  declaration: {
    cookies: 'Sīkdatnes un krātuve',
    name: 'Nosaukums',
    provider: 'Nodrošinātājs',
    purpose: 'Nolūks',
    lifetime: 'Glabāšanas ilgums',
    type: 'Veids',
    cookie: 'Sīkdatne',
    storage: 'Lokālā krātuve',
    session: 'Līdz pārlūka aizvēršanai',
    persistent: 'Līdz dzēšanai',
    privacyPolicy: 'Privātuma politika',
    yourChoices: 'Jūsu izvēle',
    decidedOn: 'Izvēles datums',
    notDecided: 'Jūs vēl neesat izdarījuši izvēli.',
    allowed: 'Atļauts',
    notAllowed: 'Nav atļauts',
    change: 'Mainīt izvēli',
    purposes: {
      visitorId: 'Atpazīst jūsu pārlūku turpmākos apmeklējumos',
      session: 'Seko pašreizējam apmeklējumam',
      adMeasurement: 'Mēra, vai reklāmas ir veicinājušas apmeklējumus vai pirkumus',
      adTargeting: 'Rāda jums reklāmas atbilstoši jūsu interesēm',
      consent: 'Saglabā jūsu izvēli attiecībā uz šo pakalpojumu',
      settings: 'Atceras jūsu šī pakalpojuma iestatījumus',
      security: 'Aizsargā pret krāpšanu un ļaunprātīgu izmantošanu',
      technical: 'Nodrošina pakalpojuma darbību',
      chat: 'Uztur jūsu sarunu',
    },
  },
  categories: {
    necessary: {
      label: 'Absolūti nepieciešamās',
      description:
        'Nepieciešamas vietnes darbībai: tās uztur jūsu pieteikšanos, atceras jūsu iepirkumu grozu un sīkdatņu izvēli un aizsargā pret krāpšanu. Tās nevar izslēgt.',
    },
    analytics: {
      label: 'Statistika',
      description:
        'Uzskaita apmeklējumus un datplūsmas avotus, lai mēs varētu novērtēt un uzlabot vietnes darbību. Informācija tiek apkopota un netiek izmantota, lai jūs identificētu.',
    },
    functionality: {
      label: 'Funkcionalitāte',
      description:
        'Atceras jūsu izdarīto izvēli, piemēram, valodu vai reģionu, un nodrošina papildu funkcijas, piemēram, iegultus videoklipus, kartes un tērzēšanu.',
    },
    targeting: {
      label: 'Mārketings',
      description:
        'Tās iestatām mēs vai mūsu reklāmas partneri, lai izveidotu jūsu interešu profilu un rādītu jums atbilstošas reklāmas citās vietnēs. Tās arī ierobežo, cik bieži redzat vienu un to pašu reklāmu, un mēra kampaņu efektivitāti.',
    },
  },
};

export default lv;
