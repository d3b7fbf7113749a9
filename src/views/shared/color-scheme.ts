/**
 * Which colours the views use. By default (`page`) the banner follows the page: a site that
 * declares no dark scheme is light-only, and showing its visitors a dark banner because their
 * system is dark looks broken; a site that declares one gets the visitor's preference.
 */
import type { ColorScheme } from '../../core/attributes.js';

/** The scheme the views apply: always light, always dark, or the visitor's preference. */
export type UsedColorScheme = 'light' | 'dark' | 'auto';

/**
 * The page's own declaration: `color-scheme` on the root element, else
 * `<meta name="color-scheme">` (the property overrides the meta tag, as in CSS).
 */
function declaredByPage(document: Document): string {
  const root = document.documentElement as HTMLElement | null;
  const property = root ? (document.defaultView?.getComputedStyle(root).colorScheme ?? '') : '';
  if (property && property !== 'normal') return property;
  return document.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? '';
}

/** The scheme to apply for the `color-scheme` setting on this page. */
export function usedColorScheme(setting: ColorScheme, document: Document): UsedColorScheme {
  if (setting !== 'page') return setting;
  const words = new Set(declaredByPage(document).toLowerCase().split(/[\s,]+/));
  if (!words.has('dark')) return 'light';
  return words.has('light') ? 'auto' : 'dark';
}
