/**
 * The built-in service catalogue: what `<cookie-service name="hotjar">` fills in on its own.
 * Pure data, one module per service (`<id>.ts`, with its English description) and one per other
 * language with every service's description (`descriptions/<lang>.ts`), never bundled into the
 * script-tag file: a page loads only the entries it names and the one language it shows,
 * beside the script (`services/<id>.js`, `services/i18n/<lang>.js`), as it loads a translation.
 */
import type { PurposeKey } from '../texts/texts.js';

/** The ids of the built-in catalogue, in the order the docs list them. */
export const CATALOGUE_IDS = [
  'google-analytics',
  'google-tag-manager',
  'google-ads',
  'meta-pixel',
  'clarity',
  'microsoft-ads',
  'hotjar',
  'matomo',
  'plausible',
  'linkedin-insight',
  'tiktok-pixel',
  'pinterest-tag',
  'hubspot',
  'intercom',
  'youtube',
  'vimeo',
  'google-maps',
] as const;

/** One of {@link CATALOGUE_IDS}. */
export type CatalogueId = (typeof CATALOGUE_IDS)[number];

/**
 * How long a cookie or storage key is kept: `session` (deleted when the browser closes),
 * `persistent` (a storage key kept until deleted), or a whole number and a unit, as in
 * `30 minutes`, `24 hours`, `400 days`, `13 months`, `2 years` (singular for 1).
 */
export type Lifetime = 'session' | 'persistent' | `${number} ${'minute' | 'minutes' | 'hour' | 'hours' | 'day' | 'days' | 'month' | 'months' | 'year' | 'years'}`;

/** One cookie or `localStorage` key a service sets, as the catalogue declares it. */
export interface CatalogueItem {
  /** The name; `*` stands for any run of characters (`_ga_*`, `_hjSession_*`). */
  readonly name: string;
  /** As long as the vendor's own documentation says it is kept. */
  readonly lifetime: Lifetime;
  /** What it is for, one of the shared phrases every translation has. */
  readonly purpose: PurposeKey;
}

/** One built-in service. */
export interface CatalogueEntry {
  /** The category it belongs to unless the site says otherwise. */
  readonly category: 'analytics' | 'functionality' | 'targeting';
  /** The product's name, the same in every language (`Hotjar`, `Google Analytics`). */
  readonly label: string;
  /** The company that provides it, as in its privacy policy (`Hotjar Ltd`). */
  readonly provider: string;
  /** The provider's privacy policy (https). */
  readonly policyUrl: string;
  /**
   * What it loads: a host (`www.clarity.ms`), `*.` for the domain and all its subdomains
   * (`*.hotjar.com`), optionally followed by the start of a path and query
   * (`www.googletagmanager.com/gtag/js?id=G-`). Elements and requests to a matching URL that
   * other scripts create are held until the service is granted.
   */
  readonly urls: readonly string[];
  /** The cookies it sets on the site's domain. */
  readonly cookies: readonly CatalogueItem[];
  /** The `localStorage` keys it sets. */
  readonly storage: readonly CatalogueItem[];
  /** One or two sentences, in English, on what it does with the visitor's data on this site. */
  readonly description: string;
}

/** Every catalogue service's description in one language (`descriptions/<lang>.ts`). */
export type ServiceDescriptions = Readonly<Record<CatalogueId, string>>;

const isString = (value: unknown): value is string => typeof value === 'string';
const isItem = (value: unknown): value is CatalogueItem =>
  typeof value === 'object' && value !== null && ['name', 'lifetime', 'purpose'].every((key) => isString((value as Record<string, unknown>)[key]));

/** Whether a loaded catalogue module's export is an entry (a stale or foreign file is not). */
export function isCatalogueEntry(value: unknown): value is CatalogueEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    ['category', 'label', 'provider', 'policyUrl', 'description'].every((key) => isString(entry[key])) &&
    Array.isArray(entry['urls']) &&
    entry['urls'].every(isString) &&
    [entry['cookies'], entry['storage']].every((items) => Array.isArray(items) && items.every(isItem))
  );
}

/** Whether a loaded descriptions module's export is one (strings only; a missing id falls back to English). */
export function isServiceDescriptions(value: unknown): value is Partial<ServiceDescriptions> {
  return typeof value === 'object' && value !== null && Object.values(value).every(isString);
}

/** Whether `id` names a built-in catalogue service. */
export const isCatalogueId = (id: string): id is CatalogueId => (CATALOGUE_IDS as readonly string[]).includes(id);
