/**
 * The cookies and storage keys a site owner or the catalogue describes for the declaration:
 * name, type, lifetime and purpose (`<cookie-item>` children of a `<cookie-service>`). Pure.
 */
import { splitWords } from './categories.js';
import { PURPOSE_KEYS, type PurposeKey } from './texts/texts.js';

/** A cookie or storage name as written: cookie-name characters plus the `*` wildcard. */
export const NAME_PATTERN = /^[\w.$@!%&'+^`|~*-]{1,128}$/;
/** At most this many names per attribute. */
export const MAX_NAMES = 64;
/** Longest description kept. */
export const MAX_TEXT = 2000;

/** The units a lifetime is counted in, Intl's unit names. */
type LifetimeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';
const LIFETIME = /^(\d{1,4})\s*(minute|hour|day|month|year)s?$/;

/** How long an item is kept: until the browser closes, until deleted, or an amount of a unit. */
export type ItemLifetime = 'session' | 'persistent' | { readonly amount: number; readonly unit: LifetimeUnit };

/** One `<cookie-item>` as written, or a catalogue item. */
export interface DeclaredItem {
  readonly name: string | null;
  /** `cookie` (the default) or `storage`. */
  readonly type: string | null;
  /** `session`, `persistent`, or an amount and a unit (`400 days`, `13 months`). */
  readonly lifetime: string | null;
  /** The site's own words, over {@link purposeKey}. */
  readonly purpose: string | null;
  /** A catalogue item's purpose, shown in the visitor's language. */
  readonly purposeKey?: PurposeKey | null;
}

/** A validated item. */
export interface DeclaredItemDetail {
  readonly name: string;
  readonly type: 'cookie' | 'storage';
  readonly lifetime: ItemLifetime | null;
  readonly purpose: string | null;
  readonly purposeKey: PurposeKey | null;
}

/**
 * The well-formed names of a `cookies` or `storage` attribute (at most {@link MAX_NAMES}); the
 * malformed ones are left out with one warning naming them.
 * @param owner the declaring tag as written, for the message (`<cookie-service name="hotjar">`)
 */
export function declaredNames(value: string | null, owner: string, attribute: string, warnings: string[]): string[] {
  const words = splitWords(value);
  const bad = words.filter((word) => !NAME_PATTERN.test(word));
  if (bad.length) warnings.push(`cookie-consent: ${owner} ${attribute} has malformed names (${bad.join(', ')}) that are ignored.`);
  return words.filter((word) => NAME_PATTERN.test(word)).slice(0, MAX_NAMES);
}

/** A declared text, trimmed and bounded; `null` when empty. */
export const declaredText = (value: string | null | undefined, max = MAX_TEXT): string | null => (value?.trim() ? value.trim().slice(0, max) : null);

/** Reads a lifetime as written; `null` when it is not one. */
export function parseLifetime(value: string): ItemLifetime | null {
  const text = value.trim().toLowerCase();
  if (text === 'session' || text === 'persistent') return text;
  const match = LIFETIME.exec(text);
  return match ? { amount: Number(match[1]), unit: match[2] as LifetimeUnit } : null;
}

/** Validates items, one warning per malformed one (skipped) or bad field (left out). */
export function describedItems(declared: readonly DeclaredItem[], owner: string): { items: DeclaredItemDetail[]; warnings: string[] } {
  const items: DeclaredItemDetail[] = [];
  const warnings: string[] = [];
  for (const item of declared.slice(0, MAX_NAMES)) {
    const name = item.name?.trim() ?? '';
    const where = `${owner} <cookie-item name="${name}">`;
    if (!NAME_PATTERN.test(name)) {
      warnings.push(`cookie-consent: ${where} is not a cookie or storage name (letters, digits, _ - . and * as a wildcard); it is ignored.`);
      continue;
    }
    const type = item.type?.trim().toLowerCase() || 'cookie';
    if (type !== 'cookie' && type !== 'storage') warnings.push(`cookie-consent: ${where} type="${item.type ?? ''}" must be "cookie" or "storage"; using "cookie".`);
    const lifetime = item.lifetime?.trim() ? parseLifetime(item.lifetime) : null;
    if (item.lifetime?.trim() && !lifetime)
      warnings.push(`cookie-consent: ${where} lifetime="${item.lifetime}" must be "session", "persistent" or an amount and a unit ("30 minutes", "400 days", "13 months", "2 years"); it is not shown.`);
    const key = item.purposeKey && (PURPOSE_KEYS as readonly string[]).includes(item.purposeKey) ? item.purposeKey : null;
    items.push({ name, type: type === 'storage' ? 'storage' : 'cookie', lifetime, purpose: item.purpose?.trim().slice(0, MAX_TEXT) || null, purposeKey: key });
  }
  return { items, warnings };
}
