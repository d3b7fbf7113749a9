/**
 * Declared services: one vendor inside a category (`<cookie-service>`), with its own consent,
 * its cookies and storage keys, and the URL patterns of what it loads. Pure: the element reads
 * the children (and fills in the built-in catalogue) into {@link DeclaredService} values; this
 * validates them into the configuration's {@link ServiceDetail}s.
 */
import { MAX_CATEGORIES, MAX_SERVICES, NECESSARY, isCategoryId, splitWords } from './categories.js';
import { linkScheme } from './attributes.js';
import type { CatalogueEntry } from './catalogue/catalogue.js';
import { withDeclaredCategories, type DeclaredCategory } from './category-details.js';
import { withRegionRules, type ConsentConfig, type ServiceDetail } from './config.js';
import { MAX_NAMES, declaredNames, declaredText, describedItems, type DeclaredItem } from './declared-items.js';
import { siteRules, type DeclaredRegion } from './regions.js';
import { parseUrlPattern, type UrlPattern } from './url-patterns.js';

const MAX_PATTERNS = 32;
const MAX_LABEL = 200;

/** One `<cookie-service>` as written (attribute values, `null` when absent), catalogue values filled in. */
export interface DeclaredService {
  readonly name: string | null;
  /** Its category: the enclosing `<cookie-category>`'s name, its `category` attribute, or the catalogue's. */
  readonly category: string | null;
  readonly label: string | null;
  readonly provider: string | null;
  readonly policyUrl: string | null;
  readonly cookies: string | null;
  readonly storage: string | null;
  readonly urls: string | null;
  /** Its text content, trimmed: the site's own description. */
  readonly description: string;
  /** Its `<cookie-item>` children and the catalogue's items. */
  readonly items?: readonly DeclaredItem[];
  /** The catalogue's English description, when the service is a catalogue one. */
  readonly catalogueDescription?: string | null;
}

/**
 * Adds the declared services to a configuration: each needs an id of its own and a category
 * (added to the offered categories when it is not listed yet, as a `<cookie-category>` is).
 * Malformed parts are skipped with one warning each, naming the fix.
 */
export function withDeclaredServices(config: ConsentConfig, declared: readonly DeclaredService[]): { config: ConsentConfig; warnings: string[] } {
  const warnings: string[] = [];
  const services: ServiceDetail[] = [];
  const categories = [...config.categories];
  for (const item of declared) {
    const id = item.name?.trim().toLowerCase() ?? '';
    const tag = `<cookie-service name="${item.name ?? ''}">`;
    if (!isCategoryId(id)) {
      warnings.push(`cookie-consent: ${tag} is not a service id (lower-case letters, digits, - or _); it is ignored.`);
      continue;
    }
    if (categories.includes(id) || id === NECESSARY) {
      warnings.push(`cookie-consent: ${tag} has the id of a category; services and categories share one set of ids, so give the service another name.`);
      continue;
    }
    if (services.some((service) => service.id === id)) {
      warnings.push(`cookie-consent: ${tag} is declared twice; the first one is used.`);
      continue;
    }
    if (services.length >= MAX_SERVICES) {
      warnings.push(`cookie-consent: ${tag} would make more than ${MAX_SERVICES} services; it is ignored.`);
      continue;
    }
    const category = item.category?.trim().toLowerCase() ?? '';
    if (!isCategoryId(category)) {
      warnings.push(
        `cookie-consent: ${tag} has no category; put it inside a <cookie-category name="…">, or give it category="analytics" (or functionality, targeting${item.category ? `; "${item.category}" is not a category id` : ''}).`,
      );
      continue;
    }
    if (!categories.includes(category)) {
      if (categories.length >= MAX_CATEGORIES) {
        warnings.push(`cookie-consent: ${tag} would offer more than ${MAX_CATEGORIES} categories; it is ignored.`);
        continue;
      }
      categories.push(category);
    }
    const patterns: UrlPattern[] = [];
    for (const word of splitWords(item.urls)) {
      const pattern = parseUrlPattern(word);
      if (pattern) patterns.push(pattern);
      else warnings.push(`cookie-consent: ${tag} urls has "${word}", which is not a host pattern (www.example.com, *.example.com, or a host and the start of a path: www.example.com/js); it is ignored.`);
    }
    if (patterns.length > MAX_PATTERNS) warnings.push(`cookie-consent: ${tag} urls has more than ${MAX_PATTERNS} patterns; the rest are ignored.`);
    let policyUrl = item.policyUrl?.trim() || null;
    const scheme = policyUrl && linkScheme(policyUrl);
    if (scheme && scheme !== 'https' && scheme !== 'http') {
      warnings.push(`cookie-consent: ${tag} policy-url="${policyUrl ?? ''}" is not an http(s) link; it is not shown.`);
      policyUrl = null;
    }
    const described = describedItems(item.items ?? [], tag);
    warnings.push(...described.warnings);
    const cookies = declaredNames(item.cookies, tag, 'cookies', warnings);
    const storage = declaredNames(item.storage, tag, 'storage', warnings);
    // An item described in detail is deleted with the service too.
    for (const { name, type } of described.items) {
      const list = type === 'storage' ? storage : cookies;
      if (!list.includes(name)) list.push(name);
    }
    services.push({
      id,
      category,
      label: declaredText(item.label, MAX_LABEL) ?? id,
      description: declaredText(item.description),
      catalogueDescription: item.catalogueDescription ?? null,
      provider: declaredText(item.provider, MAX_LABEL),
      policyUrl,
      cookies: cookies.slice(0, MAX_NAMES),
      storage: storage.slice(0, MAX_NAMES),
      urls: patterns.slice(0, MAX_PATTERNS),
      items: described.items,
    });
  }
  return { config: { ...config, categories, services }, warnings };
}

