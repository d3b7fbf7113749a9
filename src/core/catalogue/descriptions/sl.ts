import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in sl. */
const sl: ServiceDescriptions = {
  'google-analytics':
    "Šteje obiske in beleži, katere strani si ogledate in kako ste prišli na spletno mesto, da lahko vidimo, kako se uporablja, in ga izboljšamo.",
  'google-tag-manager':
    "Naloži druga orodja, ki jih uporablja to spletno mesto, na primer analitične ali oglaševalske oznake, po pravilih, ki jih določimo. Ob nalaganju Google prejme vaš naslov IP in podatke o vašem brskalniku.",
  'google-ads':
    "Meri, ali naši oglasi v Googlu vodijo do obiskov in nakupov na tem spletnem mestu, ter Googlu omogoča, da vam na podlagi vašega obiska naše oglase znova prikaže na drugih spletnih mestih.",
  'meta-pixel':
    "Družbi Meta sporoča, katere strani obiščete in kaj počnete na tem spletnem mestu, da lahko merimo svoje oglase na Facebooku in Instagramu ter jih prikazujemo vam in ljudem s podobnimi interesi.",
  'clarity':
    "Beleži, kako klikate, se pomikate in premikate po naših straneh, ter ustvarja posnetke sej in toplotne zemljevide, ki nam pomagajo najti in odpraviti težave na spletnem mestu.",
  'microsoft-ads':
    "Meri, ali naši oglasi v Bingu in drugih Microsoftovih storitvah vodijo do obiskov in nakupov na tem spletnem mestu, ter Microsoftu omogoča, da vam naše oglase pozneje znova prikaže.",
  'hotjar':
    "Beleži, kako se obiskovalci premikajo po straneh, kam kliknejo in kako se pomikajo, da prikaže toplotne zemljevide in posnetke sej, ki nam pomagajo izboljševati spletno mesto.",
  'matomo':
    "Šteje obiske, ogledane strani in od kod prihajajo obiskovalci ter prepozna brskalnike, ki se vračajo, da vidimo, kako se spletno mesto uporablja, in ga lahko izboljšujemo.",
  'plausible':
    "Šteje oglede strani, od kod prihajajo obiskovalci in katere naprave uporabljajo, brez piškotkov in brez shranjevanja naslovov IP. Vidimo le skupne številke, ne posameznih obiskovalcev.",
  'linkedin-insight':
    "Platformi LinkedIn sporoča, katere naše strani obiščete in kaj na njih počnete, da lahko merimo svoje oglase na platformi LinkedIn in jih prikazujemo ljudem, ki so obiskali to spletno mesto.",
  'tiktok-pixel':
    "Platformi TikTok sporoča, katere naše strani obiščete in kaj na njih počnete, da lahko merimo svoje oglase na platformi TikTok in jih prikazujemo ljudem, ki so obiskali to spletno mesto.",
  'pinterest-tag':
    "Platformi Pinterest sporoča, katere naše strani obiščete in kaj na njih počnete, da lahko merimo svoje oglase na platformi Pinterest in jih prikazujemo ljudem, ki so obiskali to spletno mesto.",
  'hubspot':
    "Beleži strani, ki jih obiščete, in jih poveže s kontaktnimi podatki, ki nam jih posredujete v obrazcu, da vidimo, kako nas obiskovalci najdejo, in lahko odgovorimo na povpraševanja.",
  'intercom':
    "Poganja okno za klepet na naših straneh, da nam lahko pišete. Prepozna vaš brskalnik, da se lahko vrnete k prejšnjim pogovorom.",
  'youtube':
    "Predvaja videoposnetke z YouTuba na naših straneh. Google prejme vaš naslov IP in podatke o tem, katere videoposnetke gledate, ter nastavi piškotke, da si zapomni vaše nastavitve.",
  'vimeo':
    "Predvaja videoposnetke, ki jih gostimo na Vimeu. Vimeo prejme vaš naslov IP in nastavi piškotke, da si zapomni nastavitve vašega predvajalnika in za nas šteje oglede.",
  'google-maps':
    "Prikazuje Googlove interaktivne zemljevide na naših straneh. Google prejme vaš naslov IP in območje zemljevida, ki si ga ogledujete, ter lahko nastavi piškotke, da si zapomni vaše nastavitve.",
};

export default sl;
