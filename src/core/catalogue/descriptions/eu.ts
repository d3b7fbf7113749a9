import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in eu. */
const eu: ServiceDescriptions = {
  'google-analytics':
    "Bisitak zenbatzen ditu eta zer orri ikusten dituzun eta nola iritsi zaren erregistratzen du, webgunea nola erabiltzen den ikusi eta hobetu ahal izateko.",
  'google-tag-manager':
    "Webgune honek erabiltzen dituen beste tresnak kargatzen ditu, hala nola analitika- edo publizitate-etiketak, guk ezarritako arauen arabera. Kargatzean, Googlek zure IP helbidea eta nabigatzailearen datuak jasotzen ditu.",
  'google-ads':
    "Google-en ditugun iragarkiek webgune honetan bisitak eta erosketak eragiten dituzten neurtzen du, eta zure bisitan oinarrituta beste webgune batzuetan gure iragarkiak berriro erakusteko aukera ematen dio Googleri.",
  'meta-pixel':
    "Webgune honetan bisitatzen dituzun orrien eta egiten dituzun ekintzen berri ematen dio Metari, Facebooken eta Instagramen ditugun iragarkiak neurtu eta zuri eta antzeko interesak dituzten pertsonei erakutsi ahal izateko.",
  'clarity':
    "Gure orrietan klik egiteko, korritzeko eta mugitzeko duzun modua erregistratzen du, eta saioen grabazioak eta bero-mapak sortzen ditu, webguneko arazoak aurkitu eta konpontzen laguntzen digutenak.",
  'microsoft-ads':
    "Bing-en eta Microsoften beste zerbitzu batzuetan ditugun iragarkiek webgune honetan bisitak eta erosketak eragiten dituzten neurtzen du, eta gure iragarkiak geroago berriro erakusteko aukera ematen dio Microsofti.",
  'hotjar':
    "Bisitariak orrietan nola mugitzen diren, non klik egiten duten eta nola korritzen duten erregistratzen du, webgunea hobetzen laguntzen diguten bero-mapak eta saioen grabazioak erakusteko.",
  'matomo':
    "Bisitak, ikusitako orriak eta bisitariak nondik datozen zenbatzen ditu, eta itzultzen diren nabigatzaileak ezagutzen ditu, webgunea nola erabiltzen den ikusi eta hobetu ahal izateko.",
  'plausible':
    "Orri-ikustaldiak, bisitariak nondik datozen eta zer gailu erabiltzen dituzten zenbatzen ditu, cookierik gabe eta IP helbiderik gorde gabe. Guztizkoak baino ez ditugu ikusten, ez bisitari bakoitza.",
  'linkedin-insight':
    "Gure zer orri bisitatzen dituzun eta haietan zer egiten duzun jakinarazten dio LinkedIn-i, LinkedIn-eko gure iragarkiak neurtu eta webgune hau bisitatu duten pertsonei erakutsi ahal izateko.",
  'tiktok-pixel':
    "Gure zer orri bisitatzen dituzun eta haietan zer egiten duzun jakinarazten dio TikTok-i, TikTok-eko gure iragarkiak neurtu eta webgune hau bisitatu duten pertsonei erakutsi ahal izateko.",
  'pinterest-tag':
    "Gure zer orri bisitatzen dituzun eta haietan zer egiten duzun jakinarazten dio Pinterest-i, Pinterest-eko gure iragarkiak neurtu eta webgune hau bisitatu duten pertsonei erakutsi ahal izateko.",
  'hubspot':
    "Bisitatzen dituzun orriak erregistratzen ditu eta inprimaki batean ematen dizkiguzun harremanetarako datuekin lotzen ditu, bisitariek nola aurkitzen gaituzten ikusteko eta kontsultei jarraipena egiteko.",
  'intercom':
    "Gure orrietako txat-leihoa abiarazten du, guri idatzi ahal izateko. Zure nabigatzailea ezagutzen du, lehengo elkarrizketetara itzul zaitezen.",
  'youtube':
    "YouTubeko bideoak erreproduzitzen ditu gure orrietan. Googlek zure IP helbidea eta ikusten dituzun bideoak jasotzen ditu, eta cookieak ezartzen ditu zure ezarpenak gogoratzeko.",
  'vimeo':
    "Vimeon ostatatzen ditugun bideoak erreproduzitzen ditu. Vimeok zure IP helbidea jasotzen du eta cookieak ezartzen ditu zure erreproduzigailuaren ezarpenak gogoratzeko eta guretzat ikustaldiak zenbatzeko.",
  'google-maps':
    "Googleren mapa interaktiboak erakusten ditu gure orrietan. Googlek zure IP helbidea eta ikusten duzun maparen eremua jasotzen ditu, eta cookieak ezar ditzake zure ezarpenak gogoratzeko.",
};

export default eu;
