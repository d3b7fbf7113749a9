/**
 * `cookie-consent-banner/svelte`: Svelte 5's element types for `<cookie-consent>` and its
 * children, checked by svelte-check. Import it once for its types (`import type {} from
 * 'cookie-consent-banner/svelte'`, or list it in tsconfig's `types`); from then on
 * `<cookie-consent policy-url="/privacy" revision={3} onconsent-change={onChange}>` type-checks,
 * the attributes with the types of the attribute table and the handler with the event's `detail`
 * (and `currentTarget` typed as the element).
 *
 * Svelte 5 listens with an event attribute, `onconsent-change` (the name after `on`, as is);
 * Svelte 4's directive `on:consent-change` is typed too.
 *
 * Types only: the module's JavaScript is empty, so a bundler importing it adds nothing.
 */
import type { EventHandler, HTMLAttributes } from 'svelte/elements';
import type { ConsentChangeEvent } from '../element/consent-change.js';
import type { CookieConsent } from '../element/cookie-consent.js';
import type { CookieDeclaration } from '../element/cookie-declaration.js';
import type { CookieCategoryAttributes, CookieConsentAttributes, CookieItemAttributes, CookieRegionAttributes, CookieServiceAttributes } from './attributes.js';

export type { CookieCategoryAttributes, CookieConsentAttributes, CookieConsentEvents, CookieItemAttributes, CookieRegionAttributes, CookieServiceAttributes } from './attributes.js';

/** The attributes of `<cookie-consent>` in a Svelte template: Svelte's HTML attributes, the table's, and the event. */
export type CookieConsentSvelteAttributes = HTMLAttributes<CookieConsent> &
  CookieConsentAttributes & {
    /** Listens to `consent-change` (Svelte 5). */
    'onconsent-change'?: EventHandler<ConsentChangeEvent, CookieConsent> | null;
    /** Listens to `consent-change` (Svelte 4's directive, still understood by Svelte 5). */
    'on:consent-change'?: EventHandler<ConsentChangeEvent, CookieConsent> | null;
  };

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    /** The cookie consent banner: attributes of the attribute table, `onconsent-change`. */
    'cookie-consent': CookieConsentSvelteAttributes;
    /** Declares one category inside `<cookie-consent>`; its text is the description. */
    'cookie-category': HTMLAttributes<HTMLElement> & CookieCategoryAttributes;
    /** Declares one service (vendor), inside a `<cookie-category>` or beside them. */
    'cookie-service': HTMLAttributes<HTMLElement> & CookieServiceAttributes;
    /** Declares one cookie or storage key of a `<cookie-service>`; its text is the purpose. */
    'cookie-item': HTMLAttributes<HTMLElement> & CookieItemAttributes;
    /** Sets the rule for some regions, ahead of the built-in table. */
    'cookie-region': HTMLAttributes<HTMLElement> & CookieRegionAttributes;
    /** The cookie declaration for the privacy-policy page. */
    'cookie-declaration': HTMLAttributes<CookieDeclaration>;
  }
}
