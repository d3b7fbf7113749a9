/**
 * The one table of `<cookie-consent>`'s attributes. Each row names the attribute, its reflecting
 * property, what it means and how its value is read, so that parsing and validation
 * ({@link parseConfig}), the element's properties, the script tag's `data-*` attributes, the
 * server helper and the custom-elements manifest all come from here: a new attribute is one row.
 * Pure: no DOM.
 */
import { DEFAULT_OPTIONAL_CATEGORIES, MAX_CATEGORIES, NECESSARY, parseCategoryList } from './categories.js';
import { regionCode } from './regions.js';
import { TEXT_KEYS, type TextKey } from './texts/texts.js';

/** How undecided optional categories count. */
export type ConsentMode = 'opt-in' | 'opt-out';

/** The banner's colours: the page's own scheme, the visitor's system setting, or forced by a site with its own theme switch. */
export type ColorScheme = 'page' | 'auto' | 'light' | 'dark';
/** The bottom corner the settings button sits in, on the reading direction's start or end side. */
export type SettingsButtonSide = 'start' | 'end';

/** What reading one attribute needs besides its value. */
export interface ReadContext {
  /** The page's host, to check that `cookie-domain` can be set from it. */
  readonly hostname: string;
  /** Reports a value that is not used as written: why, and what is used instead. */
  readonly warn: (why: string, using: string) => void;
}

/** `policy-url` → `policyUrl`, as a type. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/**
 * One row of the table: an attribute of `<cookie-consent>` and how its value is read. The row's
 * JSDoc is its documentation: the custom-elements manifest takes the summary and `@default` from
 * it (custom-elements-manifest.config.mjs), so no documentation text ships in the script.
 */
export interface AttributeSpec<T = unknown, A extends string = string> {
  /** The attribute's name (`policy-url`); on the script tag it is `data-` + this. */
  readonly attribute: A;
  /** The reflecting property, the attribute's name in camelCase (`policyUrl`). */
  readonly property: CamelCase<A>;
  /** The value used when the attribute is absent or unusable. */
  readonly fallback: T;
  /** Reads a present, trimmed value; reports through `context.warn` what it cannot use. */
  readonly read: (value: string, context: ReadContext) => T;
}

export const DEFAULT_EXPIRES_DAYS = 182;
export const MIN_EXPIRES_DAYS = 1;
// CNIL: a choice is kept 13 months at most.
export const MAX_EXPIRES_DAYS = 395;
export const DEFAULT_COOKIE_NAME = 'cookie_consent';
export const DEFAULT_REVISION = '1';
/** Longest wording accepted in a `text-…` attribute: a label or a short paragraph, not a policy. */
export const MAX_TEXT_LENGTH = 1000;

const REVISION = /^[A-Za-z0-9._-]{1,32}$/;
// RFC 6265 token characters that need no encoding, bounded in length.
const COOKIE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const DOMAIN = /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** A link's scheme in lower case (`https`, `javascript`), or `undefined` for a relative one. */
export const linkScheme = (value: string): string | undefined => URL_SCHEME.exec(value)?.[1]?.toLowerCase();

/** A link or endpoint: relative, or with one of `schemes`. */
const url =
  (schemes: readonly string[], why: string, none: string) =>
  (value: string, { warn }: ReadContext): string | null => {
    if (!value) return null;
    const scheme = linkScheme(value);
    if (scheme && !schemes.includes(scheme)) {
      warn(why, none);
      return null;
    }
    return value;
  };

/** One of a few words. */
const oneOf =
  <T extends string>(words: readonly T[], fallback: T) =>
  (value: string, { warn }: ReadContext): T => {
    if ((words as readonly string[]).includes(value)) return value as T;
    warn(`must be ${words.map((word) => `"${word}"`).join(', ').replace(/, ([^,]*)$/, ' or $1')}`, `"${fallback}"`);
    return fallback;
  };

/** `policy-url` → `policyUrl`. */
export const camelCase = <A extends string>(attribute: A): CamelCase<A> => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<A>;

/** Builds a row, its property named after its attribute, its type checked against its fallback. */
const row = <T, A extends string>(attribute: A, fallback: T, read: AttributeSpec<T, A>['read']): AttributeSpec<T, A> => ({
  attribute,
  property: camelCase(attribute),
  fallback,
  read,
});

