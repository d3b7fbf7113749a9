import type { Texts } from './texts.js';

/** French. */
const fr: Texts = {
  lang: 'fr',
  bannerTitle: 'Vos choix en matière de confidentialité',
  bannerDescription:
    'Nous utilisons des cookies strictement nécessaires au fonctionnement de ce site. Avec votre consentement, nous souhaitons également utiliser des cookies facultatifs pour les finalités ci-dessous. Vous pouvez tous les accepter, tous les refuser ou choisir lesquels autoriser, et revenir sur votre choix à tout moment dans les paramètres des cookies.',
  purposesLabel: 'Cookies facultatifs :',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  preferencesTitle: 'Paramètres des cookies',
  preferencesDescription:
    'Choisissez les cookies que ce site peut utiliser. Les cookies strictement nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux. Votre choix ne s’applique qu’à ce site et vous pouvez le modifier à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  gpcNotice:
    'Le signal Global Privacy Control de votre navigateur est respecté : les cookies de ciblage publicitaire restent désactivés.',
  settingsButton: 'Paramètres des cookies',
  consentId: 'Votre identifiant de consentement',
  placeholderNotice:
    'Ce contenu est bloqué, car il dépose des cookies de la catégorie « {category} ».',
  loadOnce: 'Charger cette fois-ci',
  allowCategory: 'Autoriser « {category} »',
  optOutDescription:
    'Nous utilisons des cookies et des technologies similaires pour la mesure d’audience, les fonctionnalités et la publicité. En vertu des lois des États américains sur la protection de la vie privée, les cookies de ciblage publicitaire peuvent constituer une vente ou un partage de vos informations personnelles. Vous pouvez vous y opposer à tout moment.',
  privacyChoices: 'Vos choix de confidentialité',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  optOutHonored: 'Demande d’opposition prise en compte',
  optOutPurposesLabel: 'Actifs sauf si vous les désactivez :',
  declaration: {
    cookies: 'Cookies et stockage',
    name: 'Nom',
    provider: 'Fournisseur',
    purpose: 'Finalité',
    lifetime: 'Durée de conservation',
    type: 'Type',
    cookie: 'Cookie',
    storage: 'Stockage local',
    session: 'Jusqu’à la fermeture du navigateur',
    persistent: 'Jusqu’à sa suppression',
    privacyPolicy: 'Politique de confidentialité',
    yourChoices: 'Vos choix',
    decidedOn: 'Choix effectué le',
    notDecided: 'Vous n’avez pas encore fait de choix.',
    allowed: 'Autorisé',
    notAllowed: 'Non autorisé',
    change: 'Modifier mes choix',
    purposes: {
      visitorId: 'Reconnaît votre navigateur lors de vos visites ultérieures',
      session: 'Assure le suivi de la visite en cours',
      adMeasurement: 'Mesure si les publicités ont conduit à des visites ou à des achats',
      adTargeting: 'Vous présente des publicités en fonction de vos centres d’intérêt',
      consent: 'Enregistre votre choix pour ce service',
      settings: 'Mémorise vos paramètres pour ce service',
      security: 'Protège contre la fraude et les abus',
      technical: 'Assure le bon fonctionnement du service',
      chat: 'Permet de poursuivre votre conversation',
    },
  },
  categories: {
    necessary: {
      label: 'Strictement nécessaires',
      description:
        'Ces cookies sont indispensables au fonctionnement du site : ils maintiennent votre session ouverte, mémorisent votre panier et vos choix en matière de cookies, et protègent contre la fraude. Ils ne peuvent pas être désactivés.',
    },
    analytics: {
      label: 'Mesure d’audience',
      description:
        'Ces cookies comptent les visites et les sources de trafic afin que nous puissions mesurer et améliorer les performances du site. Les informations sont agrégées et ne servent pas à vous identifier.',
    },
    functionality: {
      label: 'Fonctionnels',
      description:
        'Ces cookies mémorisent vos choix, comme la langue ou la région, et activent des fonctionnalités avancées telles que les vidéos intégrées, les cartes et le chat en ligne.',
    },
    targeting: {
      label: 'Ciblage publicitaire',
      description:
        'Déposés par nous ou par nos partenaires publicitaires, ces cookies servent à établir un profil de vos centres d’intérêt et à vous présenter des publicités pertinentes sur d’autres sites. Ils limitent aussi le nombre d’affichages d’une même publicité et mesurent l’efficacité des campagnes.',
    },
  },
};

export default fr;
