/**
 * The UI module's interface, loaded on demand: the host hands it state and callbacks (no Lit
 * types), so the script-tag file never needs Lit.
 */
import type { PreferencesView } from './preferences.template.js';

export type { PreferencesView };

export interface UiModule {
  /**
   * Draws the preferences dialog into the host's shadow root, or removes it when `view` is
   * `null`; adopts the dialog's styles the first time.
   */
  renderPreferences(root: ShadowRoot, view: PreferencesView | null, host: HTMLElement): void;
}
