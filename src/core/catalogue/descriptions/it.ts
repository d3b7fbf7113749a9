import type { ServiceDescriptions } from '../catalogue.js';

/** The catalogue services' descriptions in it. */
const it: ServiceDescriptions = {
  'google-analytics':
    "Conta le visite e registra quali pagine visualizzi e da dove arrivi, così possiamo capire come viene usato il sito e migliorarlo.",
  'google-tag-manager':
    "Carica gli altri strumenti usati da questo sito, come i tag di analisi o pubblicitari, secondo regole da noi definite. Al caricamento, Google riceve il tuo indirizzo IP e informazioni sul tuo browser.",
  'google-ads':
    "Misura se i nostri annunci Google portano a visite e acquisti su questo sito e consente a Google di mostrarti di nuovo i nostri annunci su altri siti in base alla tua visita.",
  'meta-pixel':
    "Comunica a Meta le pagine che visiti e le azioni che compi su questo sito, per consentirci di misurare i nostri annunci su Facebook e Instagram e di mostrarli a te e a persone con interessi simili.",
  'clarity':
    "Registra come fai clic, scorri e ti muovi nelle nostre pagine, producendo registrazioni delle sessioni e mappe di calore che ci aiutano a individuare e risolvere i problemi del sito.",
  'microsoft-ads':
    "Misura se i nostri annunci su Bing e su altri servizi Microsoft portano a visite e acquisti su questo sito e consente a Microsoft di mostrarti di nuovo i nostri annunci in seguito.",
  'hotjar':
    "Registra come i visitatori si muovono, fanno clic e scorrono le pagine, per mostrare mappe di calore e registrazioni delle sessioni che ci aiutano a migliorare il sito.",
  'matomo':
    "Conta le visite, le pagine visualizzate e la provenienza dei visitatori e riconosce i browser che ritornano, per consentirci di vedere come viene usato il sito e di migliorarlo.",
  'plausible':
    "Conta le visualizzazioni di pagina, la provenienza dei visitatori e i dispositivi che usano, senza cookie e senza memorizzare indirizzi IP. Vediamo solo i totali, non i singoli visitatori.",
  'linkedin-insight':
    "Comunica a LinkedIn quali pagine del nostro sito visiti e cosa fai al loro interno, per consentirci di misurare i nostri annunci su LinkedIn e mostrarli a chi ha visitato questo sito.",
  'tiktok-pixel':
    "Comunica a TikTok quali pagine del nostro sito visiti e cosa fai al loro interno, per consentirci di misurare i nostri annunci su TikTok e mostrarli a chi ha visitato questo sito.",
  'pinterest-tag':
    "Comunica a Pinterest quali pagine del nostro sito visiti e cosa fai al loro interno, per consentirci di misurare i nostri annunci su Pinterest e mostrarli a chi ha visitato questo sito.",
  'hubspot':
    "Registra le pagine che visiti e le collega ai dati di contatto che ci fornisci in un modulo, così possiamo vedere come i visitatori ci trovano e dare seguito alle richieste.",
  'intercom':
    "Gestisce la finestra di chat sulle nostre pagine per permetterti di scriverci. Riconosce il tuo browser, così puoi riprendere le conversazioni precedenti.",
  'youtube':
    "Riproduce video di YouTube sulle nostre pagine. Google riceve il tuo indirizzo IP e i video che guardi, e installa cookie per ricordare le tue impostazioni.",
  'vimeo':
    "Riproduce i video che ospitiamo su Vimeo. Vimeo riceve il tuo indirizzo IP e installa cookie per ricordare le impostazioni del tuo player e contare le visualizzazioni per nostro conto.",
  'google-maps':
    "Mostra mappe interattive di Google sulle nostre pagine. Google riceve il tuo indirizzo IP e la zona della mappa che visualizzi, e può installare cookie per ricordare le tue impostazioni.",
};

export default it;
