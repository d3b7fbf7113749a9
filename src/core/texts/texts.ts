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

/**
 * The purposes a declared cookie or storage key can have, from the service catalogue: one
 * short phrase each, so a catalogue cookie's purpose reads in every language.
 */
export const PURPOSE_KEYS = ['visitorId', 'session', 'adMeasurement', 'adTargeting', 'consent', 'settings', 'security', 'technical', 'chat'] as const;

/** One of {@link PURPOSE_KEYS}. */
export type PurposeKey = (typeof PURPOSE_KEYS)[number];

/** The words of the cookie declaration (in the preferences and in `<cookie-declaration>`). */
export interface DeclarationText {
  /** Summary of the disclosure that lists a category's or a service's cookies, e.g. "Cookies and storage". */
  readonly cookies: string;
  /** Column heading: the cookie's or storage key's name. */
  readonly name: string;
  /** Column heading: who sets it. */
  readonly provider: string;
  /** Column heading: what it is for. */
  readonly purpose: string;
  /** Column heading: how long it is kept. */
  readonly lifetime: string;
  /** Column heading: cookie or local storage. */
  readonly type: string;
  /** The type of a cookie. */
  readonly cookie: string;
  /** The type of a `localStorage` key. */
  readonly storage: string;
  /** Lifetime of a cookie deleted when the browser closes. */
  readonly session: string;
  /** Lifetime of a storage key that stays until it is deleted. */
  readonly persistent: string;
  /** Link to a provider's privacy policy. */
  readonly privacyPolicy: string;
  /** Heading of the visitor's own decision in `<cookie-declaration>`. */
  readonly yourChoices: string;
  /** Label before the date of the visitor's decision. */
  readonly decidedOn: string;
  /** Said in `<cookie-declaration>` while the visitor has not decided. */
  readonly notDecided: string;
  /** State of a granted category or service. */
  readonly allowed: string;
  /** State of a denied category or service. */
  readonly notAllowed: string;
  /** The `<cookie-declaration>` button that opens the preferences. */
  readonly change: string;
  /** One short phrase per purpose of a catalogue cookie. */
  readonly purposes: Readonly<Record<PurposeKey, string>>;
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
  /** The first layer's explanation under a US opt-out rule: a notice at collection, not a request for consent. */
  readonly optOutDescription: string;
  /** Opens the choices under a US opt-out rule ("Your Privacy Choices", California's name for the link, shown with its opt-out icon). */
  readonly privacyChoices: string;
  /** Opts out of the sale and sharing of personal information at once: `targeting` and its services off. */
  readonly doNotSell: string;
  /** Under a US opt-out rule, shown when Global Privacy Control was processed as an opt-out (California §7025(c)(6)). */
  readonly optOutHonored: string;
  /** Introduces the purposes that are on until the visitor switches them off (the UK's exemption, a US opt-out rule), e.g. "On unless you switch them off:". */
  readonly optOutPurposesLabel: string;
  /** Words of the cookie declaration: the services and cookies in the preferences and in `<cookie-declaration>`. */
  readonly declaration: DeclarationText;
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
export type TextKey = Exclude<keyof Texts, 'lang' | 'categories' | 'declaration'>;

const TEXT_FIELDS = [
  'lang', 'bannerTitle', 'bannerDescription', 'purposesLabel', 'policyLink', 'acceptAll', 'rejectAll',
  'customize', 'preferencesTitle', 'preferencesDescription', 'save', 'close', 'alwaysOn',
  'gpcNotice', 'settingsButton', 'consentId', 'placeholderNotice', 'loadOnce', 'allowCategory',
  'optOutDescription', 'privacyChoices', 'doNotSell', 'optOutHonored', 'optOutPurposesLabel',
] as const;
/** The keys of {@link TextKey}, in the order of {@link Texts}. */
export const TEXT_KEYS = TEXT_FIELDS.slice(1) as readonly TextKey[];

const CATEGORY_IDS = ['necessary', 'analytics', 'functionality', 'targeting'] as const;

const DECLARATION_FIELDS = [
  'cookies', 'name', 'provider', 'purpose', 'lifetime', 'type', 'cookie', 'storage', 'session', 'persistent',
  'privacyPolicy', 'yourChoices', 'decidedOn', 'notDecided', 'allowed', 'notAllowed', 'change',
] as const satisfies readonly Exclude<keyof DeclarationText, 'purposes'>[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const allStrings = (value: unknown, fields: readonly string[]): boolean => isRecord(value) && fields.every((field) => typeof value[field] === 'string');
const isCategoryText = (value: unknown): value is CategoryText =>
  isRecord(value) && typeof value['label'] === 'string' && typeof value['description'] === 'string';

/** Whether a loaded translation has every text as a string (a stale or foreign file is rejected). */
export function isTexts(value: unknown): value is Texts {
  return (
    isRecord(value) &&
    allStrings(value, TEXT_FIELDS) &&
    allStrings(value['declaration'], DECLARATION_FIELDS) &&
    allStrings((value['declaration'] as Record<string, unknown>)['purposes'], PURPOSE_KEYS) &&
    isRecord(value['categories']) &&
    CATEGORY_IDS.every((id) => isCategoryText((value['categories'] as Record<string, unknown>)[id]))
  );
}
