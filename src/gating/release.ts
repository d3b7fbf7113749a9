/**
 * Turning an inert gated element into a live one, by the core's gating rule (shared with the
 * server's release).
 */
import { releasedAttributes, type Attribute, type GatedTag } from '../core/gating-rules.js';

const attributesOf = (element: Element): Attribute[] => [...element.attributes].map(({ name, value }) => ({ name, value }));

/**
 * A live copy of a `text/plain` placeholder script, with the attributes the rule gives it and
 * its nonce, which browsers hide from `getAttribute` once a CSP applies, copied from the property.
 */
export function liveScript(placeholder: HTMLScriptElement): HTMLScriptElement {
  const script = placeholder.ownerDocument.createElement('script');
  for (const { name, value } of releasedAttributes('script', attributesOf(placeholder))) script.setAttribute(name, value ?? '');
  if (placeholder.nonce) script.nonce = placeholder.nonce;
  // Inserted scripts are async by default; without `async` they keep document order instead.
  if (!placeholder.hasAttribute('async')) script.async = false;
  script.text = placeholder.text;
  return script;
}

/** Gives a gated `<iframe>` or `<img>` its real source (and `srcset`), as the rule says. */
export function releaseMedia(element: HTMLIFrameElement | HTMLImageElement): void {
  const live = releasedAttributes(element.localName as GatedTag, attributesOf(element));
  const kept = new Set(live.map(({ name }) => name));
  for (const { name } of attributesOf(element)) if (!kept.has(name)) element.removeAttribute(name);
  // In order: an image's srcset before its src, so it fetches one source only.
  for (const { name, value } of live) if (element.getAttribute(name) !== value) element.setAttribute(name, value ?? '');
}
