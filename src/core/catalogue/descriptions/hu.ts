import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in hu. */
const hu: ServiceDescriptions = {
  'google-analytics':
    "Megszámolja a látogatásokat, és rögzíti, hogy mely oldalakat tekinti meg, és honnan érkezett, hogy lássuk, hogyan használják a webhelyet, és javíthassunk rajta.",
  'google-tag-manager':
    "Betölti a webhely által használt többi eszközt, például a statisztikai vagy hirdetési címkéket, az általunk megadott szabályok szerint. Betöltésekor a Google megkapja az Ön IP-címét és böngészőjének adatait.",
  'google-ads':
    "Méri, hogy Google-hirdetéseink vezetnek-e látogatásokhoz és vásárlásokhoz ezen a webhelyen, és lehetővé teszi, hogy a Google a látogatása alapján más webhelyeken újra megjelenítse Önnek hirdetéseinket.",
  'meta-pixel':
    "Továbbítja a Meta felé, hogy mely oldalakat keresi fel, és milyen műveleteket végez ezen a webhelyen, hogy mérni tudjuk Facebook- és Instagram-hirdetéseinket, és megjeleníthessük őket Önnek és a hasonló érdeklődésű embereknek.",
  'clarity':
    "Rögzíti, hogyan kattint, görget és mozog oldalainkon, és ebből munkamenet-visszajátszásokat és hőtérképeket készít, amelyek segítenek megtalálni és kijavítani a webhely hibáit.",
  'microsoft-ads':
    "Méri, hogy a Bingen és más Microsoft-szolgáltatásokban megjelenő hirdetéseink vezetnek-e látogatásokhoz és vásárlásokhoz ezen a webhelyen, és lehetővé teszi, hogy a Microsoft később újra megjelenítse Önnek hirdetéseinket.",
  'hotjar':
    "Rögzíti, hogyan mozognak, hová kattintanak és hogyan görgetnek a látogatók az oldalakon, hogy hőtérképeket és munkamenet-visszajátszásokat mutasson, amelyek segítenek a webhely fejlesztésében.",
  'matomo':
    "Megszámolja a látogatásokat, a megtekintett oldalakat és azt, honnan érkeznek a látogatók, valamint felismeri a visszatérő böngészőket, hogy lássuk, hogyan használják a webhelyet, és fejleszthessük.",
  'plausible':
    "Megszámolja az oldalmegtekintéseket, azt, honnan érkeznek a látogatók, és milyen eszközöket használnak, sütik és IP-címek tárolása nélkül. Csak összesített számokat látunk, egyes látogatókat nem.",
  'linkedin-insight':
    "Jelzi a LinkedIn szolgáltatásnak, hogy mely oldalainkat látogatja meg, és mit tesz rajtuk, hogy mérni tudjuk a LinkedIn-hirdetéseinket, és megjeleníthessük őket azoknak, akik már jártak ezen a webhelyen.",
  'tiktok-pixel':
    "Jelzi a TikTok szolgáltatásnak, hogy mely oldalainkat látogatja meg, és mit tesz rajtuk, hogy mérni tudjuk a TikTok-hirdetéseinket, és megjeleníthessük őket azoknak, akik már jártak ezen a webhelyen.",
  'pinterest-tag':
    "Jelzi a Pinterest szolgáltatásnak, hogy mely oldalainkat látogatja meg, és mit tesz rajtuk, hogy mérni tudjuk a Pinterest-hirdetéseinket, és megjeleníthessük őket azoknak, akik már jártak ezen a webhelyen.",
  'hubspot':
    "Rögzíti az Ön által meglátogatott oldalakat, és összekapcsolja őket azokkal az elérhetőségekkel, amelyeket Ön egy űrlapon megad nekünk, így láthatjuk, hogyan találnak ránk a látogatók, és nyomon követhetjük a megkereséseket.",
  'intercom':
    "Ez működteti az oldalainkon a csevegőablakot, hogy Ön üzenetet küldhessen nekünk. Felismeri az Ön böngészőjét, így visszatérhet a korábbi beszélgetésekhez.",
  'youtube':
    "YouTube-videókat játszik le az oldalainkon. A Google megkapja az Ön IP-címét és azt, hogy mely videókat nézi meg, és sütiket helyez el a beállításai megjegyzéséhez.",
  'vimeo':
    "Lejátssza a Vimeón tárolt videóinkat. A Vimeo megkapja az Ön IP-címét, és sütiket helyez el, hogy megjegyezze az Ön lejátszóbeállításait, és megszámolja nekünk a megtekintéseket.",
  'google-maps':
    "A Google interaktív térképeit jeleníti meg az oldalainkon. A Google megkapja az Ön IP-címét és a megtekintett térképrészletet, és sütiket helyezhet el a beállításai megjegyzéséhez.",
};

export default hu;
