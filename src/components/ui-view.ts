/**
 * The UI module's interface, loaded on demand: the host hands it state and callbacks (no Lit
 * types), so the script-tag file never needs Lit.
 */
import type { adoptStyles } from './adopt-styles.js';
import type { createBanner } from './banner.js';
import type { withDeclaredCategories } from '../core/category-details.js';
import type { textsFor } from '../core/texts/catalog.js';
import type { logEntry, sendLogEntry } from '../runtime/consent-log.js';
import type { forgetData } from '../storage/forget-data.js';
import type { PlaceholderView, syncPlaceholders } from './placeholder.js';
import type { PreferencesView } from './preferences.template.js';

export type { PlaceholderView, PreferencesView };

/** The first-layer module (`first-layer.ts`): the banner and the shared styles. */
export interface FirstLayerModule {
  createBanner: typeof createBanner;
  bannerStyles: string;
  adoptStyles: typeof adoptStyles;
}

/** What the manager needs from the module: deleting a denied category's data, the consent log. */
export interface DataHelpers {
  forgetData: typeof forgetData;
  logEntry: typeof logEntry;
  sendLogEntry: typeof sendLogEntry;
}

export interface UiModule extends DataHelpers {
  /** Adds what `<cookie-category>` children declare to a configuration. */
  withDeclaredCategories: typeof withDeclaredCategories;
  /** The texts with the site's overrides. */
  textsFor: typeof textsFor;
  /**
   * Draws the preferences dialog into the host's shadow root, or removes it when `view` is
   * `null`; adopts the dialog's styles the first time.
   */
  renderPreferences(root: ShadowRoot, view: PreferencesView | null, host: HTMLElement): void;
  /** Gives each held iframe a placeholder and removes those of released ones; returns the iframes with one. */
  syncPlaceholders: typeof syncPlaceholders;
  /** Builds the floating settings button. */
  createSettingsButton(root: ShadowRoot, texts: PreferencesView['texts'], onClick: (event: Event) => void): HTMLButtonElement;
}
