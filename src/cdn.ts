/**
 * The script-tag entry, bundled into `dist/cookie-consent.js`. Defines `<cookie-consent>`; when
 * the page has none, one configured from this script tag's `data-*` attributes is added to
 * `<body>`. Loaded twice, the second copy does nothing.
 */
import { ATTRIBUTES, optionsFrom } from './core/attributes.js';
import { scriptTagWarnings } from './core/setup-checks.js';
import { errorOnce, warnOnce } from './core/warn-once.js';
import { consentStore } from './consent/consent-store.js';
import { COMPLETE_ON_CONNECT, CookieConsent } from './element/cookie-consent.js';
import { CookieDeclaration } from './element/cookie-declaration.js';

const TAG = 'cookie-consent';
const BOTH_CONFIGURED =
  'cookie-consent: both the script tag and a <cookie-consent> element configure the banner; the element wins.';

/**
 * Loaded without a URL of its own, the file cannot find `i18n/<lang>.js` beside it (nor, as a
 * module, its script tag): what is lost, what still works, and the fix. `null` for a classic
 * `<script src>`.
 */
function howLoaded(script: HTMLOrSVGScriptElement | null): string | null {
  // document.currentScript is null while a module (or an import()) runs.
  const how = !script ? 'as a module, it cannot read its script tag\'s data-* nor' : !(script instanceof HTMLScriptElement) || !script.src ? 'inline, it cannot' : null;
  return how && `cookie-consent: loaded ${how} load i18n/<lang>.js: the banner works, in English. Load cookie-consent.js with a classic <script src="…/cookie-consent.js">.`;
}

/** `data-policy-url="/privacy"` on the script tag → `policy-url="/privacy"` on the element. */
function scriptConfig(script: HTMLOrSVGScriptElement | null): Map<string, string> {
  const found = new Map<string, string>();
  for (const { attribute } of ATTRIBUTES) {
    const value = script?.getAttribute(`data-${attribute}`);
    if (value !== null && value !== undefined) found.set(attribute, value);
  }
  // A misspelt setting would otherwise fall back to its default without a word.
  for (const warning of scriptTagWarnings(script?.getAttributeNames() ?? [])) warnOnce(warning, script);
  return found;
}

/** Runs `insert` as soon as `<body>` exists: at once, or when the parser creates it. */
function whenBodyExists(insert: (body: HTMLElement) => void): void {
  // lib.dom types document.body as always there; while <head> is parsed it is not.
  const body = () => document.body as HTMLElement | null;
  const now = body();
  if (now) {
    insert(now);
    return;
  }
  const observer = new MutationObserver(() => {
    const created = body();
    if (!created) return;
    observer.disconnect();
    insert(created);
  });
  observer.observe(document.documentElement, { childList: true });
}

function boot(): void {
  if (customElements.get(TAG)) return;
  customElements.define(TAG, CookieConsent);
  if (!customElements.get('cookie-declaration')) customElements.define('cookie-declaration', CookieDeclaration);
  const loaded = howLoaded(document.currentScript);
  // An error, as for a missing translation: visitors may not get their language.
  if (loaded) errorOnce(loaded);
  const attributes = scriptConfig(document.currentScript);
  const onDomReady = (work: () => void) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', work, { once: true });
    else work();
  };

  if (attributes.size && !document.querySelector(TAG)) {
    // Configured on the script tag: start gating now, so a returning visitor's scripts are
    // released as they are parsed, and add the element the moment <body> exists, so a first-time
    // visitor's banner comes in the frame after the page's first paint (and first in the tab order).
    const element = document.createElement(TAG);
    COMPLETE_ON_CONNECT.add(element);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    // On the element's behalf, with its options: when it connects, the store is configured already.
    consentStore(document).configure(optionsFrom((name) => attributes.get(name)), [], element);
    whenBodyExists((body) => {
      body.prepend(element);
    });
    onDomReady(() => {
      // The page has its own <cookie-consent> too: it wins, and takes over from ours.
      if ([...document.querySelectorAll(TAG)].some((other) => other !== element)) {
        warnOnce(BOTH_CONFIGURED);
        element.remove();
      }
    });
    return;
  }

  onDomReady(() => {
    if (document.querySelector(TAG)) {
      if (attributes.size)
        warnOnce(BOTH_CONFIGURED);
      return;
    }
    document.body.append(document.createElement(TAG));
  });
}

boot();
