import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in et. */
const et: ServiceDescriptions = {
  'google-analytics':
    "Loendab külastusi ja salvestab, milliseid lehti te vaatate ja kuidas saidile jõudsite, et saaksime näha, kuidas veebisaiti kasutatakse, ja seda parandada.",
  'google-tag-manager':
    "Laadib teisi tööriistu, mida see veebisait kasutab, näiteks statistika- või reklaamimärgiseid, meie määratud reeglite järgi. Laadimisel saab Google teie IP-aadressi ja andmed teie brauseri kohta.",
  'google-ads':
    "Mõõdab, kas meie Google’i reklaamid toovad sellele veebisaidile külastusi ja oste, ning võimaldab Google’il teie külastuse põhjal teile meie reklaame teistel veebisaitidel uuesti näidata.",
  'meta-pixel':
    "Edastab Metale, milliseid lehti te sellel veebisaidil külastate ja mida seal teete, et saaksime mõõta oma reklaame Facebookis ja Instagramis ning näidata neid teile ja sarnaste huvidega inimestele.",
  'clarity':
    "Salvestab, kuidas te meie lehtedel klõpsate, kerite ja liigute, ning loob seansisalvestised ja soojuskaardid, mis aitavad meil saidi probleeme leida ja parandada.",
  'microsoft-ads':
    "Mõõdab, kas meie reklaamid Bingis ja teistes Microsofti teenustes toovad sellele veebisaidile külastusi ja oste, ning võimaldab Microsoftil teile meie reklaame hiljem uuesti näidata.",
  'hotjar':
    "Salvestab, kuidas külastajad lehtedel liiguvad, klõpsavad ja kerivad, et näidata soojuskaarte ja seansside salvestisi, mis aitavad meil veebisaiti parandada.",
  'matomo':
    "Loendab külastusi, vaadatud lehti ja seda, kust külastajad tulevad, ning tunneb ära tagasi tulevad brauserid, et saaksime näha, kuidas veebisaiti kasutatakse, ja seda parandada.",
  'plausible':
    "Loendab lehevaatamisi, seda, kust külastajad tulevad ja milliseid seadmeid nad kasutavad, ilma küpsisteta ja IP-aadresse salvestamata. Näeme ainult koondarve, mitte üksikuid külastajaid.",
  'linkedin-insight':
    "Annab teenusele LinkedIn teada, milliseid meie lehti te külastate ja mida te neil teete, et saaksime mõõta oma reklaame teenuses LinkedIn ja näidata neid inimestele, kes on seda veebisaiti külastanud.",
  'tiktok-pixel':
    "Annab teenusele TikTok teada, milliseid meie lehti te külastate ja mida te neil teete, et saaksime mõõta oma reklaame teenuses TikTok ja näidata neid inimestele, kes on seda veebisaiti külastanud.",
  'pinterest-tag':
    "Annab teenusele Pinterest teada, milliseid meie lehti te külastate ja mida te neil teete, et saaksime mõõta oma reklaame teenuses Pinterest ja näidata neid inimestele, kes on seda veebisaiti külastanud.",
  'hubspot':
    "Salvestab lehed, mida te külastate, ja seob need kontaktandmetega, mille te meile vormis esitate, et näeksime, kuidas külastajad meid leiavad, ja saaksime päringutele vastata.",
  'intercom':
    "Käitab meie lehtedel vestlusakent, et saaksite meile kirjutada. See tunneb teie brauseri ära, et saaksite varasemate vestluste juurde naasta.",
  'youtube':
    "Esitab meie lehtedel YouTube’i videoid. Google saab teie IP-aadressi ja teabe selle kohta, milliseid videoid te vaatate, ning salvestab küpsiseid, et teie seadeid meeles pidada.",
  'vimeo':
    "Esitab videoid, mida hoiame Vimeos. Vimeo saab teie IP-aadressi ja salvestab küpsiseid, et meeles pidada teie pleieri seadeid ja loendada meie jaoks vaatamisi.",
  'google-maps':
    "Kuvab meie lehtedel Google’i interaktiivseid kaarte. Google saab teie IP-aadressi ja kaardiala, mida te vaatate, ning võib salvestada küpsiseid, et teie seadeid meeles pidada.",
};

export default et;
