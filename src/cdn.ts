/**
 * The script-tag entry, bundled into `dist/cookie-consent.js`. Defines `<cookie-consent>`; when
 * the page has none once the DOM is ready, appends one configured from this script tag's `data-*`
 * attributes. Loaded twice, the second copy does nothing.
 */
import { CookieConsent } from './components/cookie-consent.js';
import { CONFIG_ATTRIBUTES, parseConfig } from './core/config.js';
import { pageConsent } from './runtime/consent-manager.js';
import { warnOnce } from './runtime/warn-once.js';

const TAG = 'cookie-consent';

/** `data-policy-url="/privacy"` on the script tag → `policy-url="/privacy"` on the element. */
function scriptConfig(script: HTMLOrSVGScriptElement | null): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of CONFIG_ATTRIBUTES) {
    const value = script?.getAttribute(`data-${name}`);
    if (value !== null && value !== undefined) found.set(name, value);
  }
  return found;
}

function boot(): void {
  if (customElements.get(TAG)) return;
  customElements.define(TAG, CookieConsent);
  const attributes = scriptConfig(document.currentScript);

  // Configured on the script tag and placed in <head>: start gating now, so a returning visitor's
  // scripts are released as they are parsed rather than when the DOM is ready.
  if (attributes.size && !document.querySelector(TAG)) {
    const { config } = parseConfig((name) => attributes.get(name), location.hostname);
    pageConsent(document).configure(config);
  }

  const ensureElement = (): void => {
    if (document.querySelector(TAG)) {
      if (attributes.size)
        warnOnce('cookie-consent: both the script tag (data-* attributes) and a <cookie-consent> element configure the banner; the element wins. Keep one of them.');
      return;
    }
    const element = document.createElement(TAG);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    document.body.append(element);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ensureElement, { once: true });
  else ensureElement();
}

boot();
