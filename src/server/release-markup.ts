/**
 * Releasing gated markup on the server. The elements a request's consent allows are written as
 * the plain tags they stand for, so the browser's preload scanner fetches them with the page and
 * a returning visitor's tags run as early as on a page without a banner. Everything else is left
 * exactly as written, for the browser script to hold back.
 *
 * A string rewrite, not a DOM: it runs in any server runtime and adds no dependency. It is
 * conservative: whatever it cannot read with certainty it leaves gated, and the browser script,
 * which decides the same way, still handles it.
 */
import { checkRequirement } from '../core/categories.js';
import type { RequestConsent } from './request-consent.js';
import { PASSED_OVER, START_TAG_ATTRIBUTES, isBannerScript, parseAttributes, valueOf, type Attribute } from './start-tags.js';

/**
 * What the rewrite looks at, in document order: comments and raw-text elements are passed over
 * whole (markup inside them is not markup); a script is its start tag plus its text, up to its
 * end tag or the end of the input, as a browser reads it; an iframe or img is its start tag; any
 * other start tag is passed over whole, so markup quoted in an attribute value stays text.
 * Quoted attribute values may contain `>`.
 */
const MARKUP = new RegExp(
  PASSED_OVER +
    String.raw`|<(script)\b${START_TAG_ATTRIBUTES}([\s\S]*?(?:<\/script\s*>|$))|<(iframe|img)\b${START_TAG_ATTRIBUTES}` +
    String.raw`|<[a-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>`,
  'gi',
);

const write = (tag: string, attributes: readonly Attribute[], selfClosing: string) =>
  `<${tag}${attributes.map(({ name, value }) => (value === null ? ` ${name}` : ` ${name}="${value}"`)).join('')}${selfClosing}>`;

/** The tag as it will run: the gated attributes swapped for live ones. */
function released(tag: string, attributes: readonly Attribute[]): Attribute[] {
  const get = (name: string) => valueOf(attributes, name) ?? null;
  if (tag === 'script') {
    // As the browser script releases it: `data-type` becomes `type`, `data-src` the `src` if none.
    const live = attributes.filter(({ name }) => name !== 'type' && name !== 'data-type' && name !== 'data-src');
    const type = get('data-type');
    if (type) live.unshift({ name: 'type', value: type });
    const dataSource = get('data-src');
    if (dataSource !== null && get('src') === null) live.push({ name: 'src', value: dataSource });
    return live;
  }
  // iframe and img: the real source in place of data-src (and data-srcset), which are removed so
  // the browser script does not take the element for a held one.
  const live = attributes.filter(({ name }) => name !== 'src' && name !== 'data-src' && name !== 'srcset' && name !== 'data-srcset');
  const srcset = get('data-srcset');
  if (tag === 'img' && srcset !== null) live.push({ name: 'srcset', value: srcset });
  live.push({ name: 'src', value: get('data-src') });
  return live;
}

/** Whether the tag is gated markup, as the browser script's selector defines it. */
function isGated(tag: string, attributes: readonly Attribute[]): boolean {
  if (valueOf(attributes, 'data-category') === undefined) return false;
  if (tag === 'script') return valueOf(attributes, 'type')?.toLowerCase() === 'text/plain';
  return typeof valueOf(attributes, 'data-src') === 'string';
}

/**
 * Whether this is the banner's own script tag and may load without holding up the page: the
 * visitor has decided, so no banner will open (nothing to paint first), the server has released
 * what the decision grants, and the page does not use Consent Mode, whose defaults must reach
 * Google's tags before they run. What stays gated waits for the script either way.
 */
function canBeDeferred(attributes: readonly Attribute[], consent: Pick<RequestConsent, 'record' | 'config'>): boolean {
  if (!consent.record || consent.config.consentMode) return false;
  const names = new Set(attributes.map(({ name }) => name));
  if (names.has('async') || names.has('defer') || names.has('type') || names.has('nomodule')) return false;
  return isBannerScript(attributes);
}

/**
 * Writes the gated scripts, iframes and images of `html` that `consent` allows as plain tags.
 * An element is released only when every category its `data-category` names is offered and
 * granted, the rule the browser script applies; the rest is returned byte for byte. Once the
 * visitor has decided (and without Consent Mode), the banner's own `<script src=…/cookie-consent.js>`
 * also gets `defer`: it then runs once the page is parsed and no longer holds up, or interrupts,
 * the tags written after it.
 * @param html a page, or any fragment of one
 * @param consent the request's consent, from {@link consentForRequest}
 */
export function releaseGrantedMarkup(html: string, consent: Pick<RequestConsent, 'granted' | 'offered' | 'record' | 'config'>): string {
  return html.replace(MARKUP, (whole: string, ...groups: (string | undefined)[]) => {
    const [, script, scriptAttributes, scriptRest = '', media, mediaAttributes] = groups;
    const tagName = script ?? media;
    const attributeSource = scriptAttributes ?? mediaAttributes;
    if (!tagName || attributeSource === undefined) return whole;
    const tag = tagName.toLowerCase();
    const attributes = parseAttributes(attributeSource);
    if (script && canBeDeferred(attributes, consent)) return `${write(tag, [...attributes, { name: 'defer', value: null }], '')}${scriptRest}`;
    if (!isGated(tag, attributes)) return whole;
    if (!checkRequirement(valueOf(attributes, 'data-category'), consent.granted, consent.offered).allowed) return whole;
    const selfClosing = /\/\s*$/.test(attributeSource) ? ' /' : '';
    return write(tag, released(tag, attributes), selfClosing) + scriptRest;
  });
}
