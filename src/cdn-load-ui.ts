/**
 * The script-tag build's UI loader (rollup swaps it in for `components/load-ui.ts`): the UI
 * module is `cookie-consent-ui.js` beside `cookie-consent.js`.
 */
import type { UiModule } from './components/ui-view.js';
import { besideScript } from './cdn-script-url.js';

let loading: Promise<UiModule> | null = null;

/** The UI module; the first call starts loading it, later calls share that load. */
export function loadUi(): Promise<UiModule> {
  loading ??= import(/* @vite-ignore */ besideScript('cookie-consent-ui.js')) as Promise<UiModule>;
  return loading;
}
