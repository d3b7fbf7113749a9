/**
 * Loading the UI module once. The npm build imports it lazily (bundlers split it); the
 * script-tag build swaps this file for `src/cdn-load-ui.ts`, which loads the file beside the
 * script.
 */
import type { UiModule } from './ui-view.js';

let loading: Promise<UiModule> | null = null;

/** The UI module; the first call starts loading it, later calls share that load. */
export function loadUi(): Promise<UiModule> {
  loading ??= import('./ui.js');
  return loading;
}
