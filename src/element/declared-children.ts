/**
 * Reading what `<cookie-consent>`'s children declare: `<cookie-category>`, `<cookie-service>`
 * (inside a category or beside them) and their `<cookie-item>`s, and `<cookie-region>` rules, as
 * written; a service named
 * after a catalogue entry is filled in from it once `services/<id>.js` has loaded.
 */
import { isCatalogueEntry, isCatalogueId, isServiceDescriptions, type CatalogueEntry, type CatalogueId } from '../core/catalogue/catalogue.js';
import type { DeclaredCategory } from '../core/category-details.js';
import type { DeclaredItem } from '../core/declared-items.js';
import { loadService, loadServiceDescriptions } from '../core/load-data.js';
import type { DeclaredRegion } from '../core/regions.js';
import { withCatalogue, type DeclaredService } from '../core/services.js';
import { errorOnce, reasonOf } from '../core/warn-once.js';

/** The attributes of `<cookie-category>`, `<cookie-service>`, `<cookie-item>` and `<cookie-region>` that configure; a change to one is applied. */
export const CHILD_ATTRIBUTES = ['name', 'label', 'cookies', 'storage', 'category', 'provider', 'policy-url', 'urls', 'type', 'lifetime', 'purpose', 'codes', 'rule', 'opt-out'];

/** What the children declare, and the catalogue entries still on their way (`null`: none). */
export interface DeclaredChildren {
  readonly categories: DeclaredCategory[];
  readonly services: DeclaredService[];
  readonly regions: DeclaredRegion[];
  /** The loads of the catalogue entries still on their way: each settles once its entry has loaded or failed, and `onLoaded` has run. */
  readonly pending: readonly Promise<void>[];
}

/** One of this page's optional files: its value once loaded, `null` once given up, its load meanwhile. */
type Loaded<T> = T | Promise<void> | null;

/** Catalogue entries of this page: loaded, on their way, or failed (`null`: declared as written). */
const catalogue = new Map<string, Loaded<CatalogueEntry>>();

/** A child's own text, without its `<cookie-service>` and `<cookie-item>` children's. */
const ownText = (element: Element): string =>
  [...element.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && node.localName !== 'cookie-service' && node.localName !== 'cookie-item'))
    .map((node) => node.textContent)
    .join('')
    .trim();

/** The `<cookie-item>` children of a declaring element, as written. */
const declaredItems = (element: Element): DeclaredItem[] =>
  [...element.children]
    .filter((child) => child.localName === 'cookie-item')
    .map((child) => ({ name: child.getAttribute('name'), type: child.getAttribute('type'), lifetime: child.getAttribute('lifetime'), purpose: child.textContent.trim() || child.getAttribute('purpose') }));

/** One `<cookie-service>` as written; `category` is its enclosing category's name, if any. */
const serviceOf = (element: Element, category: string | null): DeclaredService => ({
  name: element.getAttribute('name'),
  category: element.getAttribute('category') ?? category,
  label: element.getAttribute('label'),
  provider: element.getAttribute('provider'),
  policyUrl: element.getAttribute('policy-url'),
  cookies: element.getAttribute('cookies'),
  storage: element.getAttribute('storage'),
  urls: element.getAttribute('urls'),
  description: ownText(element),
  items: declaredItems(element),
});

/**
 * Loads an optional file once into `cache` under `key`: a value `accept` rejects, or a failed
 * load, is given up with one console error (`failed` words it from the reason); `onLoaded` runs
 * either way, so the host reads or draws again.
 */
function loadOnce<T>(
  cache: Map<string, Loaded<T>>,
  key: string,
  load: () => Promise<unknown>,
  accept: (value: unknown) => value is T,
  what: string,
  failed: (reason: string) => string,
  onLoaded: () => void,
): Promise<void> {
  const loading = load()
    .then((value) => {
      if (!accept(value)) throw new Error(`the file is not ${what}`);
      cache.set(key, value);
    })
    .catch((error: unknown) => {
      cache.set(key, null);
      errorOnce(failed(reasonOf(error)));
    })
    .then(onLoaded);
  cache.set(key, loading);
  return loading;
}

/** Starts loading a catalogue entry, once per page. */
const load = (id: CatalogueId, onLoaded: () => void): Promise<void> =>
  loadOnce(
    catalogue,
    id,
    () => loadService(id),
    isCatalogueEntry,
    'a catalogue entry',
    (reason) => `cookie-consent: the catalogue entry of <cookie-service name="${id}"> could not be loaded (${reason}); the service is declared with its own attributes only (give it category, urls and cookies).`,
    onLoaded,
  );

/**
 * The children of `host`, as written, with catalogue services filled in. A catalogue service
 * whose entry is still loading counts as written if it has a category, and is left out for now
 * if not (its category comes from the entry); `onLoaded` runs when the entry arrives, so the
 * host reads its children again.
 */
export function declaredChildren(host: Element, onLoaded: () => void): DeclaredChildren {
  const categories: DeclaredCategory[] = [];
  const written: DeclaredService[] = [];
  const regions: DeclaredRegion[] = [];
  for (const child of host.children) {
    if (child.localName === 'cookie-service') written.push(serviceOf(child, null));
    if (child.localName === 'cookie-region') regions.push({ codes: child.getAttribute('codes'), rule: child.getAttribute('rule'), optOut: child.getAttribute('opt-out') });
    if (child.localName !== 'cookie-category') continue;
    categories.push({
      name: child.getAttribute('name'),
      label: child.getAttribute('label'),
      cookies: child.getAttribute('cookies'),
      storage: child.getAttribute('storage'),
      description: ownText(child),
    });
    for (const inner of child.children) if (inner.localName === 'cookie-service') written.push(serviceOf(inner, child.getAttribute('name')));
  }
  const services: DeclaredService[] = [];
  const waiting: Promise<void>[] = [];
  for (const service of written) {
    const id = service.name?.trim().toLowerCase() ?? '';
    if (!isCatalogueId(id)) {
      services.push(service);
      continue;
    }
    const entry = catalogue.has(id) ? catalogue.get(id) : load(id, onLoaded);
    if (entry instanceof Promise) {
      waiting.push(entry);
      // With its category written, it counts at once (its grants, its URLs); the entry adds the rest.
      if (service.category) services.push(service);
    } else services.push(entry ? withCatalogue(service, entry) : service);
  }
  // The same load for every service and every reading while it is on its way.
  return { categories, services, regions, pending: [...new Set(waiting)] };
}

/** The catalogue's descriptions per language: loaded, on their way, or failed (English then). */
const descriptions = new Map<string, Loaded<Readonly<Record<string, string>>>>();

/**
 * The catalogue services' descriptions in `lang` (`null` for English, while they load, or when
 * they cannot be had: the English ones show then). The first call starts loading them; `onLoaded`
 * runs once they are there, so the host draws again.
 */
export function serviceDescriptionsIn(lang: string, onLoaded: () => void): Readonly<Record<string, string>> | null {
  if (lang === 'en') return null;
  const known = descriptions.get(lang);
  if (known !== undefined) return known instanceof Promise ? null : known;
  void loadOnce(
    descriptions,
    lang,
    () => loadServiceDescriptions(lang),
    isServiceDescriptions,
    'a set of service descriptions',
    (reason) => `cookie-consent: the "${lang}" descriptions of the catalogue services could not be loaded (${reason}); showing them in English.`,
    onLoaded,
  );
  return null;
}
