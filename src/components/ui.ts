/**
 * The UI module: the preferences dialog, drawn with Lit (lit-html), the iframe placeholders and
 * the floating settings button. Loaded only when one of them must show, or at idle time once the
 * banner shows (bundlers split it out of the npm
 * build; the script-tag build ships it as `dist/cookie-consent-ui.js` beside
 * `cookie-consent.js`), so a returning visitor never downloads it.
 */
import { nothing, render } from 'lit/html.js';
import { completeTexts } from '../core/texts/complete-english.js';
import { adoptStyles } from './adopt-styles.js';
import { preferencesTemplate, type PreferencesView } from './preferences.template.js';
import { preferencesStyles } from './preferences.styles.js';

export { syncPlaceholders } from './placeholder.js';
export { createSettingsButton } from './settings-button.js';
// Needed only by pages that use them, so they come with this module rather than the script:
export { withDeclaredCategories } from '../core/category-details.js';
export { textsFor } from '../core/texts/catalog.js';
export { forgetData } from '../storage/forget-data.js';
export { logEntry, sendLogEntry } from '../runtime/consent-log.js';

/** Draws the dialog, or removes it when `view` is `null`. */
export function renderPreferences(root: ShadowRoot, view: PreferencesView | null, host: HTMLElement): void {
  if (view) adoptStyles(root, preferencesStyles);
  // Its own container: Lit clears everything after its marker, and the root holds the banner
  // and the settings button too.
  let container = [...root.children].find((child): child is HTMLElement => child.hasAttribute('data-preferences'));
  if (!container) {
    container = root.ownerDocument.createElement('div');
    container.setAttribute('data-preferences', '');
    root.append(container);
  }
  render(view ? preferencesTemplate({ ...view, texts: completeTexts(view.texts) }) : nothing, container, { host });
}
