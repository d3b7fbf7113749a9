/**
 * The first thing `dist/cookie-consent.js` runs, before the rest of the file is evaluated: when
 * the visitor has no consent cookie yet, start loading the banner module so that the banner is
 * in the page's first paint. A returning visitor (the cookie is there) loads nothing.
 */
import { besideScript } from './cdn-script-url.js';

// The cookie name from the script tag, else the default; a page that names its cookie only on
// the element at worst loads a file its visitor will not need.
const script = document.currentScript;
const cookieName = script?.getAttribute('data-cookie-name') || 'cookie_consent';
if (!document.cookie.split('; ').some((cookie) => cookie.startsWith(`${cookieName}=`))) {
  // From <head> (no <body> yet), the module may hold back the first paint as this script does,
  // so the banner paints with the page, not a few frames later (`blocking="render"`, Chromium).
  // The element's import() then gets the same module instance. Engines without it load the
  // module when the element connects: an import() started this early, mid-<head>, sometimes
  // never settled in WebKit (1 page load in about 100 in the test suite).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null while <head> is parsed; lib.dom types it non-null
  if (!document.body && script instanceof HTMLScriptElement && script.src && 'blocking' in script) {
    const module = document.createElement('script');
    module.type = 'module';
    module.src = besideScript('cookie-consent-banner.js');
    module.setAttribute('blocking', 'render');
    module.nonce = script.nonce;
    document.head.append(module);
  }
}
