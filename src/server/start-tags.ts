/**
 * Reading start tags from HTML source without a DOM: what the server helpers need to find the
 * banner's configuration and the gated elements. Attribute values stay as written (character
 * references untouched) so that tags can be written back unchanged.
 */
import type { Attribute } from '../core/gating-rules.js';

/**
 * Markup that is not markup: comments, and raw-text elements passed over whole. Uses capture
 * group 1, so a pattern must begin with it.
 */
export const PASSED_OVER = String.raw`<!--[\s\S]*?(?:-->|$)|<(style|textarea|title|noscript|template|xmp)\b[\s\S]*?(?:<\/\1\s*>|$)`;

/** The attribute part of a start tag, up to its `>`: quoted values may contain `>`. */
export const START_TAG_ATTRIBUTES = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)>`;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * One attribute as written: its name (lower-cased, as HTML reads it) and its value as source
 * text between the quotes, character references untouched; `null` for a bare attribute.
 */
export type { Attribute };

/** The attributes of a start tag's attribute source, the first of repeated ones only (as HTML keeps). */
export function parseAttributes(source: string): Attribute[] {
  const attributes: Attribute[] = [];
  const seen = new Set<string>();
  for (const [, name = '', double, single, unquoted] of source.matchAll(ATTRIBUTE)) {
    const lower = name.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    const value = double ?? single?.replace(/"/g, '&quot;') ?? unquoted ?? null;
    attributes.push({ name: lower, value });
  }
  return attributes;
}

/** An attribute's value as written: `undefined` when absent, `null` when bare. */
export const valueOf = (attributes: readonly Attribute[], name: string): string | null | undefined =>
  attributes.find((attribute) => attribute.name === name)?.value;

const REFERENCES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** An attribute value as the browser reads it: the common character references decoded. */
export function decodeValue(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return value === null ? '' : null;
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|apos|lt|gt));/gi, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name) return REFERENCES[name.toLowerCase()] ?? reference;
    const code = decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/** Whether a script tag's `src` is the banner's script, `…/cookie-consent.js` (query and hash aside). */
export function isBannerScript(attributes: readonly Attribute[]): boolean {
  const source = decodeValue(valueOf(attributes, 'src'));
  return !!source && /(^|\/)cookie-consent\.js$/.test(source.split(/[?#]/)[0] ?? '');
}
