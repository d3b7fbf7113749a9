/**
 * The npm entry: the element class, the headless consent store and their types. Importing it
 * defines `<cookie-consent>` once and does nothing else, so it is safe to import from several
 * places or during server rendering.
 */
import { CookieConsent } from './element/cookie-consent.js';

export { CookieConsent };
export { ConsentStore, consentStore, type ConsentChange, type ConsentListener, type ConsentOptions } from './consent/consent-store.js';
export type { ConsentChangeDetail, ConsentChangeEvent } from './element/consent-change.js';
export type { ConsentMap } from './core/decision.js';
export type { ConsentRecord } from './core/record.js';
export type { ConsentConfig, ConsentMode } from './core/config.js';
export type { Texts, CategoryText } from './core/texts/texts.js';

/** The element's tag name. */
export const TAG_NAME = 'cookie-consent';

if (typeof customElements !== 'undefined' && !customElements.get(TAG_NAME)) customElements.define(TAG_NAME, CookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
