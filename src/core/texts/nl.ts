import type { Texts } from './texts.js';

/** Dutch. */
const nl: Texts = {
  lang: 'nl',
  bannerTitle: 'Jouw privacykeuzes',
  bannerDescription:
    'We gebruiken cookies die strikt noodzakelijk zijn om deze website te laten werken. Met jouw toestemming willen we ook optionele cookies gebruiken voor de doeleinden hieronder. Je kunt ze allemaal accepteren, allemaal weigeren of zelf kiezen, en je keuze op elk moment wijzigen in de cookie-instellingen.',
  purposesLabel: 'Optionele cookies:',
  policyLink: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  preferencesTitle: 'Cookie-instellingen',
  preferencesDescription:
    'Kies welke cookies deze website mag gebruiken. Strikt noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt. Je keuze geldt alleen voor deze website en je kunt deze op elk moment wijzigen.',
  save: 'Mijn keuzes opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd actief',
  gpcNotice:
    'We respecteren het Global Privacy Control-signaal van je browser: advertentiecookies blijven uitgeschakeld.',
  settingsButton: 'Cookie-instellingen',
  consentId: 'Je toestemmings-ID',
  placeholderNotice:
    'Deze inhoud is geblokkeerd, omdat deze cookies uit de categorie ‘{category}’ plaatst.',
  loadOnce: 'Eenmalig laden',
  allowCategory: '{category} toestaan',
  optOutDescription:
    'We gebruiken cookies en vergelijkbare technieken voor analyse, functionaliteit en advertenties. Volgens de privacywetten van Amerikaanse staten kunnen advertentiecookies gelden als het verkopen of delen van je persoonsgegevens. Je kunt hier op elk moment bezwaar tegen maken.',
  privacyChoices: 'Jouw privacykeuzes',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  optOutHonored: 'Bezwaar gehonoreerd',
  optOutPurposesLabel: 'Aan, tenzij je ze uitschakelt:',
  declaration: {
    cookies: 'Cookies en opslag',
    name: 'Naam',
    provider: 'Aanbieder',
    purpose: 'Doel',
    lifetime: 'Bewaartermijn',
    type: 'Type',
    cookie: 'Cookie',
    storage: 'Lokale opslag',
    session: 'Tot de browser wordt gesloten',
    persistent: 'Tot verwijdering',
    privacyPolicy: 'Privacyverklaring',
    yourChoices: 'Jouw keuzes',
    decidedOn: 'Gekozen op',
    notDecided: 'Je hebt nog geen keuze gemaakt.',
    allowed: 'Toegestaan',
    notAllowed: 'Niet toegestaan',
    change: 'Mijn keuzes wijzigen',
    purposes: {
      visitorId: 'Herkent je browser bij latere bezoeken',
      session: 'Houdt het huidige bezoek bij',
      adMeasurement: 'Meet of advertenties tot bezoeken of aankopen hebben geleid',
      adTargeting: 'Toont je advertenties op basis van je interesses',
      consent: 'Slaat je keuze voor deze dienst op',
      settings: 'Onthoudt je instellingen voor deze dienst',
      security: 'Beschermt tegen fraude en misbruik',
      technical: 'Zorgt ervoor dat de dienst blijft werken',
      chat: 'Houdt je gesprek gaande',
    },
  },
  categories: {
    necessary: {
      label: 'Strikt noodzakelijk',
      description:
        'Deze cookies zijn nodig om de website te laten werken: ze houden je ingelogd, onthouden je winkelwagen en je cookiekeuzes en beschermen tegen fraude. Ze kunnen niet worden uitgeschakeld.',
    },
    analytics: {
      label: 'Analyse',
      description:
        'Deze cookies tellen bezoeken en verkeersbronnen, zodat we de prestaties van de website kunnen meten en verbeteren. De gegevens worden alleen op groepsniveau gebruikt en niet om je te identificeren.',
    },
    functionality: {
      label: 'Functionaliteit',
      description:
        'Deze cookies onthouden de keuzes die je maakt, zoals taal of regio, en maken extra functies mogelijk, zoals ingesloten video’s, kaarten en chat.',
    },
    targeting: {
      label: 'Advertenties',
      description:
        'Deze cookies worden door ons of onze advertentiepartners geplaatst om een profiel van je interesses op te bouwen en je op andere websites relevante advertenties te tonen. Ze beperken ook hoe vaak je dezelfde advertentie ziet en meten de resultaten van campagnes.',
    },
  },
};

export default nl;
