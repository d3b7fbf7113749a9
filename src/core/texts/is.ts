import type { Texts } from './texts.js';

/** Icelandic (íslenska). */
const isl: Texts = {
  lang: 'is',
  bannerTitle: 'Val þitt um persónuvernd',
  bannerDescription:
    'Við notum vafrakökur sem eru nauðsynlegar til að þessi vefur virki. Með samþykki þínu viljum við einnig nota valkvæðar vafrakökur í þeim tilgangi sem talinn er upp hér fyrir neðan. Þú getur breytt vali þínu hvenær sem er í vafrakökustillingunum.',
  purposesLabel: 'Valkvæðar vafrakökur:',
  policyLink: 'Persónuverndarstefna',
  acceptAll: 'Samþykkja allar',
  rejectAll: 'Hafna öllum',
  customize: 'Sérsníða',
  preferencesTitle: 'Vafrakökustillingar',
  preferencesDescription:
    'Veldu hvaða vafrakökur þessi vefur má nota. Nauðsynlegar vafrakökur eru alltaf virkar því vefurinn getur ekki starfað án þeirra. Val þitt gildir aðeins um þennan vef og þú getur breytt því hvenær sem er.',
  save: 'Vista val mitt',
  close: 'Loka',
  alwaysOn: 'Alltaf virkar',
  gpcNotice: 'Við virðum Global Privacy Control-merkið frá vafranum þínum: vafrakökur til markaðssetningar eru áfram óvirkar.',
  settingsButton: 'Vafrakökustillingar',
  consentId: 'Samþykkisauðkenni þitt',
  placeholderNotice: 'Lokað hefur verið fyrir þetta efni vegna þess að það notar vafrakökur í flokknum „{category}“.',
  loadOnce: 'Hlaða inn í þetta sinn',
  allowCategory: 'Leyfa „{category}“',
  optOutDescription:
    'Við notum vafrakökur og sambærilega tækni fyrir tölfræði, virkni og auglýsingar. Samkvæmt persónuverndarlögum bandarískra ríkja geta vafrakökur til markaðssetningar talist sala eða miðlun persónuupplýsinga þinna. Þú getur afþakkað það hvenær sem er.',
  privacyChoices: 'Val þitt um persónuvernd',
  doNotSell: 'Ekki selja eða deila persónuupplýsingum mínum',
  optOutHonored: 'Orðið við beiðni um afþökkun',
  optOutPurposesLabel: 'Virkar nema þú slökkvir á þeim:',
  declaration: {
    cookies: 'Vafrakökur og gagnageymsla',
    name: 'Heiti',
    provider: 'Veitandi',
    purpose: 'Tilgangur',
    lifetime: 'Gildistími',
    type: 'Tegund',
    cookie: 'Vafrakaka',
    storage: 'Staðbundin geymsla',
    session: 'Þar til vafranum er lokað',
    persistent: 'Þar til henni er eytt',
    privacyPolicy: 'Persónuverndarstefna',
    yourChoices: 'Val þitt',
    decidedOn: 'Valið þann',
    notDecided: 'Þú hefur ekki valið enn.',
    allowed: 'Leyft',
    notAllowed: 'Ekki leyft',
    change: 'Breyta vali mínu',
    purposes: {
      visitorId: 'Þekkir vafrann þinn í síðari heimsóknum',
      session: 'Heldur utan um núverandi heimsókn',
      adMeasurement: 'Mælir hvort auglýsingar hafi leitt til heimsókna eða kaupa',
      adTargeting: 'Sýnir þér auglýsingar út frá áhugamálum þínum',
      consent: 'Vistar val þitt fyrir þessa þjónustu',
      settings: 'Man stillingarnar þínar fyrir þessa þjónustu',
      security: 'Veitir vörn gegn svikum og misnotkun',
      technical: 'Heldur þjónustunni gangandi',
      chat: 'Heldur samtalinu þínu gangandi',
    },
  },
  categories: {
    necessary: {
      label: 'Nauðsynlegar',
      description:
        'Nauðsynlegar til að vefurinn virki: þær viðhalda innskráningu þinni, muna körfuna þína og val þitt um vafrakökur og veita vörn gegn svikum. Ekki er hægt að slökkva á þeim.',
    },
    analytics: {
      label: 'Tölfræði',
      description:
        'Telja heimsóknir og uppruna umferðar svo að við getum mælt og bætt virkni vefsins. Upplýsingarnar eru teknar saman og ekki notaðar til að bera kennsl á þig.',
    },
    functionality: {
      label: 'Virkni',
      description:
        'Muna val þitt, svo sem tungumál eða svæði, og gera mögulega aukna virkni á borð við innfelld myndbönd, kort og netspjall.',
    },
    targeting: {
      label: 'Markaðssetning',
      description:
        'Settar af okkur eða auglýsingasamstarfsaðilum okkar til að útbúa persónusnið út frá áhugamálum þínum og sýna þér viðeigandi auglýsingar á öðrum vefjum. Þær takmarka einnig hversu oft þú sérð sömu auglýsinguna og mæla árangur herferða.',
    },
  },
};

export default isl;
