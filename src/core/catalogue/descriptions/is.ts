import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in is. */
const isDescriptions: ServiceDescriptions = {
  'google-analytics':
    "Telur heimsóknir og skráir hvaða síður þú skoðar og hvernig þú komst á vefinn, svo að við sjáum hvernig hann er notaður og getum bætt hann.",
  'google-tag-manager':
    "Hleður inn öðrum verkfærum sem vefurinn notar, t.d. tölfræði- eða auglýsingamerkjum, samkvæmt reglum sem við setjum. Google fær IP-tölu þína og upplýsingar um vafrann þinn þegar það hleðst inn.",
  'google-ads':
    "Mælir hvort Google-auglýsingar okkar leiði til heimsókna og kaupa á þessum vef og gerir Google kleift að sýna þér auglýsingar okkar aftur á öðrum vefjum út frá heimsókn þinni.",
  'meta-pixel':
    "Lætur Meta vita hvaða síður þú skoðar og hvað þú gerir á þessum vef, svo að við getum mælt auglýsingar okkar á Facebook og Instagram og sýnt þær þér og fólki með svipuð áhugamál.",
  'clarity':
    "Skráir hvernig þú smellir, flettir og ferð um síðurnar okkar og býr til upptökur af lotum og hitakort sem hjálpa okkur að finna og laga vandamál á vefnum.",
  'microsoft-ads':
    "Mælir hvort auglýsingar okkar á Bing og í annarri þjónustu Microsoft leiði til heimsókna og kaupa á þessum vef og gerir Microsoft kleift að sýna þér auglýsingar okkar aftur síðar.",
  'hotjar':
    "Skráir hvernig gestir hreyfa sig, smella og fletta á síðum, til að sýna hitakort og upptökur af heimsóknum sem hjálpa okkur að bæta vefinn.",
  'matomo':
    "Telur heimsóknir, skoðaðar síður og hvaðan gestir koma og þekkir vafra sem koma aftur, svo að við sjáum hvernig vefurinn er notaður og getum bætt hann.",
  'plausible':
    "Telur síðuflettingar, hvaðan gestir koma og hvaða tæki þeir nota, en notar engar vafrakökur og vistar ekki IP-tölur. Við sjáum aðeins heildartölur, ekki einstaka gesti.",
  'linkedin-insight':
    "Lætur LinkedIn vita hvaða síður okkar þú heimsækir og hvað þú gerir á þeim, svo að við getum mælt auglýsingar okkar á LinkedIn og sýnt þær fólki sem hefur heimsótt þennan vef.",
  'tiktok-pixel':
    "Lætur TikTok vita hvaða síður okkar þú heimsækir og hvað þú gerir á þeim, svo að við getum mælt auglýsingar okkar á TikTok og sýnt þær fólki sem hefur heimsótt þennan vef.",
  'pinterest-tag':
    "Lætur Pinterest vita hvaða síður okkar þú heimsækir og hvað þú gerir á þeim, svo að við getum mælt auglýsingar okkar á Pinterest og sýnt þær fólki sem hefur heimsótt þennan vef.",
  'hubspot':
    "Skráir síðurnar sem þú skoðar og tengir þær við samskiptaupplýsingarnar sem þú gefur okkur í eyðublaði, svo við sjáum hvernig gestir finna okkur og getum fylgt fyrirspurnum eftir.",
  'intercom':
    "Keyrir spjallgluggann á síðunum okkar svo þú getir sent okkur skilaboð. Það þekkir vafrann þinn svo þú getir haldið áfram fyrri samtölum.",
  'youtube':
    "Spilar myndskeið frá YouTube á síðunum okkar. Google fær IP-töluna þína og upplýsingar um hvaða myndskeið þú horfir á og setur vafrakökur til að muna stillingarnar þínar.",
  'vimeo':
    "Spilar myndskeið sem við hýsum á Vimeo. Vimeo fær IP-töluna þína og setur vafrakökur til að muna spilarastillingarnar þínar og telja áhorf fyrir okkur.",
  'google-maps':
    "Birtir gagnvirk kort frá Google á síðunum okkar. Google fær IP-töluna þína og það svæði kortsins sem þú skoðar og getur sett vafrakökur til að muna stillingarnar þínar.",
};

export default isDescriptions;
