import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in mt. */
const mt: ServiceDescriptions = {
  'google-analytics':
    "Jgħodd iż-żjarat u jirreġistra liema paġni tara u kif wasalt fis-sit, biex inkunu nafu kif jintuża s-sit u ntejbuh.",
  'google-tag-manager':
    "Jgħabbi l-għodod l-oħra li juża dan is-sit, bħal tags tal-analitika jew tar-reklamar, skont regoli li nistabbilixxu aħna. Meta jitgħabba, Google tirċievi l-indirizz IP tiegħek u dettalji dwar il-browser tiegħek.",
  'google-ads':
    "Ikejjel jekk ir-reklami tagħna fuq Google iwasslux għal żjarat u xiri f’dan is-sit, u jħalli lil Google turik ir-reklami tagħna mill-ġdid f’siti oħra abbażi taż-żjara tiegħek.",
  'meta-pixel':
    "Jirrapporta lil Meta l-paġni li żżur u l-azzjonijiet li tagħmel f’dan is-sit, biex inkunu nistgħu nkejlu r-reklami tagħna fuq Facebook u Instagram u nurukhom lilek u lil nies b’interessi simili.",
  'clarity':
    "Jirreġistra kif tikklikkja, tiskrollja u tiċċaqlaq fil-paġni tagħna, u joħloq reġistrazzjonijiet tas-sessjonijiet u heatmaps li jgħinuna nsibu u nsolvu problemi fis-sit.",
  'microsoft-ads':
    "Ikejjel jekk ir-reklami tagħna fuq Bing u servizzi oħra ta’ Microsoft iwasslux għal żjarat u xiri f’dan is-sit, u jħalli lil Microsoft turik ir-reklami tagħna mill-ġdid aktar tard.",
  'hotjar':
    "Jirreġistra kif il-viżitaturi jiċċaqalqu, jikklikkjaw u jiskrolljaw fil-paġni, biex juri mapep tas-sħana u reġistrazzjonijiet tas-sessjonijiet li jgħinuna ntejbu s-sit.",
  'matomo':
    "Jgħodd iż-żjarat, il-paġni li jintwerew u minn fejn jiġu l-viżitaturi, u jagħraf il-browsers li jerġgħu lura, biex inkunu nistgħu naraw kif jintuża s-sit u ntejbuh.",
  'plausible':
    "Jgħodd il-veduti tal-paġni, minn fejn jiġu l-viżitaturi u liema apparati jużaw, mingħajr cookies u mingħajr ma jaħżen indirizzi IP. Aħna naraw biss it-totali, mhux viżitaturi individwali.",
  'linkedin-insight':
    "Jgħarraf lil LinkedIn liema paġni tagħna żżur u x’tagħmel fihom, biex inkunu nistgħu nkejlu r-reklami tagħna fuq LinkedIn u nurihom lil persuni li żaru dan is-sit.",
  'tiktok-pixel':
    "Jgħarraf lil TikTok liema paġni tagħna żżur u x’tagħmel fihom, biex inkunu nistgħu nkejlu r-reklami tagħna fuq TikTok u nurihom lil persuni li żaru dan is-sit.",
  'pinterest-tag':
    "Jgħarraf lil Pinterest liema paġni tagħna żżur u x’tagħmel fihom, biex inkunu nistgħu nkejlu r-reklami tagħna fuq Pinterest u nurihom lil persuni li żaru dan is-sit.",
  'hubspot':
    "Jirreġistra l-paġni li żżur u jorbothom mad-dettalji ta’ kuntatt li tagħtina f’formola, biex naraw kif il-viżitaturi jsibuna u nsegwu l-mistoqsijiet.",
  'intercom':
    "Iħaddem it-tieqa taċ-chat fil-paġni tagħna biex tkun tista’ tibgħatilna messaġġ. Jagħraf il-browser tiegħek biex tkun tista’ terġa’ lura għal konversazzjonijiet preċedenti.",
  'youtube':
    "Iħaddem vidjows minn YouTube fil-paġni tagħna. Google jirċievi l-indirizz IP tiegħek u liema vidjows tara, u jqiegħed cookies biex jiftakar is-settings tiegħek.",
  'vimeo':
    "Iħaddem il-vidjows li nospitaw fuq Vimeo. Vimeo jirċievi l-indirizz IP tiegħek u jqiegħed cookies biex jiftakar is-settings tal-plejer tiegħek u jgħodd il-veduti għalina.",
  'google-maps':
    "Juri mapep interattivi minn Google fil-paġni tagħna. Google jirċievi l-indirizz IP tiegħek u ż-żona tal-mappa li tara, u jista’ jqiegħed cookies biex jiftakar is-settings tiegħek.",
};

export default mt;
