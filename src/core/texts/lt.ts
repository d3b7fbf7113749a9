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
