import type { Texts } from './texts.js';

/** Romanian (română). */
const ro: Texts = {
  lang: 'ro',
  bannerTitle: 'Opțiunile dumneavoastră de confidențialitate',
  bannerDescription:
    'Folosim cookie-uri strict necesare pentru funcționarea acestui site. Cu consimțământul dumneavoastră, am dori să folosim și cookie-uri opționale în scopurile de mai jos. Vă puteți modifica oricând alegerea din setările pentru cookie-uri.',
  purposesLabel: 'Cookie-uri opționale:',
  policyLink: 'Politica de confidențialitate',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  customize: 'Personalizați',
  preferencesTitle: 'Setări cookie-uri',
  preferencesDescription:
    'Alegeți ce cookie-uri poate folosi acest site. Cookie-urile strict necesare sunt întotdeauna active, deoarece site-ul nu poate funcționa fără ele. Alegerea dumneavoastră se aplică doar acestui site și o puteți modifica oricând.',
  save: 'Salvați opțiunile',
  close: 'Închideți',
  alwaysOn: 'Întotdeauna active',
  gpcNotice:
    'Semnalul Global Privacy Control al browserului dumneavoastră este respectat: cookie-urile de publicitate rămân dezactivate.',
  settingsButton: 'Setări cookie-uri',
  consentId: 'ID-ul dumneavoastră de consimțământ',
  placeholderNotice: 'Acest conținut este blocat deoarece plasează cookie-uri din categoria „{category}”.',
  loadOnce: 'Încărcați doar de această dată',
  allowCategory: 'Permiteți „{category}”',
  optOutDescription:
    'Folosim cookie-uri și tehnologii similare pentru analiză, funcționalitate și publicitate. Conform legilor privind confidențialitatea din statele SUA, cookie-urile de publicitate pot fi considerate vânzare sau partajare a informațiilor dumneavoastră personale. Vă puteți opune oricând.',
  privacyChoices: 'Opțiunile dumneavoastră de confidențialitate',
  doNotSell: 'Nu vindeți și nu partajați informațiile mele personale',
  optOutHonored: 'Cererea de opoziție a fost respectată',
  optOutPurposesLabel: 'Active, dacă nu le dezactivați:',
  declaration: {
    cookies: 'Cookie-uri și stocare',
    name: 'Nume',
    provider: 'Furnizor',
    purpose: 'Scop',
    lifetime: 'Durată',
    type: 'Tip',
    cookie: 'Cookie',
    storage: 'Stocare locală',
    session: 'Până la închiderea browserului',
    persistent: 'Până la ștergere',
    privacyPolicy: 'Politica de confidențialitate',
    yourChoices: 'Opțiunile dumneavoastră',
    decidedOn: 'Data alegerii',
    notDecided: 'Nu ați făcut încă o alegere.',
    allowed: 'Permis',
    notAllowed: 'Nepermis',
    change: 'Modificați opțiunile',
    purposes: {
      visitorId: 'Recunoaște browserul dumneavoastră la vizitele ulterioare',
      session: 'Urmărește vizita curentă',
      adMeasurement: 'Măsoară dacă reclamele au generat vizite sau achiziții',
      adTargeting: 'Vă afișează reclame în funcție de interesele dumneavoastră',
      consent: 'Stochează alegerea dumneavoastră pentru acest serviciu',
      settings: 'Reține setările dumneavoastră pentru acest serviciu',
      security: 'Protejează împotriva fraudei și a abuzului',
      technical: 'Asigură funcționarea serviciului',
      chat: 'Menține activă conversația dumneavoastră',
    },
  },
  categories: {
    necessary: {
      label: 'Strict necesare',
      description:
        'Sunt indispensabile pentru funcționarea site-ului: vă păstrează sesiunea activă, rețin coșul de cumpărături și opțiunile privind cookie-urile și oferă protecție împotriva fraudei. Nu pot fi dezactivate.',
    },
    analytics: {
      label: 'Analitice',
      description:
        'Numără vizitele și sursele de trafic, astfel încât să putem măsura și îmbunătăți performanța site-ului. Informațiile sunt agregate și nu sunt folosite pentru a vă identifica.',
    },
    functionality: {
      label: 'Funcționale',
      description:
        'Rețin alegerile pe care le faceți, cum ar fi limba sau regiunea, și permit funcții avansate, precum videoclipuri încorporate, hărți și chat.',
    },
    targeting: {
      label: 'Publicitate',
      description:
        'Sunt plasate de noi sau de partenerii noștri de publicitate pentru a crea un profil al intereselor dumneavoastră și a vă afișa reclame relevante pe alte site-uri. De asemenea, limitează de câte ori vedeți aceeași reclamă și măsoară eficiența campaniilor.',
    },
  },
};

export default ro;
