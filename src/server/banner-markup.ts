/**
 * The banner's configuration as the page itself writes it, so that the server decides with
 * exactly what the browser script will read, and cannot release what the browser would hold.
 */
import type { DeclaredCategory } from '../core/category-details.js';
import { ALL_CONFIG_ATTRIBUTES } from '../core/attributes.js';
import { withCatalogue, type DeclaredService } from '../core/services.js';
import { isCatalogueId } from '../core/catalogue/catalogue.js';
import type { DeclaredRegion } from '../core/regions.js';
import { CATALOGUE } from './catalogue.js';
import { PASSED_OVER, START_TAG_ATTRIBUTES, decodeValue, isBannerScript, parseAttributes, valueOf, type Attribute } from './start-tags.js';

/** What configures the banner: its attributes by name, and its `<cookie-category>`, `<cookie-service>` and `<cookie-region>` children. */
export interface BannerMarkup {
  readonly attributes: Readonly<Record<string, string>>;
  /** The `<cookie-category>` children. */
  readonly declared: readonly DeclaredCategory[];
  /** The `<cookie-service>` children (inside a category or beside them), catalogue ones filled in. */
  readonly services: readonly DeclaredService[];
  /** The `<cookie-region>` children: the site's own regional rules. */
  readonly regions: readonly DeclaredRegion[];
}

// Comments, raw-text elements and script text are passed over, so a banner in them does not count.
const TAGS = new RegExp(
  PASSED_OVER + String.raw`|<script\b${START_TAG_ATTRIBUTES}[\s\S]*?(?:<\/script\s*>|$)|<(\/?)(cookie-consent|cookie-category|cookie-service|cookie-region)\b${START_TAG_ATTRIBUTES}`,
  'gi',
);

/** The configuration attributes among `attributes`, their names with `prefix` removed. */
function configuration(attributes: readonly Attribute[], prefix: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of ALL_CONFIG_ATTRIBUTES) {
    const value = decodeValue(valueOf(attributes, prefix + name));
    if (value !== null) found[name] = value;
  }
  return found;
}

/**
 * Reads the banner's configuration from a page: the first `<cookie-consent>` element's
 * attributes and its `<cookie-category>` children, or, when the page has none, the `data-*`
 * attributes of the script tag that loads `cookie-consent.js`, as the browser script does.
 * @param html the page as it will be sent
 */
export function bannerMarkupIn(html: string): BannerMarkup {
  let element: Record<string, string> | null = null;
  let script: Record<string, string> | null = null;
  let inside = false;
  /** The `<cookie-category>` open now, whose services a `<cookie-service>` inside it belongs to. */
  let category: string | null = null;
  const declared: DeclaredCategory[] = [];
  const services: DeclaredService[] = [];
  const regions: DeclaredRegion[] = [];
  for (const [, , scriptSource, closing, tagName, source = ''] of html.matchAll(TAGS)) {
    if (scriptSource !== undefined) {
      const attributes = parseAttributes(scriptSource);
      if (!script && isBannerScript(attributes)) script = configuration(attributes, 'data-');
      continue;
    }
    const tag = tagName?.toLowerCase();
    if (tag === 'cookie-consent') {
      if (closing) inside = false;
      else if (!element) {
        element = configuration(parseAttributes(source), '');
        inside = true;
      }
    } else if (tag === 'cookie-category' && inside) {
      if (closing) {
        category = null;
        continue;
      }
      const attributes = parseAttributes(source);
      const read = (name: string) => decodeValue(valueOf(attributes, name));
      category = read('name');
      // The description is the element's text, which gating does not need.
      declared.push({ name: read('name'), label: read('label'), cookies: read('cookies'), storage: read('storage'), description: '' });
    } else if (tag === 'cookie-region' && inside && !closing) {
      const attributes = parseAttributes(source);
      const read = (name: string) => decodeValue(valueOf(attributes, name));
      regions.push({ codes: read('codes'), rule: read('rule'), optOut: read('opt-out') });
    } else if (tag === 'cookie-service' && inside && !closing) {
      const attributes = parseAttributes(source);
      const read = (name: string) => decodeValue(valueOf(attributes, name));
      const service: DeclaredService = {
        name: read('name'),
        category: read('category') ?? category,
        label: read('label'),
        provider: read('provider'),
        policyUrl: read('policy-url'),
        cookies: read('cookies'),
        storage: read('storage'),
        urls: read('urls'),
        description: '',
      };
      const id = service.name?.trim().toLowerCase() ?? '';
      services.push(isCatalogueId(id) ? withCatalogue(service, CATALOGUE[id]) : service);
    }
  }
  return { attributes: element ?? script ?? {}, declared: element ? declared : [], services: element ? services : [], regions: element ? regions : [] };
}
