/**
 * `cookie-consent-banner/react`: React 19's JSX types for `<cookie-consent>` and its children.
 * Import it once for its types (`import type {} from 'cookie-consent-banner/react'`, or list it in
 * tsconfig's `types`); from then on `<cookie-consent policy-url="/privacy" revision={3}
 * onconsent-change={(event) => event.detail.consent.analytics}>` type-checks, the attributes with
 * the types of the attribute table and the handler with the event's `detail`.
 *
 * The props are the attribute names, not the camel-case properties: React 19 renders a prop it
 * finds no property for as an attribute, on the server too, and `policy-url` is never a property
 * (docs/frameworks.md). `onconsent-change` is spelled as React maps it: a function prop `on` +
 * name listens for exactly that event name, so `onConsentChange` would listen for another one.
 *
 * Types only: the module's JavaScript is empty, so a bundler importing it adds nothing.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConsentChangeEvent } from '../element/consent-change.js';
import type { CookieConsent } from '../element/cookie-consent.js';
import type { CookieDeclaration } from '../element/cookie-declaration.js';
import type { CookieCategoryAttributes, CookieConsentAttributes, CookieItemAttributes, CookieRegionAttributes, CookieServiceAttributes } from './attributes.js';

export type { CookieCategoryAttributes, CookieConsentAttributes, CookieConsentEvents, CookieItemAttributes, CookieRegionAttributes, CookieServiceAttributes } from './attributes.js';

/** React's props of an element of class `E` (`ref`, `key`, `className`, `children`, …) and its own attributes `A`. */
type ElementProps<E extends HTMLElement, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & A;

/** The props of `<cookie-consent>`: its attributes and its event. */
export type CookieConsentProps = ElementProps<CookieConsent, CookieConsentAttributes> & {
  /** Listens to `consent-change` (React 19 adds it with `addEventListener` in the browser). */
  'onconsent-change'?: (event: ConsentChangeEvent) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React 19 declares JSX as a namespace of its module; augmenting it is the only way to add elements
  namespace JSX {
    interface IntrinsicElements {
      /** The cookie consent banner: attributes of the attribute table, `onconsent-change`. */
      'cookie-consent': CookieConsentProps;
      /** Declares one category inside `<cookie-consent>`; its text is the description. */
      'cookie-category': ElementProps<HTMLElement, CookieCategoryAttributes>;
      /** Declares one service (vendor), inside a `<cookie-category>` or beside them. */
      'cookie-service': ElementProps<HTMLElement, CookieServiceAttributes>;
      /** Declares one cookie or storage key of a `<cookie-service>`; its text is the purpose. */
      'cookie-item': ElementProps<HTMLElement, CookieItemAttributes>;
      /** Sets the rule for some regions, ahead of the built-in table. */
      'cookie-region': ElementProps<HTMLElement, CookieRegionAttributes>;
      /** The cookie declaration for the privacy-policy page. */
      'cookie-declaration': ElementProps<CookieDeclaration, unknown>;
    }
  }
}
