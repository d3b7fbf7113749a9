/**
 * Which markup is gated and how it becomes live: the one rule that the browser's release
 * (`gating/release.ts`) and the server's `releaseGrantedMarkup` both apply, so the two cannot
 * drift. Pure: it works on attribute lists, read from a DOM element or from HTML source.
 */
import { checkRequirement, type Requirement } from './categories.js';

/** One attribute: its name (lower case) and value; `null` for a bare attribute in HTML source. */
export interface Attribute {
  readonly name: string;
  readonly value: string | null;
}

/** The tags that can be gated. */
export type GatedTag = 'script' | 'iframe' | 'img';

/** The attributes that say what gated markup needs: categories, services (vanilla-cookieconsent's name). */
const NEEDS = ['data-category', 'data-service'] as const;

/**
 * The gated elements as a selector, the same rule as {@link isGatedMarkup}: scripts made inert
 * as `text/plain`, iframes and images waiting for their real `src` in `data-src`, each with a
 * `data-category` or a `data-service`.
 */
export const GATED_SELECTOR = NEEDS.flatMap((need) => [`script[type="text/plain"][${need}]`, `iframe[${need}][data-src]`, `img[${need}][data-src]`]).join(',');

const valueOf = (attributes: readonly Attribute[], name: string): string | null | undefined => attributes.find((attribute) => attribute.name === name)?.value;

/**
 * Whether gated markup may be released: every category in its `data-category` and every service
 * in its `data-service` granted (a service is granted only with its category). A malformed or
 * unknown id keeps it held, and `problem` says which.
 * @param read an attribute's value, `null` or `undefined` when absent
 * @param granted the categories and services in force
 * @param offered every category and service the page offers
 */
export function gatedRequirement(read: (name: string) => string | null | undefined, granted: ReadonlySet<string>, offered: ReadonlySet<string>): Requirement {
  const checks = NEEDS.map(read)
    .filter((value): value is string => typeof value === 'string')
    .map((value) => checkRequirement(value, granted, offered));
  return { allowed: checks.length > 0 && checks.every((check) => check.allowed), problem: checks.find((check) => check.problem)?.problem ?? null };
}

/** Whether a tag with these attributes is gated markup (see {@link GATED_SELECTOR}). */
export function isGatedMarkup(tag: string, attributes: readonly Attribute[]): tag is GatedTag {
  if (NEEDS.every((need) => valueOf(attributes, need) === undefined)) return false;
  if (tag === 'script') return valueOf(attributes, 'type')?.toLowerCase() === 'text/plain';
  return (tag === 'iframe' || tag === 'img') && typeof valueOf(attributes, 'data-src') === 'string';
}

// What describes the inert placeholder rather than the live tag.
const SCRIPT_PLACEHOLDER = new Set(['type', 'data-type', 'data-src']);
const MEDIA_SOURCES = new Set(['src', 'data-src', 'srcset', 'data-srcset']);

/**
 * The attributes of the live tag a gated one stands for. A script keeps every other attribute
 * (`async`, `defer`, `nonce`, `integrity`, `crossorigin`, `id`, `class`, `data-*`…), `data-type`
 * becomes its `type` and `data-src` its `src` when it has none (vanilla-cookieconsent's markup).
 * An iframe or image gets `data-src` as its `src` (and an image `data-srcset` as its `srcset`);
 * both `data-` sources go, so the live element no longer counts as gated.
 */
export function releasedAttributes(tag: GatedTag, attributes: readonly Attribute[]): Attribute[] {
  if (tag === 'script') {
    const live = attributes.filter(({ name }) => !SCRIPT_PLACEHOLDER.has(name));
    const type = valueOf(attributes, 'data-type');
    if (type) live.unshift({ name: 'type', value: type });
    const source = valueOf(attributes, 'data-src');
    if (source !== undefined && valueOf(attributes, 'src') === undefined) live.push({ name: 'src', value: source });
    return live;
  }
  const live = attributes.filter(({ name }) => !MEDIA_SOURCES.has(name));
  const srcset = valueOf(attributes, 'data-srcset');
  if (tag === 'img' && srcset !== undefined) live.push({ name: 'srcset', value: srcset });
  live.push({ name: 'src', value: valueOf(attributes, 'data-src') ?? null });
  return live;
}
