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
import { gatedRequirement, isGatedMarkup, releasedAttributes, type Attribute } from '../core/gating-rules.js';
import type { RequestConsent } from './request-consent.js';
import { PASSED_OVER, START_TAG_ATTRIBUTES, isBannerScript, parseAttributes, valueOf } from './start-tags.js';

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
    // The browser's rule: gated markup (core/gating-rules.ts) whose every category is offered and granted.
    if (!isGatedMarkup(tag, attributes)) return whole;
    if (!gatedRequirement((name) => valueOf(attributes, name), consent.granted, consent.offered).allowed) return whole;
    const selfClosing = /\/\s*$/.test(attributeSource) ? ' /' : '';
    return write(tag, releasedAttributes(tag, attributes), selfClosing) + scriptRest;
  });
}
