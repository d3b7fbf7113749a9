/**
 * Deleting what a denied category or service left behind: its declared cookies and `localStorage` keys.
 * Scripts that already ran may set them again; the `reload-on-withdraw` attribute covers that.
 */
import { cookieLocations, matchesName } from '../core/category-details.js';
import type { CategoryDetail } from '../core/config.js';
import { cookieNames, removeCookieAt } from './cookie-storage.js';

/**
 * Deletes the cookies matching the detail's names, wherever this site may have set them (each
 * domain variant and each folder of the current path), and the matching `localStorage` keys.
 * @returns the names of the cookies and keys found and deleted
 */
export function forgetData(detail: Pick<CategoryDetail, 'cookies' | 'storage'>, location: Pick<Location, 'hostname' | 'pathname'>): string[] {
  const forgotten: string[] = [];
  const matching = (patterns: readonly string[], names: string[]) => names.filter((name) => patterns.some((pattern) => matchesName(pattern, name)));
  const cookies = matching(detail.cookies, cookieNames());
  if (cookies.length) {
    const { domains, paths } = cookieLocations(location.hostname, location.pathname);
    for (const name of cookies) for (const domain of domains) for (const path of paths) removeCookieAt(name, domain, path);
    forgotten.push(...cookies);
  }
  if (detail.storage.length) {
    try {
      const keys = matching(detail.storage, Object.keys(localStorage));
      for (const key of keys) localStorage.removeItem(key);
      forgotten.push(...keys);
    } catch {
      // Storage blocked (privacy settings, sandboxed frame): there is nothing of ours to delete.
    }
  }
  return forgotten;
}
