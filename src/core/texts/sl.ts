import type { Texts } from './texts.js';

/** Slovenian (slovenščina). */
const sl: Texts = {
  lang: 'sl',
  bannerTitle: 'Vaša zasebnost',
  bannerDescription:
    'Uporabljamo piškotke, ki so nujno potrebni za delovanje tega spletnega mesta. Z vašo privolitvijo bi radi uporabljali tudi neobvezne piškotke za spodaj navedene namene. Svojo izbiro lahko kadar koli spremenite v nastavitvah piškotkov.',
  purposesLabel: 'Neobvezni piškotki:',
  policyLink: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  preferencesTitle: 'Nastavitve piškotkov',
  preferencesDescription:
    'Izberite, katere piškotke sme uporabljati to spletno mesto. Nujno potrebni piškotki so vedno vklopljeni, ker spletno mesto brez njih ne more delovati. Vaša izbira velja samo za to spletno mesto in jo lahko kadar koli spremenite.',
  save: 'Shrani izbiro',
  close: 'Zapri',
  alwaysOn: 'Vedno vklopljeni',
  gpcNotice: 'Upoštevamo signal Global Privacy Control vašega brskalnika: oglaševalski piškotki ostanejo izklopljeni.',
  settingsButton: 'Nastavitve piškotkov',
  consentId: 'ID vaše privolitve',
  placeholderNotice: 'Ta vsebina je blokirana, ker nastavlja piškotke kategorije »{category}«.',
  loadOnce: 'Naloži samo tokrat',
  allowCategory: 'Dovoli kategorijo »{category}«',
  optOutDescription:
    'Uporabljamo piškotke in podobne tehnologije za analitiko, funkcionalnost in oglaševanje. Po zakonih o zasebnosti ameriških zveznih držav se lahko oglaševalski piškotki štejejo za prodajo ali deljenje vaših osebnih podatkov. To lahko kadar koli zavrnete.',
  privacyChoices: 'Vaše izbire glede zasebnosti',
  doNotSell: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  optOutHonored: 'Zahteva za zavrnitev je upoštevana',
  optOutPurposesLabel: 'Vklopljeni, razen če jih izklopite:',
  declaration: {
    cookies: 'Piškotki in shramba',
    name: 'Ime',
    provider: 'Ponudnik',
    purpose: 'Namen',
    lifetime: 'Trajanje',
    type: 'Vrsta',
    cookie: 'Piškotek',
    storage: 'Lokalna shramba',
    session: 'Do zaprtja brskalnika',
    persistent: 'Do izbrisa',
    privacyPolicy: 'Politika zasebnosti',
    yourChoices: 'Vaša izbira',
    decidedOn: 'Datum izbire',
    notDecided: 'Izbire še niste opravili.',
    allowed: 'Dovoljeno',
    notAllowed: 'Ni dovoljeno',
    change: 'Spremeni izbiro',
    purposes: {
      visitorId: 'Prepozna vaš brskalnik ob poznejših obiskih',
      session: 'Spremlja trenutni obisk',
      adMeasurement: 'Meri, ali so oglasi privedli do obiskov ali nakupov',
      adTargeting: 'Prikazuje vam oglase glede na vaše interese',
      consent: 'Shrani vašo izbiro za to storitev',
      settings: 'Si zapomni vaše nastavitve za to storitev',
      security: 'Ščiti pred goljufijami in zlorabami',
      technical: 'Skrbi za delovanje storitve',
      chat: 'Ohranja vaš pogovor',
    },
  },
  categories: {
    necessary: {
      label: 'Nujno potrebni',
      description:
        'Potrebni so za delovanje spletnega mesta: ohranjajo vašo prijavo, si zapomnijo vašo košarico in izbiro glede piškotkov ter ščitijo pred goljufijami. Ni jih mogoče izklopiti.',
    },
    analytics: {
      label: 'Analitični',
      description:
        'Štejejo obiske in vire prometa, da lahko merimo in izboljšujemo delovanje spletnega mesta. Podatki so združeni in se ne uporabljajo za vašo identifikacijo.',
    },
    functionality: {
      label: 'Funkcionalni',
      description:
        'Zapomnijo si vaše izbire, na primer jezik ali regijo, in omogočajo dodatne funkcije, kot so vdelani videoposnetki, zemljevidi in klepet.',
    },
    targeting: {
      label: 'Oglaševalski',
      description:
        'Nastavljamo jih mi ali naši oglaševalski partnerji, da bi ustvarili profil vaših interesov in vam na drugih spletnih mestih prikazovali ustrezne oglase. Omejujejo tudi, kako pogosto vidite isti oglas, in merijo uspešnost kampanj.',
    },
  },
};

export default sl;
