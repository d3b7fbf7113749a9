/**
 * The site owner's configuration, parsed from attribute strings. Pure: no DOM.
 * Every attribute has a safe default; a bad value falls back to it with one warning.
 */
import { DEFAULT_OPTIONAL_CATEGORIES, MAX_CATEGORIES, NECESSARY, parseCategoryList } from './categories.js';
import type { CategoryDetail } from './category-details.js';
import { TEXT_KEYS, type TextKey } from './texts/texts.js';

/** Category id → what a `<cookie-category>` child declares about it. */
export type CategoryDetails = Readonly<Record<string, CategoryDetail>>;

/** How undecided optional categories count. */
export type ConsentMode = 'opt-in' | 'opt-out';

/** The banner's colours: the visitor's OS setting, or forced by a site with its own theme switch. */
export type ColorScheme = 'auto' | 'light' | 'dark';

/** The validated configuration of one banner. */
export interface ConsentConfig {
  /** Every category offered, `necessary` first, then the optional ones in display order. */
  readonly categories: readonly string[];
  readonly policyUrl: string | null;
  readonly revision: string;
  readonly expiresDays: number;
  readonly cookieName: string;
  readonly cookieDomain: string | null;
  readonly mode: ConsentMode;
  /** The `lang` attribute, when well-formed; otherwise the page's or browser's language is used. */
  readonly lang: string | null;
  readonly colorScheme: ColorScheme;
  /** Google Consent Mode v2: default-denied signals, then updates from the decision. */
  readonly consentMode: boolean;
  /** Do not apply the browser's Global Privacy Control signal. */
  readonly ignoreGpc: boolean;
  /** Where each decision record is sent with `navigator.sendBeacon`, or `null`. */
  readonly consentEndpoint: string | null;
  /** Show a floating button that reopens the preferences. */
  readonly settingsButton: boolean;
  /** Reload the page after a decision withdraws a category (scripts that ran cannot be unloaded). */
  readonly reloadOnWithdraw: boolean;
  /** The site owner's own wording, overriding the built-in texts in every language. */
  readonly texts: Partial<Record<TextKey, string>>;
  /** What `<cookie-category>` children declare, by category id (none from attributes alone). */
  readonly details: CategoryDetails;
}

/** The attributes of `<cookie-consent>` that configure it, in documentation order. */
export const CONFIG_ATTRIBUTES = [
  'categories',
  'policy-url',
  'revision',
  'expires-days',
  'cookie-name',
  'cookie-domain',
  'mode',
  'lang',
  'color-scheme',
  'consent-mode',
  'ignore-gpc',
  'consent-endpoint',
  'settings-button',
  'reload-on-withdraw',
] as const;

