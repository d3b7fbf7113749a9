/**
 * The UI module: the preferences dialog, drawn with Lit (lit-html). Loaded only when the
 * preferences open, or at idle time once the banner shows (bundlers split it out of the npm
 * build; the script-tag build ships it as `dist/cookie-consent-ui.js` beside
 * `cookie-consent.js`), so a returning visitor never downloads it.
 */
import { nothing, render } from 'lit/html.js';
import { adoptStyles } from './adopt-styles.js';
import { preferencesTemplate, type PreferencesView } from './preferences.template.js';
import { preferencesStyles } from './preferences.styles.js';

/** Draws the dialog, or removes it when `view` is `null`. */
export function renderPreferences(root: ShadowRoot, view: PreferencesView | null, host: HTMLElement): void {
  if (view) adoptStyles(root, preferencesStyles);
  render(view ? preferencesTemplate(view) : nothing, root, { host });
}
