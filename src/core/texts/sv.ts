import type { Texts } from './texts.js';

/** Swedish (svenska). */
const sv: Texts = {
  lang: 'sv',
  bannerTitle: 'Dina integritetsval',
  bannerDescription:
    'Vi använder cookies som är nödvändiga för att webbplatsen ska fungera. Med ditt samtycke vill vi också använda valfria cookies för de ändamål som anges nedan. Du kan när som helst ändra ditt val i cookieinställningarna.',
  purposesLabel: 'Valfria cookies:',
  policyLink: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  preferencesTitle: 'Cookieinställningar',
  preferencesDescription:
    'Välj vilka cookies webbplatsen får använda. Nödvändiga cookies är alltid aktiva eftersom webbplatsen inte fungerar utan dem. Ditt val gäller bara den här webbplatsen och du kan ändra det när som helst.',
  save: 'Spara mina val',
  close: 'Stäng',
  alwaysOn: 'Alltid aktiva',
  gpcNotice: 'Vi respekterar signalen Global Privacy Control från din webbläsare: cookies för marknadsföring förblir avstängda.',
  settingsButton: 'Cookieinställningar',
  consentId: 'ID för ditt samtycke',
  placeholderNotice: 'Innehållet är blockerat eftersom det använder cookies i kategorin ”{category}”.',
  loadOnce: 'Ladda den här gången',
  allowCategory: 'Tillåt ”{category}”',
  optOutDescription:
    'Vi använder cookies och liknande tekniker för statistik, funktionalitet och annonsering. Enligt delstatliga integritetslagar i USA kan cookies för marknadsföring räknas som försäljning eller delning av dina personuppgifter. Du kan när som helst välja bort det.',
  privacyChoices: 'Dina integritetsval',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  optOutHonored: 'Begäran om bortval har tillgodosetts',
  optOutPurposesLabel: 'Aktiva om du inte stänger av dem:',
  declaration: {
    cookies: 'Cookies och lagring',
    name: 'Namn',
    provider: 'Leverantör',
    purpose: 'Ändamål',
    lifetime: 'Lagringstid',
    type: 'Typ',
    cookie: 'Cookie',
    storage: 'Lokal lagring',
    session: 'Tills webbläsaren stängs',
    persistent: 'Tills den raderas',
    privacyPolicy: 'Integritetspolicy',
    yourChoices: 'Dina val',
    decidedOn: 'Valt den',
    notDecided: 'Du har inte gjort något val ännu.',
    allowed: 'Tillåtet',
    notAllowed: 'Inte tillåtet',
    change: 'Ändra mina val',
    purposes: {
      visitorId: 'Känner igen din webbläsare vid senare besök',
      session: 'Håller reda på det pågående besöket',
      adMeasurement: 'Mäter om annonser har lett till besök eller köp',
      adTargeting: 'Visar dig annonser utifrån dina intressen',
      consent: 'Sparar ditt val för den här tjänsten',
      settings: 'Kommer ihåg dina inställningar för den här tjänsten',
      security: 'Skyddar mot bedrägerier och missbruk',
      technical: 'Håller tjänsten igång',
      chat: 'Håller igång din konversation',
    },
  },
  categories: {
    necessary: {
      label: 'Nödvändiga',
      description:
        'Behövs för att webbplatsen ska fungera: de håller dig inloggad, kommer ihåg din varukorg och dina cookieval och skyddar mot bedrägerier. De kan inte stängas av.',
    },
    analytics: {
      label: 'Statistik',
      description:
        'Räknar besök och trafikkällor så att vi kan mäta och förbättra webbplatsens prestanda. Uppgifterna sammanställs på aggregerad nivå och används inte för att identifiera dig.',
    },
    functionality: {
      label: 'Funktionella',
      description:
        'Kommer ihåg dina val, till exempel språk eller region, och möjliggör utökade funktioner som inbäddade videor, kartor och chatt.',
    },
    targeting: {
      label: 'Marknadsföring',
      description:
        'Placeras av oss eller våra annonspartner för att skapa en profil av dina intressen och visa dig relevanta annonser på andra webbplatser. De begränsar också hur ofta du ser samma annons och mäter kampanjers effekt.',
    },
  },
};

export default sv;
