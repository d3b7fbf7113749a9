import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in ga. */
const ga: ServiceDescriptions = {
  'google-analytics':
    "Comhaireann sé cuairteanna agus taifeadann sé na leathanaigh a fheiceann tú agus conas a tháinig tú chuig an suíomh, ionas gur féidir linn a fheiceáil conas a úsáidtear an suíomh agus é a fheabhsú.",
  'google-tag-manager':
    "Lódálann sé na huirlisí eile a úsáideann an suíomh seo, mar chlibeanna anailísíochta nó fógraíochta, de réir rialacha a shocraímid. Faigheann Google do sheoladh IP agus sonraí faoi do bhrabhsálaí nuair a lódáiltear é.",
  'google-ads':
    "Tomhaiseann sé an mbíonn cuairteanna agus ceannacháin ar an suíomh seo mar thoradh ar ár bhfógraí Google, agus ligeann sé do Google ár bhfógraí a thaispeáint duit arís ar shuímh eile bunaithe ar do chuairt.",
  'meta-pixel':
    "Cuireann sé in iúl do Meta na leathanaigh a dtugann tú cuairt orthu agus na gníomhartha a dhéanann tú ar an suíomh seo, ionas gur féidir linn ár bhfógraí ar Facebook agus Instagram a thomhas agus iad a thaispeáint duitse agus do dhaoine a bhfuil spéiseanna cosúla acu.",
  'clarity':
    "Taifeadann sé conas a chliceálann tú, a scrollaíonn tú agus a bhogann tú trínár leathanaigh, chun athsheinm seisiún agus teasmhapaí a chruthú a chabhraíonn linn fadhbanna ar an suíomh a aimsiú agus a réiteach.",
  'microsoft-ads':
    "Tomhaiseann sé an mbíonn cuairteanna agus ceannacháin ar an suíomh seo mar thoradh ar ár bhfógraí ar Bing agus ar sheirbhísí eile de chuid Microsoft, agus ligeann sé do Microsoft ár bhfógraí a thaispeáint duit arís níos déanaí.",
  'hotjar':
    "Taifeadann sé conas a bhogann cuairteoirí, cá gcliceálann siad agus conas a scrollaíonn siad ar leathanaigh, chun teasmhapaí agus athsheinm seisiún a thaispeáint a chabhraíonn linn an suíomh a fheabhsú.",
  'matomo':
    "Comhaireann sé cuairteanna, na leathanaigh a bhreathnaítear orthu agus cá as a dtagann cuairteoirí, agus aithníonn sé brabhsálaithe a fhilleann, ionas gur féidir linn a fheiceáil conas a úsáidtear an suíomh agus é a fheabhsú.",
  'plausible':
    "Comhaireann sé amharcanna leathanaigh, cá as a dtagann cuairteoirí agus na gléasanna a úsáideann siad, ach ní úsáideann sé fianáin ná ní stórálann sé seoltaí IP. Ní fheicimid ach iomláin, ní cuairteoirí aonair.",
  'linkedin-insight':
    "Insíonn sé do LinkedIn cé na leathanaigh dár gcuid a dtugann tú cuairt orthu agus cad a dhéanann tú orthu, ionas gur féidir linn ár bhfógraí ar LinkedIn a thomhas agus iad a thaispeáint do dhaoine a thug cuairt ar an suíomh seo.",
  'tiktok-pixel':
    "Insíonn sé do TikTok cé na leathanaigh dár gcuid a dtugann tú cuairt orthu agus cad a dhéanann tú orthu, ionas gur féidir linn ár bhfógraí ar TikTok a thomhas agus iad a thaispeáint do dhaoine a thug cuairt ar an suíomh seo.",
  'pinterest-tag':
    "Insíonn sé do Pinterest cé na leathanaigh dár gcuid a dtugann tú cuairt orthu agus cad a dhéanann tú orthu, ionas gur féidir linn ár bhfógraí ar Pinterest a thomhas agus iad a thaispeáint do dhaoine a thug cuairt ar an suíomh seo.",
  'hubspot':
    "Taifeadann sé na leathanaigh a dtugann tú cuairt orthu agus nascann sé iad leis na sonraí teagmhála a thugann tú dúinn i bhfoirm, ionas go bhfeicfimid conas a aimsíonn cuairteoirí sinn agus go leanfaimid suas ar fhiosruithe.",
  'intercom':
    "Ritheann sé an fhuinneog chomhrá ar ár leathanaigh ionas gur féidir leat teachtaireacht a sheoladh chugainn. Aithníonn sé do bhrabhsálaí ionas gur féidir leat filleadh ar chomhráite roimhe seo.",
  'youtube':
    "Seinneann sé físeáin ó YouTube ar ár leathanaigh. Faigheann Google do sheoladh IP agus na físeáin a fhéachann tú orthu, agus socraíonn sé fianáin chun do shocruithe a mheabhrú.",
  'vimeo':
    "Seinneann sé físeáin a óstálaimid ar Vimeo. Faigheann Vimeo do sheoladh IP agus socraíonn sé fianáin chun socruithe do sheinnteora a mheabhrú agus amhairc a chomhaireamh dúinn.",
  'google-maps':
    "Taispeánann sé léarscáileanna idirghníomhacha ó Google ar ár leathanaigh. Faigheann Google do sheoladh IP agus an limistéar den léarscáil a fhéachann tú air, agus féadfaidh sé fianáin a shocrú chun do shocruithe a mheabhrú.",
};

export default ga;
