/**
 * Turning an inert gated element into a live one.
 */

// Attributes that describe the placeholder, not the script it stands for.
const PLACEHOLDER_ATTRIBUTES = new Set(['type', 'data-type', 'data-src']);

/**
 * A live copy of a `text/plain` placeholder script: every other attribute kept (`async`,
 * `integrity`, `crossorigin`, `id`, `class`, `data-*`…), `data-type` as its `type`, and its
 * nonce, which browsers hide from `getAttribute` once a CSP applies, copied from the property.
 */
export function liveScript(placeholder: HTMLScriptElement): HTMLScriptElement {
  const script = placeholder.ownerDocument.createElement('script');
  for (const { name, value } of placeholder.attributes) {
    if (!PLACEHOLDER_ATTRIBUTES.has(name)) script.setAttribute(name, value);
  }
  const type = placeholder.getAttribute('data-type');
  if (type) script.setAttribute('type', type);
  // vanilla-cookieconsent's markup puts the URL in data-src; both forms work.
  const src = placeholder.getAttribute('data-src');
  if (src && !placeholder.hasAttribute('src')) script.setAttribute('src', src);
  if (placeholder.nonce) script.nonce = placeholder.nonce;
  // Inserted scripts are async by default; without `async` they keep document order instead.
  if (!placeholder.hasAttribute('async')) script.async = false;
  script.text = placeholder.text;
  return script;
}

/** Gives a gated `<iframe>` or `<img>` its real source. */
export function releaseMedia(element: HTMLIFrameElement | HTMLImageElement): void {
  const srcset = element.getAttribute('data-srcset');
  if (srcset !== null && element instanceof HTMLImageElement) element.setAttribute('srcset', srcset);
  const src = element.getAttribute('data-src');
  if (src !== null) element.setAttribute('src', src);
}
