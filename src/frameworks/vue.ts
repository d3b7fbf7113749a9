/**
 * `cookie-consent-banner/vue`: Vue 3.5's template types for `<cookie-consent>` and its children,
 * checked by vue-tsc (Volar). Import it once for its types (`import type {} from
 * 'cookie-consent-banner/vue'`, or list it in tsconfig's `types`); from then on
 * `<cookie-consent policy-url="/privacy" :revision="3" @consent-change="onChange">` type-checks,
 * the attributes with the types of the attribute table and the handler with the event's `detail`.
 *
 * The elements are declared as Vue documents it for custom elements that are not Vue components
 * (vuejs.org, "Vue and Web Components", "Non-Vue Web Components and TypeScript"): a
 * `GlobalComponents` entry whose instance type has `$props` (the attributes, checked in the
 * template) and `$emit` (the events, for `@consent-change`). vue-tsc camelizes attribute names
 * before it looks them up, so the props are listed under both spellings (`policy-url` and
 * `policyUrl`). At run time Vue still needs `isCustomElement` (docs/frameworks.md) so that it
 * renders the tags instead of resolving components.
 *
 * Types only: the module's JavaScript is empty, so a bundler importing it adds nothing.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CookieConsent } from '../element/cookie-consent.js';
import type { CookieDeclaration } from '../element/cookie-declaration.js';
import type {
  CamelAttributes,
  CookieCategoryAttributes,
  CookieConsentAttributes,
  CookieConsentEvents,
  CookieItemAttributes,
  CookieRegionAttributes,
  CookieServiceAttributes,
} from './attributes.js';

export type { CookieCategoryAttributes, CookieConsentAttributes, CookieConsentEvents, CookieItemAttributes, CookieRegionAttributes, CookieServiceAttributes } from './attributes.js';

/**
 * A custom element as a Vue template sees a component: the element's own members (a template
 * ref to it is an `E`), `$props` for its attributes `A` (both spellings) besides Vue's HTML
 * attributes and `key`/`ref`/`class`/`style`, and `$emit` for its events `Events`.
 */
export type VueCustomElement<E extends HTMLElement, A, Events = unknown> = new () => E & {
  /** @deprecated The attributes, for template type checking only: not a property of the element. */
  $props: HTMLAttributes & A & CamelAttributes<A> & PublicProps;
  /** @deprecated The events, for template type checking only (`@consent-change`): not a method of the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    /** The cookie consent banner: attributes of the attribute table, `@consent-change`. */
    'cookie-consent': VueCustomElement<CookieConsent, CookieConsentAttributes, CookieConsentEvents>;
    /** Declares one category inside `<cookie-consent>`; its text is the description. */
    'cookie-category': VueCustomElement<HTMLElement, CookieCategoryAttributes>;
    /** Declares one service (vendor), inside a `<cookie-category>` or beside them. */
    'cookie-service': VueCustomElement<HTMLElement, CookieServiceAttributes>;
    /** Declares one cookie or storage key of a `<cookie-service>`; its text is the purpose. */
    'cookie-item': VueCustomElement<HTMLElement, CookieItemAttributes>;
    /** Sets the rule for some regions, ahead of the built-in table. */
    'cookie-region': VueCustomElement<HTMLElement, CookieRegionAttributes>;
    /** The cookie declaration for the privacy-policy page. */
    'cookie-declaration': VueCustomElement<CookieDeclaration, unknown>;
  }
}
