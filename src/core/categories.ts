/**
 * Category ids and the parsing of category lists. Pure: no DOM.
 */
import { didYouMean } from './did-you-mean.js';

/** The category that is always granted and cannot be switched off. */
export const NECESSARY = 'necessary';
/** Advertising and targeting: the category Global Privacy Control opts out of. */
export const TARGETING = 'targeting';

/** The optional categories offered when the site owner names none. */
export const DEFAULT_OPTIONAL_CATEGORIES: readonly string[] = ['analytics', 'functionality', 'targeting'];

/** The ids every translation describes. */
export const BUILT_IN_CATEGORIES: readonly string[] = [NECESSARY, ...DEFAULT_OPTIONAL_CATEGORIES];

/** Upper bound on how many categories a page may declare; keeps the cookie and the UI bounded. */
export const MAX_CATEGORIES = 24;

/** At most this many services (`<cookie-service>`) per page, so that the stored record fits in a cookie. */
export const MAX_SERVICES = 48;

// Lower-case ASCII, so an id is safe in a cookie, an attribute selector and a `name` attribute.
const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,31}$/;

/** Whether `value` is a well-formed category id (not whether the page offers it). */
export function isCategoryId(value: unknown): value is string {
  return typeof value === 'string' && CATEGORY_ID.test(value);
}

/** The space-separated words of an attribute value; `null` and blank give none. */
export function splitWords(value: string | null | undefined): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

/** Result of parsing a list of category ids. */
export interface CategoryList {
  /** Well-formed ids, de-duplicated, in the order given. */
  readonly ids: string[];
  /** Words that are not well-formed ids, for a warning. */
  readonly invalid: string[];
}

/**
 * Parses a space-separated list of category ids, as in `categories` or `data-category`.
 * Case is folded, duplicates are dropped, malformed words are reported, not thrown.
 */
export function parseCategoryList(value: string | null | undefined): CategoryList {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const word of splitWords(value)) {
    const id = word.toLowerCase();
    if (!isCategoryId(id)) invalid.push(word);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, invalid };
}

/** `!analytics` → `analytics`: the id a word negates (vanilla-cookieconsent's "when denied"), or `null`. */
const negatedId = (word: string): string | null => (word.startsWith('!') && isCategoryId(word.slice(1).toLowerCase()) ? word.slice(1).toLowerCase() : null);

// What site owners write between ids besides spaces (`Analytics, Targeting`).
const SEPARATORS = /[,;|]/g;

/** A `categories` value made space-separated, and what was taken out of it. */
export interface TidiedCategoryList {
  /** The value with other separators as spaces and without negated ids. */
  readonly value: string;
  /** The separators other than white space that were used, each once. */
  readonly separators: string[];
  /** The ids written with a leading `!`, which is not supported syntax, without it. */
  readonly negated: string[];
}

/**
 * Reads `categories` as its author meant it where that is unambiguous: commas, semicolons and
 * bars separate ids as spaces do. `!id` is taken out (it is not supported, and was never offered).
 * Only for the `categories` attribute: `data-category` stays strictly space-separated.
 */
export function tidyCategoryList(value: string): TidiedCategoryList {
  const separators = [...new Set(value.match(SEPARATORS) ?? [])];
  const negated: string[] = [];
  const words = splitWords(value.replace(SEPARATORS, ' ')).filter((word) => {
    const id = negatedId(word);
    if (id !== null && !negated.includes(id)) negated.push(id);
    return id === null;
  });
  return { value: words.join(' '), separators, negated };
}

/** Whether a gated element may be released, and what is wrong with its `data-category` if anything. */
export interface Requirement {
  /** True only when the value names at least one category, all well-formed and all granted. */
  readonly allowed: boolean;
  /** Malformed or not-offered ids, or `null` when the value is fine. A problem never allows release. */
  readonly problem: string | null;
}

/**
 * Decides on one `data-category` value: every category it names must be granted. A value that
 * names none, or names a malformed id or one the page does not offer, or negates one (`!id`),
 * is never released.
 */
export function checkRequirement(value: string | null | undefined, granted: ReadonlySet<string>, offered: ReadonlySet<string>): Requirement {
  const { ids, invalid } = parseCategoryList(value);
  const unknown = [...invalid, ...ids.filter((id) => !offered.has(id))];
  const negated = invalid.map(negatedId).filter((id): id is string => id !== null);
  if (negated.length) return { allowed: false, problem: `names "!${negated.join('", "!')}": "!" (negation, "when denied") is not supported; to act on a refusal, listen for consent-change` };
  if (!ids.length && !invalid.length) return { allowed: false, problem: 'names no category' };
  if (unknown.length) {
    const hints = unknown.map((word) => {
      const id = word.toLowerCase();
      const close = didYouMean(id, offered);
      if (!close) return '';
      // A built-in id is right as written: the page's `categories` is what is misspelt.
      return BUILT_IN_CATEGORIES.includes(id) ? `is categories="${close}" misspelt? ` : `did you mean "${close}"? `;
    });
    return { allowed: false, problem: `names "${unknown.join('", "')}", which this page does not offer (${hints.join('')}it offers ${[...offered].join(', ')})` };
  }
  return { allowed: ids.every((id) => granted.has(id)), problem: null };
}
