/**
 * The product as the tests drive it: the script-tag build a page loads, signals a page gives it
 * in its head, the banner and the preferences dialog of a `<cookie-consent>`, and the
 * placeholders that stand in for held iframes.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CookieConsent } from '../../src/index.js';
import { consentElementOf, loadPage, part, parts, until, type PageOptions } from './helpers.js';

/** URL of the script-tag build, `dist/cookie-consent.js` (built before the suite runs). */
export const SCRIPT_URL = '/dist/cookie-consent.js';

/** A `<script>` tag loading the script-tag build; `attributes` (e.g. `data-categories="analytics"`) configure it. */
export const scriptTag = (attributes = ''): string => `<script src="${SCRIPT_URL}"${attributes ? ` ${attributes}` : ''}></script>`;

/** The plain `<script>` tag loading the script-tag build, for a page's head. */
export const SCRIPT = scriptTag();

/**
 * A head script that makes the browser send Global Privacy Control (`true`), or explicitly not
 * (`false`); it must come before the product script.
 */
export const gpcSignal = (on: boolean): string =>
  `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { value: ${String(on)}, configurable: true })</script>`;
export const GPC_ON = gpcSignal(true);
export const GPC_OFF = gpcSignal(false);

/** The built-in optional categories (every category but `necessary`). */
export const OPTIONAL = ['analytics', 'functionality', 'targeting'];

/** The banner's own button `name` (the preferences carry accept-all and reject-all too), or null. */
export const bannerButton = (element: CookieConsent, name: string): HTMLElement | null =>
  element.shadowRoot?.querySelector<HTMLElement>(`[part~="banner"] [part~="${name}"]`) ?? null;

/** The banner's title (its heading's text), or null while there is no banner. */
export const bannerTitle = (element: CookieConsent): string | null => part(element, 'banner')?.querySelector('h2')?.textContent.trim() ?? null;

/**
 * Resolves once the banner of `element` shows its buttons. 10 s: a fresh page's first layout,
 * with three engines sharing two cores in CI, once took over the default 5 s (consent-mode.test.ts,
 * Chromium); a banner that never shows still fails, saying what its page held, so a failure in a
 * loaded CI run can be told apart (a decision in the cookie, say).
 */
export async function bannerShows(element: CookieConsent): Promise<void> {
  try {
    await until(() => !!bannerButton(element, 'accept-all'), 'the banner', 10_000);
  } catch (error) {
    const doc = element.ownerDocument;
    const root = element.shadowRoot;
    const state = `cookies ${JSON.stringify(doc.cookie)}, readyState ${doc.readyState}, visibility ${doc.visibilityState}, defined ${String(!!doc.defaultView?.customElements.get('cookie-consent'))}, shadow root ${root ? JSON.stringify(root.innerHTML.slice(0, 200)) : 'none'}, consent ${JSON.stringify(element.consent ?? null)}`;
    throw new Error(`${String(error)}; ${state}`, { cause: error });
  }
}

/**
 * Loads a page with {@link loadPage} (by default with the script-tag build in its head) and
 * resolves once the banner of its `<cookie-consent>` shows, with its buttons.
 */
export async function loadBannerPage(
  body: string,
  head = SCRIPT,
  options: PageOptions = {},
): Promise<{ page: Window & { __warnings: string[] }; element: CookieConsent }> {
  const page = await loadPage(body, head, options);
  const element = consentElementOf(page);
  await bannerShows(element);
  return { page, element };
}

/**
 * Renders `template` (a `<cookie-consent>`, by default with a policy link) in the test document
 * with open-wc's `fixture`, and resolves once the element has updated. The test file imports
 * src/index.js, which defines the element there.
 */
export async function render(template: TemplateResult = html`<cookie-consent policy-url="/privacy"></cookie-consent>`): Promise<CookieConsent> {
  const element = await fixture<CookieConsent>(template);
  await element.updateComplete;
  return element;
}

/**
 * Opens the preferences and resolves with the dialog once it is open with its switches: by the
 * banner's Customize button (`'customize'`, as a visitor does), or by `showPreferences()`
 * (`'api'`, as a site's own link does, also once the banner is gone).
 */
export async function openPreferences(element: CookieConsent, how: 'customize' | 'api' = 'customize'): Promise<HTMLDialogElement> {
  if (how === 'customize') bannerButton(element, 'customize')!.click();
  else element.showPreferences();
  await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open && parts(element, 'toggle').length > 0, 'the preferences');
  return part<HTMLDialogElement>(element, 'preferences')!;
}

/** The preferences' switch for category `name`; throws if there is none. */
export function categorySwitch(element: CookieConsent, name: string): HTMLInputElement {
  const found = parts<HTMLInputElement>(element, 'toggle').find((toggle) => toggle.name === name);
  if (!found) throw new Error(`no switch for ${name}`);
  return found;
}

/** The placeholder standing right before the held `frame`, or null. */
export function placeholderOf(frame: HTMLIFrameElement): HTMLElement | null {
  const previous = frame.previousElementSibling as HTMLElement | null;
  return previous?.hasAttribute('data-cookie-consent-placeholder') ? previous : null;
}

/** The element carrying part `name` in a placeholder's shadow root, or null. */
export const inPlaceholder = (host: HTMLElement, name: string): HTMLElement | null => host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/** Waits for `frame`'s placeholder to be drawn (its notice and both buttons), and returns its host. */
export async function drawnPlaceholder(frame: HTMLIFrameElement): Promise<HTMLElement> {
  await until(() => {
    const host = placeholderOf(frame);
    return !!host && !!inPlaceholder(host, 'load-once') && !!inPlaceholder(host, 'allow-category');
  }, 'the placeholder');
  return placeholderOf(frame)!;
}
