import type { Texts } from './texts.js';

/** Estonian (eesti). */
const et: Texts = {
  lang: 'et',
  bannerTitle: 'Teie privaatsusvalikud',
  bannerDescription:
    'Kasutame küpsiseid, mis on selle veebisaidi toimimiseks hädavajalikud. Teie nõusolekul soovime kasutada ka valikulisi küpsiseid allpool nimetatud eesmärkidel. Saate oma valikut igal ajal küpsiste seadetes muuta.',
  purposesLabel: 'Valikulised küpsised:',
  policyLink: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  preferencesTitle: 'Küpsiste seaded',
  preferencesDescription:
    'Valige, milliseid küpsiseid see veebisait tohib kasutada. Hädavajalikud küpsised on alati sees, sest ilma nendeta veebisait ei toimi. Teie valik kehtib ainult sellel veebisaidil ja saate seda igal ajal muuta.',
  save: 'Salvesta valikud',
  close: 'Sulge',
  alwaysOn: 'Alati sees',
  gpcNotice: 'Arvestame teie brauseri saadetud signaaliga Global Privacy Control: turundusküpsised jäävad välja lülitatuks.',
  settingsButton: 'Küpsiste seaded',
  consentId: 'Teie nõusoleku ID',
  placeholderNotice: 'See sisu on blokeeritud, sest see kasutab kategooria „{category}“ küpsiseid.',
  loadOnce: 'Laadi ainult seekord',
  allowCategory: 'Luba kategooria „{category}“',
  optOutDescription:
    'Kasutame küpsiseid ja sarnaseid tehnoloogiaid statistika, funktsionaalsuse ja reklaami jaoks. USA osariikide privaatsusseaduste järgi võib turundusküpsiste kasutamist käsitada teie isikuandmete müümise või jagamisena. Saate sellest igal ajal loobuda.',
  privacyChoices: 'Teie privaatsusvalikud',
  doNotSell: 'Ärge müüge ega jagage minu isikuandmeid',
  optOutHonored: 'Loobumistaotlus on täidetud',
  optOutPurposesLabel: 'Sees, kui te neid välja ei lülita:',
  declaration: {
    cookies: 'Küpsised ja salvestusruum',
    name: 'Nimi',
    provider: 'Pakkuja',
    purpose: 'Eesmärk',
    lifetime: 'Säilitusaeg',
    type: 'Tüüp',
    cookie: 'Küpsis',
    storage: 'Kohalik salvestusruum',
    session: 'Kuni brauseri sulgemiseni',
    persistent: 'Kuni kustutamiseni',
    privacyPolicy: 'Privaatsuspoliitika',
    yourChoices: 'Teie valikud',
    decidedOn: 'Valik tehtud',
    notDecided: 'Te ei ole veel valikut teinud.',
    allowed: 'Lubatud',
    notAllowed: 'Pole lubatud',
    change: 'Muuda valikuid',
    purposes: {
      visitorId: 'Tunneb teie brauseri hilisematel külastustel ära',
      session: 'Jälgib praegust külastust',
      adMeasurement: 'Mõõdab, kas reklaamid tõid kaasa külastusi või oste',
      adTargeting: 'Näitab teile teie huvidele vastavaid reklaame',
      consent: 'Salvestab teie valiku selle teenuse kohta',
      settings: 'Jätab meelde teie seaded selle teenuse jaoks',
      security: 'Kaitseb pettuste ja väärkasutuse eest',
      technical: 'Hoiab teenuse töös',
      chat: 'Võimaldab teie vestlust jätkata',
    },
  },
  categories: {
    necessary: {
      label: 'Hädavajalikud',
      description:
        'Vajalikud veebisaidi toimimiseks: nende abil püsite sisse logituna, jäetakse meelde teie ostukorv ja küpsisevalikud ning kaitstakse saiti pettuste eest. Neid ei saa välja lülitada.',
    },
    analytics: {
      label: 'Statistika',
      description:
        'Loendavad külastusi ja liiklusallikaid, et saaksime mõõta ja parandada veebisaidi toimimist. Teave koondatakse ja seda ei kasutata teie tuvastamiseks.',
    },
    functionality: {
      label: 'Funktsionaalsus',
      description:
        'Jätavad meelde teie tehtud valikud, näiteks keele või piirkonna, ning võimaldavad lisafunktsioone, nagu manustatud videod, kaardid ja vestlus.',
    },
    targeting: {
      label: 'Turundus',
      description:
        'Neid paigaldame meie või meie reklaamipartnerid, et koostada teie huvide profiil ja näidata teile teistel veebisaitidel asjakohaseid reklaame. Samuti piiravad need, kui sageli te sama reklaami näete, ja mõõdavad kampaaniate tulemuslikkust.',
    },
  },
};

export default et;
