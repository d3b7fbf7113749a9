import type { Texts } from './texts.js';

/** Irish (Gaeilge). */
const ga: Texts = {
  lang: 'ga',
  bannerTitle: 'Do roghanna príobháideachais',
  bannerDescription:
    'Úsáidimid fianáin atá fíor-riachtanach chun go n-oibreoidh an suíomh seo. Le do thoiliú, ba mhaith linn fianáin roghnacha a úsáid freisin chun na gcuspóirí atá luaite thíos. Is féidir leat do rogha a athrú am ar bith sna socruithe fianán.',
  purposesLabel: 'Fianáin roghnacha:',
  policyLink: 'Beartas príobháideachais',
  acceptAll: 'Glac leo go léir',
  rejectAll: 'Diúltaigh dóibh go léir',
  customize: 'Saincheap',
  preferencesTitle: 'Socruithe fianán',
  preferencesDescription:
    'Roghnaigh na fianáin is féidir leis an suíomh seo a úsáid. Bíonn fianáin atá fíor-riachtanach ar siúl i gcónaí mar nach féidir leis an suíomh oibriú gan iad. Ní bhaineann do rogha ach leis an suíomh seo agus is féidir leat í a athrú am ar bith.',
  save: 'Sábháil mo roghanna',
  close: 'Dún',
  alwaysOn: 'Ar siúl i gcónaí',
  gpcNotice: 'Tugtar aird ar an gcomhartha Global Privacy Control ó do bhrabhsálaí: fanann fianáin fógraíochta múchta.',
  settingsButton: 'Socruithe fianán',
  consentId: 'D’aitheantas toilithe',
  placeholderNotice: 'Tá an t-ábhar seo bactha mar go n-úsáideann sé fianáin den chatagóir “{category}”.',
  loadOnce: 'Lódáil an uair seo amháin',
  allowCategory: 'Ceadaigh {category}',
  optOutDescription:
    'Úsáidimid fianáin agus teicneolaíochtaí den chineál céanna le haghaidh anailísíochta, feidhmiúlachta agus fógraíochta. Faoi dhlíthe príobháideachais i stáit SAM, d’fhéadfaí fianáin fógraíochta a áireamh mar dhíol nó mar chomhroinnt do chuid faisnéise pearsanta. Is féidir leat diúltú am ar bith.',
  privacyChoices: 'Do roghanna príobháideachais',
  doNotSell: 'Ná díol ná comhroinn mo chuid faisnéise pearsanta',
  optOutHonored: 'Comhlíonadh an t-iarratas ar dhiúltú',
  optOutPurposesLabel: 'Ar siúl mura múchann tú iad:',
  declaration: {
    cookies: 'Fianáin agus stóráil',
    name: 'Ainm',
    provider: 'Soláthraí',
    purpose: 'Cuspóir',
    lifetime: 'Tréimhse stórála',
    type: 'Cineál',
    cookie: 'Fianán',
    storage: 'Stóráil áitiúil',
    session: 'Go dtí go ndúntar an brabhsálaí',
    persistent: 'Go dtí go scriostar é',
    privacyPolicy: 'Beartas príobháideachais',
    yourChoices: 'Do roghanna',
    decidedOn: 'Rogha déanta ar',
    notDecided: 'Níl rogha déanta agat fós.',
    allowed: 'Ceadaithe',
    notAllowed: 'Gan cheadú',
    change: 'Athraigh mo roghanna',
    purposes: {
      visitorId: 'Aithníonn sé do bhrabhsálaí ar chuairteanna níos déanaí',
      session: 'Coinníonn sé súil ar an gcuairt reatha',
      adMeasurement: 'Tomhaiseann sé ar tháinig cuairteanna nó ceannacháin ó fhógraí',
      adTargeting: 'Taispeánann sé fógraí duit bunaithe ar do spéiseanna',
      consent: 'Stórálann sé do rogha don tseirbhís seo',
      settings: 'Cuimhníonn sé ar do shocruithe don tseirbhís seo',
      security: 'Cosnaíonn sé ar chalaois agus ar mhí-úsáid',
      technical: 'Coinníonn sé an tseirbhís ag obair',
      chat: 'Coinníonn sé do chomhrá ar siúl',
    },
  },
  categories: {
    necessary: {
      label: 'Fíor-riachtanach',
      description:
        'Tá siad riachtanach chun go n-oibreoidh an suíomh: coinníonn siad logáilte isteach thú, cuimhníonn siad ar do chiseán agus ar do roghanna fianán, agus cosnaíonn siad ar chalaois. Ní féidir iad a mhúchadh.',
    },
    analytics: {
      label: 'Anailísíocht',
      description:
        'Comhaireann siad cuairteanna agus foinsí tráchta ionas gur féidir linn feidhmíocht an tsuímh a thomhas agus a fheabhsú. Déantar an fhaisnéis a chomhiomlánú agus ní úsáidtear í chun tú a aithint.',
    },
    functionality: {
      label: 'Feidhmiúlacht',
      description:
        'Cuimhníonn siad ar na roghanna a dhéanann tú, mar shampla teanga nó réigiún, agus cumasaíonn siad gnéithe breise amhail físeáin leabaithe, léarscáileanna agus comhrá beo.',
    },
    targeting: {
      label: 'Fógraíocht',
      description:
        'Is muidne nó ár gcomhpháirtithe fógraíochta a shocraíonn iad chun próifíl de do chuid spéiseanna a chruthú agus fógraí ábhartha a thaispeáint duit ar shuímh eile. Cuireann siad srian freisin leis an líon uaireanta a fheiceann tú fógra ar leith, agus tomhaiseann siad éifeacht feachtas.',
    },
  },
};

export default ga;
