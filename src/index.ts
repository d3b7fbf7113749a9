/**
 * The npm entry: the element class, the headless consent store and their types. Importing it
 * defines `<cookie-consent>` once and does nothing else, so it is safe to import from several
 * places or during server rendering.
 */
import { CookieConsent } from './element/cookie-consent.js';
import { CookieDeclaration } from './element/cookie-declaration.js';

export { CookieConsent, CookieDeclaration };
export { ConsentStore, consentStore, type ConsentChange, type ConsentListener, type ConsentOptions } from './consent/consent-store.js';
export type { ConsentChangeDetail, ConsentChangeEvent } from './element/consent-change.js';
export type { ConsentMap } from './core/decision.js';
export type { ConsentRecord } from './core/record.js';
export type { ConsentConfig, ConsentMode } from './core/config.js';
export type { Texts, CategoryText } from './core/texts/texts.js';

/** The element's tag name. */
export const TAG_NAME = 'cookie-consent';

/** The declaration's tag name. */
export const DECLARATION_TAG_NAME = 'cookie-declaration';

if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME)) customElements.define(TAG_NAME, CookieConsent);
if (typeof customElements !== 'undefined' && !customElements.get(DECLARATION_TAG_NAME)) customElements.define(DECLARATION_TAG_NAME, CookieDeclaration);

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
    'cookie-declaration': CookieDeclaration;
  }
}
