/**
 * English, second half: the preferences', placeholders' and settings button's texts. Part of
 * the UI module, which shows them.
 */
import type { FirstLayerTexts } from './en-first-layer.js';
import type { Texts } from './texts.js';

/** The texts of {@link Texts} that only the UI module draws, and the categories' descriptions. */
export type MoreTexts = Omit<Texts, keyof FirstLayerTexts> & {
  readonly categories: Record<keyof Texts['categories'], { readonly description: string }>;
};

export const EN_MORE: MoreTexts = {
  preferencesTitle: 'Cookie settings',
  preferencesDescription:
    'Choose which cookies this site may use. Strictly necessary cookies are always on because the site cannot work without them. Your choice applies to this site only and you can change it at any time.',
  save: 'Save my choices',
  close: 'Close',
  alwaysOn: 'Always on',
  settingsButton: 'Cookie settings',
  consentId: 'Your consent ID',
  placeholderNotice: 'This content is blocked because it sets {category} cookies.',
  loadOnce: 'Load this once',
  allowCategory: 'Allow {category}',
  categories: {
    necessary: {
      description:
        'Needed for the site to work: they keep you signed in, remember your basket and your cookie choices, and protect against fraud. They cannot be switched off.',
    },
    analytics: {
      description:
        'Count visits and traffic sources so we can measure and improve how the site performs. The information is aggregated and not used to identify you.',
    },
    functionality: {
      description:
        'Remember the choices you make, such as language or region, and enable enhanced features like embedded videos, maps and chat.',
    },
    targeting: {
      description:
        'Set by us or our advertising partners to build a profile of your interests and show you relevant ads on other sites. They also limit how often you see an ad and measure campaigns.',
    },
  },
};
