/**
 * English, first half: what the first layer shows. The script-tag file bundles only this half;
 * the rest (preferences, placeholders) comes with the UI module that shows it.
 */
import type { CategoryText, Texts } from './texts.js';

/** The texts of {@link Texts} that the first layer draws, and the categories' labels. */
export type FirstLayerTexts = Pick<Texts, 'lang' | 'bannerTitle' | 'bannerDescription' | 'purposesLabel' | 'policyLink' | 'acceptAll' | 'rejectAll' | 'customize' | 'gpcNotice'> & {
  readonly categories: Record<keyof Texts['categories'], Pick<CategoryText, 'label'>>;
};

export const EN_FIRST_LAYER: FirstLayerTexts = {
  lang: 'en',
  bannerTitle: 'Your privacy choices',
  bannerDescription:
    'We use cookies that are strictly necessary for this site to work. With your consent, we would also like to use optional cookies for the purposes below. You can change your choice at any time in the cookie settings.',
  purposesLabel: 'Optional cookies:',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  gpcNotice:
    'Your browser’s Global Privacy Control signal is honoured: targeting cookies stay off.',
  categories: {
    necessary: { label: 'Strictly necessary' },
    analytics: { label: 'Analytics' },
    functionality: { label: 'Functionality' },
    targeting: { label: 'Targeting' },
  },
};
