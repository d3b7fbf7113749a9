import type { Texts } from './texts.js';

/** Italian. */
const it: Texts = {
  lang: 'it',
  bannerTitle: 'Le tue scelte sulla privacy',
  bannerDescription:
    'Utilizziamo cookie strettamente necessari al funzionamento di questo sito. Con il tuo consenso, vorremmo utilizzare anche cookie facoltativi per le finalità indicate di seguito. Puoi accettarli tutti, rifiutarli tutti o scegliere quali consentire, e cambiare idea in qualsiasi momento dalle impostazioni dei cookie.',
  purposesLabel: 'Cookie facoltativi:',
  policyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  preferencesTitle: 'Impostazioni dei cookie',
  preferencesDescription:
    'Scegli quali cookie può utilizzare questo sito. I cookie strettamente necessari sono sempre attivi perché senza di essi il sito non può funzionare. La tua scelta vale solo per questo sito e puoi modificarla in qualsiasi momento.',
  save: 'Salva le mie scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  gpcNotice:
    'Il segnale Global Privacy Control del tuo browser viene rispettato: i cookie di pubblicità mirata restano disattivati.',
  settingsButton: 'Impostazioni dei cookie',
  consentId: 'Il tuo ID di consenso',
  placeholderNotice:
    'Questo contenuto è bloccato perché imposta cookie della categoria «{category}».',
  loadOnce: 'Carica solo questa volta',
  allowCategory: 'Consenti «{category}»',
  optOutDescription:
    'Utilizziamo cookie e tecnologie simili per analisi, funzionalità e pubblicità. Secondo le leggi statali statunitensi sulla privacy, i cookie di pubblicità mirata possono costituire una vendita o condivisione delle tue informazioni personali. Puoi opporti in qualsiasi momento.',
  privacyChoices: 'Le tue scelte sulla privacy',
  doNotSell: 'Non vendere o condividere le mie informazioni personali',
  optOutHonored: 'Richiesta di opposizione accolta',
  optOutPurposesLabel: 'Attivi, a meno che tu non li disattivi:',
  declaration: {
    cookies: 'Cookie e archiviazione',
    name: 'Nome',
    provider: 'Fornitore',
    purpose: 'Finalità',
    lifetime: 'Durata',
    type: 'Tipo',
    cookie: 'Cookie',
    storage: 'Archiviazione locale',
    session: 'Fino alla chiusura del browser',
    persistent: 'Fino all’eliminazione',
    privacyPolicy: 'Informativa sulla privacy',
    yourChoices: 'Le tue scelte',
    decidedOn: 'Scelta effettuata il',
    notDecided: 'Non hai ancora effettuato una scelta.',
    allowed: 'Consentito',
    notAllowed: 'Non consentito',
    change: 'Modifica le mie scelte',
    purposes: {
      visitorId: 'Riconosce il tuo browser nelle visite successive',
      session: 'Tiene traccia della visita in corso',
      adMeasurement: 'Misura se gli annunci hanno generato visite o acquisti',
      adTargeting: 'Ti mostra annunci in base ai tuoi interessi',
      consent: 'Memorizza la tua scelta per questo servizio',
      settings: 'Ricorda le tue impostazioni per questo servizio',
      security: 'Protegge da frodi e abusi',
      technical: 'Mantiene il servizio funzionante',
      chat: 'Mantiene attiva la tua conversazione',
    },
  },
  categories: {
    necessary: {
      label: 'Strettamente necessari',
      description:
        'Sono indispensabili per il funzionamento del sito: mantengono attiva la tua sessione, ricordano il tuo carrello e le tue scelte sui cookie e proteggono dalle frodi. Non possono essere disattivati.',
    },
    analytics: {
      label: 'Analitici',
      description:
        'Contano le visite e le fonti di traffico per consentirci di misurare e migliorare le prestazioni del sito. Le informazioni sono aggregate e non vengono utilizzate per identificarti.',
    },
    functionality: {
      label: 'Funzionali',
      description:
        'Ricordano le scelte che fai, come la lingua o la regione, e abilitano funzioni avanzate come video incorporati, mappe e chat.',
    },
    targeting: {
      label: 'Pubblicità mirata',
      description:
        'Sono installati da noi o dai nostri partner pubblicitari per creare un profilo dei tuoi interessi e mostrarti annunci pertinenti su altri siti. Limitano inoltre il numero di volte in cui vedi lo stesso annuncio e misurano l’efficacia delle campagne.',
    },
  },
};

export default it;
