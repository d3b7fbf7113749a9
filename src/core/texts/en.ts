/**
 * English: bundled into the script-tag file and the npm build, shown at once, and the fallback
 * whenever another language cannot be had.
 */
import type { Texts } from './texts.js';

const en: Texts = {
  lang: 'en',
  bannerTitle: 'Your privacy choices',
  bannerDescription:
    'We use cookies that are strictly necessary for this site to work. With your consent, we would also like to use optional cookies for the purposes below. You can change your choice at any time in the cookie settings.',
  purposesLabel: 'Optional cookies:',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Cookie settings',
  preferencesDescription:
    'Choose which cookies this site may use. Strictly necessary cookies are always on because the site cannot work without them. Your choice applies to this site only and you can change it at any time.',
  save: 'Save my choices',
  close: 'Close',
  alwaysOn: 'Always on',
  gpcNotice: 'Your browser’s Global Privacy Control signal is honoured: targeting cookies stay off.',
  settingsButton: 'Cookie settings',
  consentId: 'Your consent ID',
  placeholderNotice: 'This content is blocked because it sets {category} cookies.',
  loadOnce: 'Load this once',
  allowCategory: 'Allow {category}',
  optOutDescription:
    'We use cookies and similar technologies for analytics, functionality and advertising. Advertising cookies may count as selling or sharing your personal information under US state privacy laws. You can opt out at any time.',
  privacyChoices: 'Your Privacy Choices',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  optOutHonored: 'Opt-Out Request Honored',
  optOutPurposesLabel: 'On unless you switch them off:',
  declaration: {
    cookies: 'Cookies and storage',
    name: 'Name',
    provider: 'Provider',
    purpose: 'Purpose',
    lifetime: 'Lifetime',
    type: 'Type',
    cookie: 'Cookie',
    storage: 'Local storage',
    session: 'Until the browser closes',
    persistent: 'Until deleted',
    privacyPolicy: 'Privacy policy',
    yourChoices: 'Your choices',
    decidedOn: 'Decided on',
    notDecided: 'You have not made a choice yet.',
    allowed: 'Allowed',
    notAllowed: 'Not allowed',
    change: 'Change my choices',
    purposes: {
      visitorId: 'Recognises your browser on later visits',
      session: 'Keeps track of the current visit',
      adMeasurement: 'Measures whether ads led to visits or purchases',
      adTargeting: 'Shows you ads based on your interests',
      consent: 'Stores your choice for this service',
      settings: 'Remembers your settings for this service',
      security: 'Protects against fraud and abuse',
      technical: 'Keeps the service working',
      chat: 'Keeps your conversation going',
    },
  },
  categories: {
    necessary: {
      label: 'Strictly necessary',
      description:
        'Needed for the site to work: they keep you signed in, remember your basket and your cookie choices, and protect against fraud. They cannot be switched off.',
    },
    analytics: {
      label: 'Analytics',
      description:
        'Count visits and traffic sources so we can measure and improve how the site performs. The information is aggregated and not used to identify you.',
    },
    functionality: {
      label: 'Functionality',
      description:
        'Remember the choices you make, such as language or region, and enable enhanced features like embedded videos, maps and chat.',
    },
    targeting: {
      label: 'Targeting',
      description:
        'Set by us or our advertising partners to build a profile of your interests and show you relevant ads on other sites. They also limit how often you see an ad and measure campaigns.',
    },
  },
};

export default en;
