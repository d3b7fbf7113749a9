/**
 * `<cookie-declaration>`: the cookie declaration for a privacy-policy page. It holds nothing
 * itself: the page's `<cookie-consent>` draws it, with the texts and decision it has.
 */

/** Fired by a `<cookie-declaration>` when it connects, so the page's `<cookie-consent>` draws it. */
export const DECLARATION_CONNECTED = 'cookie-declaration-connected';

/** HTMLElement, or an empty stand-in where there is no DOM (server-side rendering). */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an empty stand-in is the point
const BaseElement: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

/**
 * The cookie declaration: every category and service the page's `<cookie-consent>` declares,
 * with their purposes, providers and cookies (name, type, lifetime, purpose), and the visitor's
 * own decision (consent id, date, choices) with a button that opens the preferences. Place it
 * anywhere, typically on the privacy-policy page; it follows the page's font and colours and
 * updates on every decision.
 *
 * @summary Cookie declaration and the visitor's decision, for the privacy-policy page.
 *
 * @csspart declaration - The whole declaration.
 * @csspart decision - The visitor's decision: consent id, date, choices and the button.
 * @csspart choices - The list of categories and services with their state.
 * @csspart change - The button that opens the preferences.
 * @csspart consent-id - The visitor's consent id.
 * @csspart declared-category - Each category's section.
 * @csspart declared-service - Each service's section, inside its category's.
 * @csspart cookie-list - The disclosure with a category's or service's cookies.
 * @csspart cookie-table - The table of those cookies.
 */
export class CookieDeclaration extends BaseElement {
  connectedCallback(): void {
    this.dispatchEvent(new Event(DECLARATION_CONNECTED, { bubbles: true, composed: true }));
  }
}
