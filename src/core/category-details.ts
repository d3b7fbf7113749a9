/**
 * What a site owner declares about a category in HTML, with `<cookie-category>` children: its
 * label and description, and the cookies and `localStorage` keys to delete when it is denied.
 * Pure: the children are read into {@link DeclaredCategory} values by the element.
 */
import { MAX_CATEGORIES, NECESSARY, isCategoryId } from './categories.js';
import type { CategoryDetail, ConsentConfig } from './config.js';
import { declaredNames, declaredText } from './declared-items.js';
import type { CategoryText } from './texts/texts.js';

/** One `<cookie-category>` as written: attribute values and the trimmed text content. */
export interface DeclaredCategory {
  readonly name: string | null;
  readonly label: string | null;
  readonly cookies: string | null;
  readonly storage: string | null;
  readonly description: string;
}


/**
 * Adds the declared categories to a configuration: their details, and any category that
 * `categories` does not list yet (after the listed ones). Malformed parts are skipped with a
 * warning; `necessary` may be described and have data, never be denied.
 */
export function withDeclaredCategories(
  config: ConsentConfig,
  declared: readonly DeclaredCategory[],
): { config: ConsentConfig; warnings: string[] } {
  const warnings: string[] = [];
  const details: Record<string, CategoryDetail> = {};
  const categories = [...config.categories];
  for (const item of declared) {
    const id = item.name?.trim().toLowerCase() ?? '';
    if (!isCategoryId(id)) {
      warnings.push(`cookie-consent: <cookie-category name="${item.name ?? ''}"> is not a category id (lower-case letters, digits, - or _); it is ignored.`);
      continue;
    }
    if (details[id]) {
      warnings.push(`cookie-consent: <cookie-category name="${id}"> is declared twice; the first one is used.`);
      continue;
    }
    const owner = `<cookie-category name="${id}">`;
    details[id] = {
      label: declaredText(item.label),
      description: declaredText(item.description),
      cookies: declaredNames(item.cookies, owner, 'cookies', warnings),
      storage: declaredNames(item.storage, owner, 'storage', warnings),
    };
    if (!categories.includes(id)) {
      if (categories.length < MAX_CATEGORIES) categories.push(id);
      else warnings.push(`cookie-consent: <cookie-category name="${id}"> would offer more than ${MAX_CATEGORIES} categories; it is ignored.`);
    }
  }
  if (details[NECESSARY]?.cookies.length) {
    // Necessary data is never deleted by a refusal: the category cannot be refused.
    details[NECESSARY] = { ...details[NECESSARY], cookies: [], storage: [] };
  }
  return { config: { ...config, categories, details }, warnings };
}

/** The declared label and description over the built-in ones. */
export function describedCategory(builtIn: CategoryText, detail: CategoryDetail | undefined): CategoryText {
  return { label: detail?.label ?? builtIn.label, description: detail?.description ?? builtIn.description };
}

/** Whether a name matches a pattern with `*` wildcards (case-sensitive, like cookie names). */
export function matchesName(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`).test(name);
}

/**
 * Where a cookie set by this site may live: the host itself (host-only) and each parent domain
 * down to the registrable one (`shop.example.com` → `shop.example.com`, `example.com`), on `/`
 * and on each folder of the current path. Deleting needs the exact domain and path it was set with.
 */
export function cookieLocations(hostname: string, pathname: string): { domains: (string | null)[]; paths: string[] } {
  const labels = hostname.split('.');
  const domains: (string | null)[] = [null];
  // An IP address or a single-label host (localhost) has no parent domains.
  if (labels.length > 1 && !/^[\d.]+$/.test(hostname)) for (let i = 0; i < labels.length - 1; i += 1) domains.push(labels.slice(i).join('.'));
  const paths = ['/'];
  const segments = pathname.split('/').filter(Boolean);
  for (let i = 1; i <= segments.length; i += 1) {
    const path = `/${segments.slice(0, i).join('/')}`;
    paths.push(path, `${path}/`);
  }
  return { domains, paths: paths.slice(0, 16) };
}