/** A boolean attribute: present means on, except the value `false`. */
const flag = <A extends string>(attribute: A): AttributeSpec<boolean, A> => row(attribute, false, (value) => value.toLowerCase() !== 'false');

/** The attributes that configure the banner, in documentation order. */
export const CONFIG_ATTRIBUTES = [
  /**
   * Optional categories offered, space-separated, in display order; `necessary` is always present.
   * @default "analytics functionality targeting"
   */
  row('categories', [NECESSARY, ...DEFAULT_OPTIONAL_CATEGORIES] as readonly string[], (value, { warn }) => {
    const { ids, invalid } = parseCategoryList(value);
    if (invalid.length) warn(`has malformed ids (${invalid.join(', ')}) that are ignored`, 'the others');
    if (ids.length > MAX_CATEGORIES) warn(`offers more than ${MAX_CATEGORIES} categories`, 'the first ones');
    return [NECESSARY, ...ids.filter((id) => id !== NECESSARY).slice(0, MAX_CATEGORIES - 1)];
  }),
  /** Link to the privacy or cookie policy, shown on the first layer. */
  row('policy-url', null as string | null, url(['http', 'https', 'mailto'], 'is not an http(s) or relative link', 'no link')),
  /**
   * Policy revision; a decision stored under another revision is void and the banner shows again.
   * @default "1"
   */
  row('revision', DEFAULT_REVISION, (value, { warn }) => {
    if (REVISION.test(value)) return value;
    warn('must be 1 to 32 letters, digits, dots, dashes or underscores', `"${DEFAULT_REVISION}"`);
    return DEFAULT_REVISION;
  }),
  /**
   * Lifetime of the stored decision in days, clamped to 1..395.
   * @default "182"
   */
  row('expires-days', DEFAULT_EXPIRES_DAYS, (value, { warn }) => {
    if (!/^\d{1,6}$/.test(value)) {
      warn('is not a whole number of days', String(DEFAULT_EXPIRES_DAYS));
      return DEFAULT_EXPIRES_DAYS;
    }
    const days = Number(value);
    const clamped = Math.min(MAX_EXPIRES_DAYS, Math.max(MIN_EXPIRES_DAYS, days));
    if (clamped !== days) warn(`is outside ${MIN_EXPIRES_DAYS}..${MAX_EXPIRES_DAYS}`, String(clamped));
    return clamped;
  }),
  /**
   * Name of the cookie holding the decision.
   * @default "cookie_consent"
   */
  row('cookie-name', DEFAULT_COOKIE_NAME, (value, { warn }) => {
    if (COOKIE_NAME.test(value)) return value;
    warn('must be 1 to 64 letters, digits, dashes or underscores', DEFAULT_COOKIE_NAME);
    return DEFAULT_COOKIE_NAME;
  }),
  /** Domain to share the decision with its subdomains; host-only when absent. */
  row('cookie-domain', null as string | null, (value, { hostname, warn }) => {
    if (!value) return null;
    const domain = value.toLowerCase();
    const bare = domain.replace(/^\./, '');
    const host = hostname.toLowerCase();
    if (!DOMAIN.test(domain)) warn('is not a domain name', 'the current host only');
    else if (host !== bare && !host.endsWith(`.${bare}`)) warn(`does not contain this page's host (${hostname})`, 'the current host only');
    else return bare;
    return null;
  }),
  /**
   * `opt-in`, or `opt-out`: optional categories count as granted until the visitor declines.
   * @default "opt-in"
   */
  row('mode', 'opt-in', oneOf<ConsentMode>(['opt-in', 'opt-out'], 'opt-in')),
  /**
   * The visitor's region, an ISO 3166-1 or 3166-2 code (`DE`, `US-CA`) that the site's server or
   * CDN writes from its own country header; it picks the built-in rules for that region
   * (docs/regions.md), which `<cookie-region>` children can override. Absent: `mode` applies.
   */
  row('region', null as string | null, (value, { warn }) => {
    if (!value) return null;
    const code = regionCode(value);
    if (!code) warn('is not an ISO 3166-1 or 3166-2 code (DE, US-CA)', 'no region');
    return code;
  }),
  /** Language of the texts; defaults to `<html lang>`, then the browser's languages, then English. */
  row('lang', null as string | null, (value, { warn }) => {
    if (!value) return null;
    if (LANGUAGE_TAG.test(value)) return value;
    warn('is not a language tag', "the page's language");
    return null;
  }),
  /**
   * The banner's colours. Absent or `page`: follow the page, dark only where the page declares
   * a dark scheme (`<meta name="color-scheme">` or `color-scheme` on the root element) and the
   * visitor prefers dark; `auto`: follow the visitor's `prefers-color-scheme` whatever the page
   * declares; `light` or `dark` to force them (for sites with their own theme switch).
   * @default "page"
   */
  row('color-scheme', 'page', (value, context) => (value ? oneOf<ColorScheme>(['page', 'auto', 'light', 'dark'], 'page')(value, context) : 'page')),
  /**
   * Google Consent Mode v2: sends `gtag('consent', 'default', …)` with every signal but
   * `security_storage` denied when the element (or the configured script tag) starts, and
   * `gtag('consent', 'update', …)` from the decision on every page load and change. Boolean:
   * present means on.
   */
  flag('consent-mode'),
  /** Do not apply the browser's Global Privacy Control signal (for sites outside its scope). Boolean: present means on. */
  flag('ignore-gpc'),
  /** URL that receives each decision's record as JSON, by `navigator.sendBeacon` (proof of consent). */
  row('consent-endpoint', null as string | null, url(['http', 'https'], 'is not an http(s) or relative URL', 'no endpoint')),
  /** Show a small floating button that reopens the preferences once the visitor has decided. Boolean: present means on. */
  flag('settings-button'),
  /**
   * The bottom corner of the settings button: `start` (left in left-to-right pages, right in
   * right-to-left ones) or `end`, the other corner, when a chat bubble or a back-to-top button
   * sits at the start.
   * @default "start"
   */
  row('settings-button-side', 'start', (value, context) => (value ? oneOf<SettingsButtonSide>(['start', 'end'], 'start')(value, context) : 'start')),
  /**
   * Reload the page after a decision withdraws a category, since scripts that already ran
   * cannot be unloaded. Boolean: present means on.
   */
  flag('reload-on-withdraw'),
] as const;

