import type { Texts } from './texts.js';

/** Danish (dansk). */
const da: Texts = {
  lang: 'da',
  bannerTitle: 'Dit privatliv',
  bannerDescription:
    'Vi bruger cookies, som er strengt nødvendige for, at dette website fungerer. Med dit samtykke vil vi også gerne bruge valgfrie cookies til formålene nedenfor. Du kan til enhver tid ændre dit valg i cookieindstillingerne.',
  purposesLabel: 'Valgfrie cookies:',
  policyLink: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  preferencesTitle: 'Cookieindstillinger',
  preferencesDescription:
    'Vælg, hvilke cookies dette website må bruge. Strengt nødvendige cookies er altid slået til, fordi websitet ikke kan fungere uden dem. Dit valg gælder kun for dette website, og du kan til enhver tid ændre det.',
  save: 'Gem mine valg',
  close: 'Luk',
  alwaysOn: 'Altid slået til',
  gpcNotice: 'Din browsers Global Privacy Control-signal bliver respekteret: Marketingcookies forbliver slået fra.',
  settingsButton: 'Cookieindstillinger',
  consentId: 'Dit samtykke-ID',
  placeholderNotice: 'Dette indhold er blokeret, fordi det sætter cookies i kategorien »{category}«.',
  loadOnce: 'Indlæs kun denne gang',
  allowCategory: 'Tillad {category}',
  optOutDescription:
    'Vi bruger cookies og lignende teknologier til statistik, funktionalitet og annoncering. Efter amerikanske delstaters love om privatliv kan marketingcookies betragtes som salg eller deling af dine personoplysninger. Du kan til enhver tid fravælge det.',
  privacyChoices: 'Dine privatlivsvalg',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  optOutHonored: 'Anmodning om fravalg efterkommet',
  optOutPurposesLabel: 'Slået til, medmindre du slår dem fra:',
  declaration: {
    cookies: 'Cookies og lagring',
    name: 'Navn',
    provider: 'Udbyder',
    purpose: 'Formål',
    lifetime: 'Varighed',
    type: 'Type',
    cookie: 'Cookie',
    storage: 'Lokal lagring',
    session: 'Indtil browseren lukkes',
    persistent: 'Indtil sletning',
    privacyPolicy: 'Privatlivspolitik',
    yourChoices: 'Dine valg',
    decidedOn: 'Valgt den',
    notDecided: 'Du har ikke truffet et valg endnu.',
    allowed: 'Tilladt',
    notAllowed: 'Ikke tilladt',
    change: 'Ændr mine valg',
    purposes: {
      visitorId: 'Genkender din browser ved senere besøg',
      session: 'Holder styr på det aktuelle besøg',
      adMeasurement: 'Måler, om annoncer førte til besøg eller køb',
      adTargeting: 'Viser dig annoncer baseret på dine interesser',
      consent: 'Gemmer dit valg for denne tjeneste',
      settings: 'Husker dine indstillinger for denne tjeneste',
      security: 'Beskytter mod svindel og misbrug',
      technical: 'Holder tjenesten kørende',
      chat: 'Holder din samtale i gang',
    },
  },
  categories: {
    necessary: {
      label: 'Strengt nødvendige',
      description:
        'Nødvendige for, at websitet fungerer: De holder dig logget ind, husker din indkøbskurv og dine cookievalg og beskytter mod svindel. De kan ikke slås fra.',
    },
    analytics: {
      label: 'Statistik',
      description:
        'Tæller besøg og trafikkilder, så vi kan måle og forbedre, hvordan websitet fungerer. Oplysningerne behandles samlet og bruges ikke til at identificere dig.',
    },
    functionality: {
      label: 'Funktionalitet',
      description:
        'Husker de valg, du træffer, f.eks. sprog eller område, og gør udvidede funktioner mulige, såsom indlejrede videoer, kort og chat.',
    },
    targeting: {
      label: 'Marketing',
      description:
        'Sættes af os eller vores annoncepartnere for at opbygge en profil af dine interesser og vise dig relevante annoncer på andre websites. De begrænser også, hvor ofte du ser den samme annonce, og måler kampagners effekt.',
    },
  },
};

export default da;
