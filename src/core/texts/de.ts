import type { Texts } from './texts.js';

/** German. */
const de: Texts = {
  lang: 'de',
  bannerTitle: 'Ihre Datenschutzeinstellungen',
  bannerDescription:
    'Wir verwenden Cookies, die für den Betrieb dieser Website unbedingt erforderlich sind. Mit Ihrer Einwilligung möchten wir außerdem optionale Cookies für die unten genannten Zwecke verwenden. Sie können alle akzeptieren, alle ablehnen oder selbst auswählen und Ihre Entscheidung jederzeit in den Cookie-Einstellungen ändern.',
  purposesLabel: 'Optionale Cookies:',
  policyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesDescription:
    'Legen Sie fest, welche Cookies diese Website verwenden darf. Unbedingt erforderliche Cookies sind immer aktiv, da die Website ohne sie nicht funktioniert. Ihre Auswahl gilt nur für diese Website und lässt sich jederzeit ändern.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  gpcNotice:
    'Das Signal „Global Privacy Control“ Ihres Browsers wird berücksichtigt: Marketing-Cookies bleiben deaktiviert.',
  settingsButton: 'Cookie-Einstellungen',
  consentId: 'Ihre Einwilligungs-ID',
  placeholderNotice:
    'Diese Inhalte sind blockiert, weil sie Cookies der Kategorie „{category}“ setzen.',
  loadOnce: 'Einmalig laden',
  allowCategory: '{category} erlauben',
  optOutDescription:
    'Wir verwenden Cookies und ähnliche Technologien für Statistik, Funktionalität und Werbung. Nach den Datenschutzgesetzen von US-Bundesstaaten kann der Einsatz von Marketing-Cookies als Verkauf oder Weitergabe Ihrer personenbezogenen Daten gelten. Sie können dem jederzeit widersprechen.',
  privacyChoices: 'Ihre Datenschutzoptionen',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  optOutHonored: 'Widerspruch berücksichtigt',
  optOutPurposesLabel: 'Aktiv, solange Sie sie nicht deaktivieren:',
  declaration: {
    cookies: 'Cookies und Speicher',
    name: 'Name',
    provider: 'Anbieter',
    purpose: 'Zweck',
    lifetime: 'Speicherdauer',
    type: 'Typ',
    cookie: 'Cookie',
    storage: 'Lokaler Speicher',
    session: 'Bis zum Schließen des Browsers',
    persistent: 'Bis zur Löschung',
    privacyPolicy: 'Datenschutzerklärung',
    yourChoices: 'Ihre Auswahl',
    decidedOn: 'Entschieden am',
    notDecided: 'Sie haben noch keine Auswahl getroffen.',
    allowed: 'Erlaubt',
    notAllowed: 'Nicht erlaubt',
    change: 'Auswahl ändern',
    purposes: {
      visitorId: 'Erkennt Ihren Browser bei späteren Besuchen wieder',
      session: 'Verfolgt den aktuellen Besuch',
      adMeasurement: 'Misst, ob Anzeigen zu Besuchen oder Käufen geführt haben',
      adTargeting: 'Zeigt Ihnen Werbung passend zu Ihren Interessen',
      consent: 'Speichert Ihre Auswahl für diesen Dienst',
      settings: 'Merkt sich Ihre Einstellungen für diesen Dienst',
      security: 'Schützt vor Betrug und Missbrauch',
      technical: 'Sorgt dafür, dass der Dienst funktioniert',
      chat: 'Hält Ihre Unterhaltung aufrecht',
    },
  },
  categories: {
    necessary: {
      label: 'Unbedingt erforderlich',
      description:
        'Diese Cookies sind für den Betrieb der Website nötig: Mit ihnen bleiben Sie angemeldet, Ihr Warenkorb und Ihre Cookie-Auswahl werden gespeichert und die Website wird vor Betrug geschützt. Diese Cookies lassen sich nicht deaktivieren.',
    },
    analytics: {
      label: 'Statistik',
      description:
        'Diese Cookies zählen Besuche und Zugriffsquellen, damit wir die Leistung der Website messen und verbessern können. Die Informationen werden in zusammengefasster Form ausgewertet und nicht dazu verwendet, Sie zu identifizieren.',
    },
    functionality: {
      label: 'Funktional',
      description:
        'Diese Cookies merken sich Ihre Auswahl, etwa Sprache oder Region, und ermöglichen erweiterte Funktionen wie eingebettete Videos, Karten und Chat.',
    },
    targeting: {
      label: 'Marketing',
      description:
        'Diese Cookies werden von uns oder unseren Werbepartnern gesetzt, um ein Profil Ihrer Interessen zu erstellen und Ihnen auf anderen Websites relevante Werbung anzuzeigen. Außerdem begrenzen sie, wie oft Sie dieselbe Anzeige sehen, und messen den Erfolg von Werbekampagnen.',
    },
  },
};

export default de;