/** `bannerTitle` → `text-banner-title`. */
export const textAttribute = (key: TextKey): `text-${string}` => `text-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * The `text-…` rows, one per {@link TextKey}: the site owner's wording, in HTML, shown as text
 * (documented by the JSDoc of each text in `texts/texts.ts`). Longer than
 * {@link MAX_TEXT_LENGTH}, the built-in text is kept.
 */
export const TEXT_ATTRIBUTES = TEXT_KEYS.map((key) => ({
  key,
  ...row(textAttribute(key), null as string | null, (value, { warn }) => {
    if (value.length <= MAX_TEXT_LENGTH) return value || null;
    warn(`is longer than ${MAX_TEXT_LENGTH} characters`, 'the built-in text');
    return null;
  }),
}));

/** Every row of the table. */
export const ATTRIBUTES: readonly AttributeSpec[] = [...CONFIG_ATTRIBUTES, ...TEXT_ATTRIBUTES];

/** The reflecting property of every row: `policyUrl`, `textBannerTitle`, … */
export type ConfigProperty = (typeof CONFIG_ATTRIBUTES)[number]['property'] | `text${Capitalize<TextKey>}`;

/** An attribute of the table: `policy-url`, `text-banner-title`, … */
export type ConfigAttribute = (typeof CONFIG_ATTRIBUTES)[number]['attribute'] | `text-${string}`;

/**
 * The consent store's options from attribute values, read one by one: every row, by property,
 * `null` when absent. The element and the script tag build them the same way, so the same
 * attributes give the same options (and the store sees a repeat as one).
 */
export const optionsFrom = (read: (attribute: string) => string | null | undefined): Record<string, string | null> =>
  Object.fromEntries(ATTRIBUTES.map(({ attribute, property }) => [property, read(attribute) ?? null]));

/** Every attribute name, in table order: the element observes these. */
export const ALL_CONFIG_ATTRIBUTES: readonly ConfigAttribute[] = ATTRIBUTES.map((spec) => spec.attribute as ConfigAttribute);
