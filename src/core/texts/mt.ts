import type { Texts } from './texts.js';

/** Maltese (Malti). */
const mt: Texts = {
  lang: 'mt',
  bannerTitle: 'L-għażliet tiegħek dwar il-privatezza',
  bannerDescription:
    'Nużaw cookies li huma strettament meħtieġa biex dan is-sit jaħdem. Bil-kunsens tiegħek, nixtiequ nużaw ukoll cookies fakultattivi għall-finijiet imniżżla hawn taħt. Tista’ tibdel l-għażla tiegħek meta trid fl-issettjar tal-cookies.',
  purposesLabel: 'Cookies fakultattivi:',
  policyLink: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  preferencesTitle: 'Issettjar tal-cookies',
  preferencesDescription:
    'Agħżel liema cookies jista’ juża dan is-sit. Il-cookies strettament meħtieġa huma dejjem attivi għax is-sit ma jistax jaħdem mingħajrhom. L-għażla tiegħek tapplika għal dan is-sit biss u tista’ tibdilha meta trid.',
  save: 'Issejvja l-għażliet tiegħi',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem attivi',
  gpcNotice: 'Nirrispettaw is-sinjal Global Privacy Control tal-browser tiegħek: il-cookies tar-reklamar immirat jibqgħu mitfija.',
  settingsButton: 'Issettjar tal-cookies',
  consentId: 'L-ID tal-kunsens tiegħek',
  placeholderNotice: 'Dan il-kontenut huwa mblukkat għax juża cookies tal-kategorija “{category}”.',
  loadOnce: 'Għabbi din id-darba',
  allowCategory: 'Ippermetti “{category}”',
  optOutDescription:
    'Nużaw cookies u teknoloġiji simili għall-analitika, il-funzjonalità u r-reklamar. Skont il-liġijiet tal-privatezza tal-istati Amerikani, il-cookies tar-reklamar immirat jistgħu jitqiesu bħala bejgħ jew qsim tal-informazzjoni personali tiegħek. Tista’ tirrifjuta dan meta trid.',
  privacyChoices: 'L-għażliet tiegħek dwar il-privatezza',
  doNotSell: 'Tbigħux u taqsmux l-informazzjoni personali tiegħi',
  optOutHonored: 'It-talba ta’ rifjut ġiet rispettata',
  optOutPurposesLabel: 'Attivi sakemm ma titfihomx:',
  declaration: {
    cookies: 'Cookies u ħażna',
    name: 'Isem',
    provider: 'Fornitur',
    purpose: 'Għan',
    lifetime: 'Tul ta’ żmien',
    type: 'Tip',
    cookie: 'Cookie',
    storage: 'Ħażna lokali',
    session: 'Sakemm jingħalaq il-browser',
    persistent: 'Sakemm titħassar',
    privacyPolicy: 'Politika tal-privatezza',
    yourChoices: 'L-għażliet tiegħek',
    decidedOn: 'Data tal-għażla',
    notDecided: 'Għadek ma għamiltx għażla.',
    allowed: 'Permess',
    notAllowed: 'Mhux permess',
    change: 'Ibdel l-għażliet tiegħi',
    purposes: {
      visitorId: 'Jagħraf il-browser tiegħek f’żjarat oħra',
      session: 'Iżomm rekord taż-żjara attwali',
      adMeasurement: 'Ikejjel jekk ir-reklami wasslux għal żjarat jew xiri',
      adTargeting: 'Juruk reklami skont l-interessi tiegħek',
      consent: 'Jaħżen l-għażla tiegħek għal dan is-servizz',
      settings: 'Jiftakar l-issettjar tiegħek għal dan is-servizz',
      security: 'Jipproteġi kontra l-frodi u l-abbuż',
      technical: 'Iżomm is-servizz jaħdem',
      chat: 'Iżomm il-konversazzjoni tiegħek għaddejja',
    },
  },
  categories: {
    necessary: {
      label: 'Strettament meħtieġa',
      description:
        'Meħtieġa biex is-sit jaħdem: iżommuk dieħel fil-kont tiegħek, jiftakru l-basket tax-xiri u l-għażliet tiegħek dwar il-cookies, u jipproteġu kontra l-frodi. Ma jistgħux jintfew.',
    },
    analytics: {
      label: 'Analitika',
      description:
        'Jgħoddu ż-żjarat u s-sorsi tat-traffiku biex inkunu nistgħu nkejlu u ntejbu l-prestazzjoni tas-sit. L-informazzjoni tinġabar b’mod aggregat u ma tintużax biex tidentifikak.',
    },
    functionality: {
      label: 'Funzjonalità',
      description:
        'Jiftakru l-għażliet li tagħmel, pereżempju l-lingwa jew ir-reġjun, u jippermettu funzjonijiet avvanzati, bħal vidjows integrati, mapep u chat.',
    },
    targeting: {
      label: 'Reklamar immirat',
      description:
        'Jitqiegħdu minna jew mis-sħab tar-reklamar tagħna biex jibnu profil tal-interessi tiegħek u juruk reklami rilevanti f’siti oħra. Jillimitaw ukoll kemm-il darba tara l-istess reklam u jkejlu l-effettività tal-kampanji.',
    },
  },
};

export default mt;
