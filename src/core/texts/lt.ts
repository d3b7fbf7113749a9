import type { Texts } from './texts.js';

/** Lithuanian (lietuvių). */
const lt: Texts = {
  lang: 'lt',
  bannerTitle: 'Jūsų privatumo pasirinkimai',
  bannerDescription:
    'Naudojame slapukus, kurie būtini, kad ši svetainė veiktų. Jums sutikus, norėtume naudoti ir neprivalomus slapukus toliau nurodytais tikslais. Savo pasirinkimą bet kada galite pakeisti slapukų nustatymuose.',
  purposesLabel: 'Neprivalomi slapukai:',
  policyLink: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  preferencesTitle: 'Slapukų nustatymai',
  preferencesDescription:
    'Pasirinkite, kuriuos slapukus ši svetainė gali naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė negali veikti. Jūsų pasirinkimas galioja tik šiai svetainei, ir jį bet kada galite pakeisti.',
  save: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  alwaysOn: 'Visada įjungti',
  gpcNotice: 'Paisome jūsų naršyklės „Global Privacy Control“ signalo: reklaminiai slapukai lieka išjungti.',
  settingsButton: 'Slapukų nustatymai',
  consentId: 'Jūsų sutikimo ID',
  placeholderNotice: 'Šis turinys užblokuotas, nes jis naudoja kategorijos „{category}“ slapukus.',
  loadOnce: 'Įkelti šį kartą',
  allowCategory: 'Leisti kategoriją „{category}“',
  optOutDescription:
    'Naudojame slapukus ir panašias technologijas analizei, funkcijoms ir reklamai. Pagal JAV valstijų privatumo įstatymus reklaminių slapukų naudojimas gali būti laikomas jūsų asmens duomenų pardavimu ar bendrinimu. Bet kada galite to atsisakyti.',
  privacyChoices: 'Jūsų privatumo pasirinkimai',
  doNotSell: 'Neparduoti ir nebendrinti mano asmens duomenų',
  optOutHonored: 'Atsisakymo prašymas įvykdytas',
  optOutPurposesLabel: 'Įjungti, nebent juos išjungsite:',
  declaration: {
    cookies: 'Slapukai ir saugykla',
    name: 'Pavadinimas',
    provider: 'Teikėjas',
    purpose: 'Paskirtis',
    lifetime: 'Galiojimo laikas',
    type: 'Tipas',
    cookie: 'Slapukas',
    storage: 'Vietinė saugykla',
    session: 'Iki naršyklės uždarymo',
    persistent: 'Iki ištrynimo',
    privacyPolicy: 'Privatumo politika',
    yourChoices: 'Jūsų pasirinkimai',
    decidedOn: 'Pasirinkimo data',
    notDecided: 'Jūs dar nieko nepasirinkote.',
    allowed: 'Leidžiama',
    notAllowed: 'Neleidžiama',
    change: 'Keisti pasirinkimą',
    purposes: {
      visitorId: 'Atpažįsta jūsų naršyklę kitų apsilankymų metu',
      session: 'Seka dabartinį apsilankymą',
      adMeasurement: 'Matuoja, ar reklama paskatino apsilankymus ar pirkimus',
      adTargeting: 'Rodo jums reklamą pagal jūsų pomėgius',
      consent: 'Išsaugo jūsų pasirinkimą dėl šios paslaugos',
      settings: 'Įsimena jūsų šios paslaugos nustatymus',
      security: 'Apsaugo nuo sukčiavimo ir piktnaudžiavimo',
      technical: 'Užtikrina paslaugos veikimą',
      chat: 'Palaiko jūsų pokalbio tęstinumą',
    },
  },
  categories: {
    necessary: {
      label: 'Būtinieji',
      description:
        'Reikalingi, kad svetainė veiktų: jie palaiko jūsų prisijungimą, įsimena jūsų pirkinių krepšelį ir slapukų pasirinkimus bei apsaugo nuo sukčiavimo. Jų išjungti negalima.',
    },
    analytics: {
      label: 'Analitiniai',
      description:
        'Skaičiuoja apsilankymus ir srauto šaltinius, kad galėtume vertinti ir gerinti svetainės veikimą. Informacija apibendrinama ir nenaudojama jūsų tapatybei nustatyti.',
    },
    functionality: {
      label: 'Funkciniai',
      description:
        'Įsimena jūsų pasirinkimus, pavyzdžiui, kalbą ar regioną, ir leidžia naudotis papildomomis funkcijomis, tokiomis kaip įterpti vaizdo įrašai, žemėlapiai ir pokalbių langas.',
    },
    targeting: {
      label: 'Reklaminiai',
      description:
        'Juos naudojame mes arba mūsų reklamos partneriai, siekdami sudaryti jūsų pomėgių profilį ir rodyti jums aktualią reklamą kitose svetainėse. Jie taip pat riboja, kaip dažnai matote tą pačią reklamą, ir matuoja reklamos kampanijų veiksmingumą.',
    },
  },
};

export default lt;
