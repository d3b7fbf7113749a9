import type { Texts } from './texts.js';

/** Norwegian Bokmål (norsk bokmål). */
const nb: Texts = {
  lang: 'nb',
  bannerTitle: 'Dine personvernvalg',
  bannerDescription:
    'Vi bruker informasjonskapsler som er strengt nødvendige for at nettstedet skal fungere. Med ditt samtykke vil vi også bruke valgfrie informasjonskapsler til formålene nedenfor. Du kan når som helst endre valget ditt i innstillingene for informasjonskapsler.',
  purposesLabel: 'Valgfrie informasjonskapsler:',
  policyLink: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  preferencesTitle: 'Innstillinger for informasjonskapsler',
  preferencesDescription:
    'Velg hvilke informasjonskapsler nettstedet kan bruke. Strengt nødvendige informasjonskapsler er alltid på fordi nettstedet ikke fungerer uten dem. Valget ditt gjelder bare dette nettstedet, og du kan endre det når som helst.',
  save: 'Lagre valgene mine',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  gpcNotice: 'Vi respekterer Global Privacy Control-signalet fra nettleseren din: informasjonskapsler for markedsføring forblir avslått.',
  settingsButton: 'Innstillinger for informasjonskapsler',
  consentId: 'Din samtykke-ID',
  placeholderNotice: 'Dette innholdet er blokkert fordi det bruker informasjonskapsler i kategorien «{category}».',
  loadOnce: 'Last inn denne gangen',
  allowCategory: 'Tillat «{category}»',
  optOutDescription:
    'Vi bruker informasjonskapsler og lignende teknologier til statistikk, funksjonalitet og annonsering. Etter personvernlovene i amerikanske delstater kan informasjonskapsler for markedsføring regnes som salg eller deling av personopplysningene dine. Du kan når som helst reservere deg mot dette.',
  privacyChoices: 'Dine personvernvalg',
  doNotSell: 'Ikke selg eller del personopplysningene mine',
  optOutHonored: 'Reservasjonen er tatt til følge',
  optOutPurposesLabel: 'På med mindre du slår dem av:',
  declaration: {
    cookies: 'Informasjonskapsler og lagring',
    name: 'Navn',
    provider: 'Leverandør',
    purpose: 'Formål',
    lifetime: 'Varighet',
    type: 'Type',
    cookie: 'Informasjonskapsel',
    storage: 'Lokal lagring',
    session: 'Til nettleseren lukkes',
    persistent: 'Til den slettes',
    privacyPolicy: 'Personvernerklæring',
    yourChoices: 'Dine valg',
    decidedOn: 'Valgt den',
    notDecided: 'Du har ikke tatt et valg ennå.',
    allowed: 'Tillatt',
    notAllowed: 'Ikke tillatt',
    change: 'Endre valgene mine',
    purposes: {
      visitorId: 'Gjenkjenner nettleseren din ved senere besøk',
      session: 'Holder styr på det pågående besøket',
      adMeasurement: 'Måler om annonser førte til besøk eller kjøp',
      adTargeting: 'Viser deg annonser basert på interessene dine',
      consent: 'Lagrer valget ditt for denne tjenesten',
      settings: 'Husker innstillingene dine for denne tjenesten',
      security: 'Beskytter mot svindel og misbruk',
      technical: 'Sørger for at tjenesten fungerer',
      chat: 'Holder samtalen din i gang',
    },
  },
  categories: {
    necessary: {
      label: 'Strengt nødvendige',
      description:
        'Nødvendige for at nettstedet skal fungere: de holder deg innlogget, husker handlekurven din og valgene dine for informasjonskapsler, og beskytter mot svindel. De kan ikke slås av.',
    },
    analytics: {
      label: 'Statistikk',
      description:
        'Teller besøk og trafikkilder slik at vi kan måle og forbedre hvordan nettstedet fungerer. Opplysningene behandles samlet og brukes ikke til å identifisere deg.',
    },
    functionality: {
      label: 'Funksjonelle',
      description:
        'Husker valgene du gjør, for eksempel språk eller region, og gir tilgang til utvidede funksjoner som innebygde videoer, kart og chat.',
    },
    targeting: {
      label: 'Markedsføring',
      description:
        'Settes av oss eller våre annonsepartnere for å lage en profil av interessene dine og vise deg relevante annonser på andre nettsteder. De begrenser også hvor ofte du ser samme annonse, og måler effekten av kampanjer.',
    },
  },
};

export default nb;
