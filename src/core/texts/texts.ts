/**
 * The shape of a translation. Pure data: no DOM.
 */

/** Label and description of one category. */
export interface CategoryText {
  /** Short name shown beside the switch and in the banner's list of purposes. */
  readonly label: string;
  /** One or two sentences saying what cookies of this category do and why. */
  readonly description: string;
}

/** Every text the banner and the preferences show, in one language. */
export interface Texts {
  /** The language tag these texts are written in (`en`, `de`, …). */
  readonly lang: string;
  /** Heading of the first layer. */
  readonly bannerTitle: string;
  /** The first layer's explanation, shown before the buttons. */
  readonly bannerDescription: string;
  /** Introduces the list of optional purposes on the first layer, e.g. "Optional cookies:". */
  readonly purposesLabel: string;
  /** Text of the link to the privacy policy. */
  readonly policyLink: string;
  /** The accept-all buttons (first layer and preferences). */
  readonly acceptAll: string;
  /** The reject-all buttons (first layer and preferences). */
  readonly rejectAll: string;
  /** Opens the preferences from the first layer. */
  readonly customize: string;
  /** Heading of the preferences dialog. */
  readonly preferencesTitle: string;
  /** The preferences' introduction. */
  readonly preferencesDescription: string;
  /** Saves the switches as they are set. */
  readonly save: string;
  /** Accessible name of the dialog's close (×) button. */
  readonly close: string;
  /** Shown beside the necessary category's switch, which cannot be turned off. */
  readonly alwaysOn: string;
  /** One short line, shown when the browser sends Global Privacy Control, saying it is honoured. */
  readonly gpcNotice: string;
  /** Accessible name of the floating button that reopens the cookie settings. */
  readonly settingsButton: string;
  /** Label before the consent id in the preferences, which a visitor can quote to the site. */
  readonly consentId: string;
  /** Notice in place of blocked content; `{category}` stands for the category's label. */
  readonly placeholderNotice: string;
  /** Loads the one blocked item on this page view without storing consent. */
  readonly loadOnce: string;
  /** Grants the item's category; `{category}` stands for the category's label. */
  readonly allowCategory: string;
  /** Texts of the four standard categories. */
  readonly categories: {
    readonly necessary: CategoryText;
    readonly analytics: CategoryText;
    readonly functionality: CategoryText;
    readonly targeting: CategoryText;
  };
}

/** One of the four standard category ids that every translation describes. */
export type StandardCategory = keyof Texts['categories'];

/** Every text of {@link Texts} but the categories', each overridable with a `text-…` attribute. */
export type TextKey = Exclude<keyof Texts, 'lang' | 'categories'>;

const TEXT_FIELDS = [
  'lang', 'bannerTitle', 'bannerDescription', 'purposesLabel', 'policyLink', 'acceptAll', 'rejectAll',
  'customize', 'preferencesTitle', 'preferencesDescription', 'save', 'close', 'alwaysOn',
  'gpcNotice', 'settingsButton', 'consentId', 'placeholderNotice', 'loadOnce', 'allowCategory',
] as const;
/** The keys of {@link TextKey}, in the order of {@link Texts}. */
export const TEXT_KEYS = TEXT_FIELDS.slice(1) as readonly TextKey[];

const CATEGORY_IDS = ['necessary', 'analytics', 'functionality', 'targeting'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCategoryText = (value: unknown): value is CategoryText =>
  isRecord(value) && typeof value['label'] === 'string' && typeof value['description'] === 'string';

/** Whether a loaded translation has every text as a string (a stale or foreign file is rejected). */
export function isTexts(value: unknown): value is Texts {
  return (
    isRecord(value) &&
    TEXT_FIELDS.every((field) => typeof value[field] === 'string') &&
    isRecord(value['categories']) &&
    CATEGORY_IDS.every((id) => isCategoryText((value['categories'] as Record<string, unknown>)[id]))
  );
}