/** `bannerTitle` → `text-banner-title`. */
export const textAttribute = (key: TextKey): `text-${string}` => `text-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The `text-…` attributes, one per {@link TextKey}: the site owner's wording, in HTML. */
export const TEXT_ATTRIBUTES: readonly `text-${string}`[] = TEXT_KEYS.map(textAttribute);

/** One of {@link CONFIG_ATTRIBUTES}, or a `text-…` attribute. */
export type ConfigAttribute = (typeof CONFIG_ATTRIBUTES)[number] | `text-${string}`;

/** Every attribute read by {@link parseConfig}: those are observed for changes. */
export const ALL_CONFIG_ATTRIBUTES: readonly ConfigAttribute[] = [...CONFIG_ATTRIBUTES, ...TEXT_ATTRIBUTES];

export const DEFAULT_EXPIRES_DAYS = 182;
export const MIN_EXPIRES_DAYS = 1;
// CNIL: a choice is kept 13 months at most.
export const MAX_EXPIRES_DAYS = 395;
export const DEFAULT_COOKIE_NAME = 'cookie_consent';
export const DEFAULT_REVISION = '1';

const REVISION = /^[A-Za-z0-9._-]{1,32}$/;
// RFC 6265 token characters that need no encoding, bounded in length.
const COOKIE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const DOMAIN = /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The configuration plus one message per attribute that fell back to its default. */
export interface ParsedConfig {
  readonly config: ConsentConfig;
  readonly warnings: string[];
}

/**
 * Builds a configuration from attribute values (`null` when absent).
 * @param read returns an attribute's raw value
 * @param hostname the page's host, to check that `cookie-domain` can be set from it
 */
export function parseConfig(read: (name: ConfigAttribute) => string | null | undefined, hostname: string): ParsedConfig {
  const warnings: string[] = [];
  const warn = (name: ConfigAttribute, value: string, why: string, fallback: string) =>
    warnings.push(`cookie-consent: ${name}="${value}" ${why}; using ${fallback}.`);
  const raw = (name: ConfigAttribute): string | null => {
    const value = read(name);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- properties set from plain JS may hold numbers (`el.expiresDays = 30`)
    return value === null || value === undefined ? null : String(value).trim();
  };

  let categories = [NECESSARY, ...DEFAULT_OPTIONAL_CATEGORIES];
  const categoriesValue = raw('categories');
  if (categoriesValue !== null) {
    const { ids, invalid } = parseCategoryList(categoriesValue);
    if (invalid.length) warn('categories', categoriesValue, `has malformed ids (${invalid.join(', ')}) that are ignored`, 'the others');
    const optional = ids.filter((id) => id !== NECESSARY).slice(0, MAX_CATEGORIES - 1);
    if (ids.length > MAX_CATEGORIES) warn('categories', categoriesValue, `offers more than ${MAX_CATEGORIES} categories`, 'the first ones');
    categories = [NECESSARY, ...optional];
  }

  let policyUrl = raw('policy-url') || null;
  if (policyUrl !== null) {
    const scheme = URL_SCHEME.exec(policyUrl)?.[1]?.toLowerCase();
    if (scheme && !SAFE_SCHEMES.has(scheme)) {
      warn('policy-url', policyUrl, 'is not an http(s) or relative link', 'no link');
      policyUrl = null;
    }
  }

  let revision = DEFAULT_REVISION;
  const revisionValue = raw('revision');
  if (revisionValue !== null) {
    if (REVISION.test(revisionValue)) revision = revisionValue;
    else warn('revision', revisionValue, 'must be 1 to 32 letters, digits, dots, dashes or underscores', `"${DEFAULT_REVISION}"`);
  }

  let expiresDays = DEFAULT_EXPIRES_DAYS;
  const daysValue = raw('expires-days');
  if (daysValue !== null) {
    const days = /^\d{1,6}$/.test(daysValue) ? Number(daysValue) : NaN;
    if (Number.isNaN(days)) warn('expires-days', daysValue, 'is not a whole number of days', String(DEFAULT_EXPIRES_DAYS));
    else {
      expiresDays = Math.min(MAX_EXPIRES_DAYS, Math.max(MIN_EXPIRES_DAYS, days));
      if (expiresDays !== days) warn('expires-days', daysValue, `is outside ${MIN_EXPIRES_DAYS}..${MAX_EXPIRES_DAYS}`, String(expiresDays));
    }
  }

  let cookieName = DEFAULT_COOKIE_NAME;
  const nameValue = raw('cookie-name');
  if (nameValue !== null) {
    if (COOKIE_NAME.test(nameValue)) cookieName = nameValue;
    else warn('cookie-name', nameValue, 'must be 1 to 64 letters, digits, dashes or underscores', DEFAULT_COOKIE_NAME);
  }

  let cookieDomain: string | null = null;
  const domainValue = raw('cookie-domain');
  if (domainValue) {
    const domain = domainValue.toLowerCase();
    const bare = domain.replace(/^\./, '');
    const host = hostname.toLowerCase();
    if (!DOMAIN.test(domain)) warn('cookie-domain', domainValue, 'is not a domain name', 'the current host only');
    else if (host !== bare && !host.endsWith(`.${bare}`))
      warn('cookie-domain', domainValue, `does not contain this page's host (${hostname})`, 'the current host only');
    else cookieDomain = bare;
  }

  let mode: ConsentMode = 'opt-in';
  const modeValue = raw('mode');
  if (modeValue !== null) {
    if (modeValue === 'opt-in' || modeValue === 'opt-out') mode = modeValue;
    else warn('mode', modeValue, 'must be "opt-in" or "opt-out"', '"opt-in"');
  }

  let lang: string | null = null;
  const langValue = raw('lang');
  if (langValue) {
    if (LANGUAGE_TAG.test(langValue)) lang = langValue;
    else warn('lang', langValue, 'is not a language tag', "the page's language");
  }

  let colorScheme: ColorScheme = 'auto';
  const schemeValue = raw('color-scheme');
  if (schemeValue) {
    if (schemeValue === 'auto' || schemeValue === 'light' || schemeValue === 'dark') colorScheme = schemeValue;
    else warn('color-scheme', schemeValue, 'must be "light", "dark" or "auto"', '"auto"');
  }

  // Boolean attributes: present means on (`consent-mode`, `consent-mode=""`), except the value "false".
  const flag = (name: ConfigAttribute) => {
    const value = raw(name);
    return value !== null && value.toLowerCase() !== 'false';
  };

  let consentEndpoint = raw('consent-endpoint') || null;
  if (consentEndpoint !== null) {
    const scheme = URL_SCHEME.exec(consentEndpoint)?.[1]?.toLowerCase();
    if (scheme && scheme !== 'http' && scheme !== 'https') {
      warn('consent-endpoint', consentEndpoint, 'is not an http(s) or relative URL', 'no endpoint');
      consentEndpoint = null;
    }
  }

  // Shown as text, never as HTML, so any wording is safe; an empty one keeps the built-in text.
  const texts: Partial<Record<TextKey, string>> = {};
  for (const key of TEXT_KEYS) {
    const value = raw(textAttribute(key));
    if (value) texts[key] = value;
  }

  return {
    config: {
      categories,
      policyUrl,
      revision,
      expiresDays,
      cookieName,
      cookieDomain,
      mode,
      lang,
      colorScheme,
      consentMode: flag('consent-mode'),
      ignoreGpc: flag('ignore-gpc'),
      consentEndpoint,
      settingsButton: flag('settings-button'),
      reloadOnWithdraw: flag('reload-on-withdraw'),
      texts,
      details: {},
    },
    warnings,
  };
}
