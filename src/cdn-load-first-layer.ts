/**
 * The script-tag build's first-layer loader (rollup swaps it in for
 * `components/load-first-layer.ts`): the module is `cookie-consent-banner.js` beside
 * `cookie-consent.js`.
 */
import type { FirstLayerModule } from './components/ui-view.js';
import { besideScript } from './cdn-script-url.js';

let loading: Promise<FirstLayerModule> | null = null;

/** The first-layer module; the first call starts loading it, later calls share that load. */
export function loadFirstLayer(): Promise<FirstLayerModule> {
  loading ??= import(/* @vite-ignore */ besideScript('cookie-consent-banner.js')) as Promise<FirstLayerModule>;
  return loading;
}
