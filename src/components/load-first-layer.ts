/**
 * Loading the first-layer module once. The npm build imports it lazily (bundlers split it); the
 * script-tag build swaps this file for `src/cdn-load-first-layer.ts`, which loads the file beside
 * the script.
 */
import type { FirstLayerModule } from './ui-view.js';

let loading: Promise<FirstLayerModule> | null = null;

/** The first-layer module; the first call starts loading it, later calls share that load. */
export function loadFirstLayer(): Promise<FirstLayerModule> {
  loading ??= import('./first-layer.js');
  return loading;
}