/** The services of one category, in the order declared. */
export function servicesOf(config: Pick<ConsentConfig, 'services'>, category: string): ServiceDetail[] {
  return config.services.filter((service) => service.category === category);
}

/**
 * A `<cookie-service>` filled in from its catalogue entry: every attribute the site wrote wins
 * (`category`, `label`, `provider`, `policy-url`, `urls`), its own text over the catalogue's
 * description, its `<cookie-item>`s over the catalogue's items of the same name.
 */
export function withCatalogue(declared: DeclaredService, entry: CatalogueEntry): DeclaredService {
  const own = declared.items ?? [];
  const items = [
    ...own,
    ...[...entry.cookies.map((item) => ({ ...item, type: 'cookie' })), ...entry.storage.map((item) => ({ ...item, type: 'storage' }))]
      .filter((item) => !own.some((mine) => mine.name === item.name))
      .map(({ name, type, lifetime, purpose }) => ({ name, type, lifetime, purpose: null, purposeKey: purpose })),
  ];
  return {
    ...declared,
    category: declared.category ?? entry.category,
    label: declared.label ?? entry.label,
    provider: declared.provider ?? entry.provider,
    policyUrl: declared.policyUrl ?? entry.policyUrl,
    urls: declared.urls ?? entry.urls.join(' '),
    items,
    catalogueDescription: entry.description,
  };
}

/** What a site declares in detail, as `<cookie-category>`, `<cookie-service>` and `<cookie-region>` children do. */
export interface Declarations {
  readonly categories?: readonly DeclaredCategory[];
  readonly services?: readonly DeclaredService[];
  readonly regions?: readonly DeclaredRegion[];
}

/** Both forms of what was declared (a list is categories alone), as one: equal declarations give equal values. */
export function declarationsOf(declared: readonly DeclaredCategory[] | Declarations): Required<Declarations> {
  const { categories = [], services = [], regions = [] } = Array.isArray(declared) ? { categories: declared as readonly DeclaredCategory[] } : (declared as Declarations);
  return { categories, services, regions };
}

/**
 * Adds declared categories, then services, then the site's regional rules to a configuration,
 * with one warning per mistake.
 * @param declared `{ categories, services, regions }`, or a list of categories alone (as before services)
 */
export function withDeclarations(config: ConsentConfig, declared: readonly DeclaredCategory[] | Declarations): { config: ConsentConfig; warnings: string[] } {
  const { categories, services, regions } = declarationsOf(declared);
  const withCategories = categories.length ? withDeclaredCategories(config, categories) : { config, warnings: [] };
  const withServices = services.length ? withDeclaredServices(withCategories.config, services) : { config: withCategories.config, warnings: [] };
  const warnings = [...withCategories.warnings, ...withServices.warnings];
  // The rule's opt-out categories depend on the categories offered, which children may add.
  if (!categories.length && !regions.length) return { config: withServices.config, warnings };
  const rules = siteRules(regions, withServices.config.categories);
  return { config: withRegionRules(withServices.config, rules.rules), warnings: [...warnings, ...rules.warnings] };
}
