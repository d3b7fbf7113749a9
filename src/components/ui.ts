/**
 * The UI module: lit-html templates and styles for the banner and the preferences. Loaded only
 * when one of them must show (bundlers split it out of the npm build; the script-tag build
 * ships it as `dist/cookie-consent-ui.js` beside `cookie-consent.js`), so a returning visitor
 * never downloads it.
 */
import { html, nothing, render } from 'lit/html.js';
import { bannerTemplate } from './banner.template.js';
import { preferencesTemplate } from './preferences.template.js';
import { styles } from './cookie-consent.styles.js';
import type { UiView } from './ui-view.js';

const styled = new WeakSet<ShadowRoot>();
let sheet: CSSStyleSheet | null = null;

/**
 * Adopts the styles as a constructed stylesheet (no `<style>` element, so a CSP of
 * `style-src 'self'` works); engines without adoptedStyleSheets get a `<style>` carrying
 * `window.litNonce`, as Lit does.
 */
function adoptStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = root.ownerDocument.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = styles;
  root.prepend(style);
}

/** Draws the view into the shadow root. */
export function renderUi(root: ShadowRoot, view: UiView, host: HTMLElement): void {
  adoptStyles(root);
  render(
    html`${view.bannerOpen ? bannerTemplate(view) : nothing}${view.preferencesOpen ? preferencesTemplate(view) : nothing}`,
    root,
    { host },
  );
}
