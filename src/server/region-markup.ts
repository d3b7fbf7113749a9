/**
 * The visitor's region on the server: read from the request header that the site's CDN or load
 * balancer fills in (the site names it: we never look a region up), and written into the page
 * as the banner's `region` attribute, so the browser script and {@link consentForRequest} apply
 * the same rule. A string rewrite, as the rest of the server helpers: no DOM.
 */
import { regionCode } from '../core/regions.js';
import { PASSED_OVER, START_TAG_ATTRIBUTES, isBannerScript, parseAttributes } from './start-tags.js';

/**
 * Request headers: a fetch `Headers` object (Next.js, Hono, Deno, workers) or Node's
 * `IncomingHttpHeaders` (`http`, Express, Fastify), whose names are lower-case.
 */
export type HeaderSource = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Which headers carry the region. */
export interface RegionHeaders {
  /** The country, ISO 3166-1 alpha-2: `CF-IPCountry` (Cloudflare), `X-Vercel-IP-Country`, `CloudFront-Viewer-Country`, `X-Country-Code`… */
  readonly country: string;
  /**
   * The subdivision, optional: its ISO 3166-2 code with the country (`US-CA`) or without it
   * (`CA`): `X-Vercel-IP-Country-Region`, `CloudFront-Viewer-Country-Region`, Cloudflare's
   * `cf-region-code` (a managed transform).
   */
  readonly subdivision?: string;
}

const header = (headers: HeaderSource, name: string): string | null => {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(name: string): string | null }).get(name);
  const value = (headers as Readonly<Record<string, string | readonly string[] | undefined>>)[name.toLowerCase()];
  return (typeof value === 'string' ? value : value?.[0]) ?? null;
};

/**
 * The visitor's region from the headers the site names: `DE`, `US-CA`; `null` when the country
 * header is absent or not a country code (Cloudflare's `XX` and `T1` included), so the page's
 * own `mode` applies. A subdivision that does not belong to the country is left out.
 */
export function regionFromHeaders(headers: HeaderSource, names: RegionHeaders): string | null {
  const country = regionCode(header(headers, names.country) ?? '');
  if (!country || country.includes('-') || country === 'XX') return null;
  const written = names.subdivision ? header(headers, names.subdivision)?.trim() : undefined;
  if (!written) return country;
  const subdivision = regionCode(written.includes('-') ? written : `${country}-${written}`);
  return subdivision?.startsWith(`${country}-`) ? subdivision : country;
}

// Script tags with their text (markup in a script is not markup), and the banner's element;
// comments and raw-text elements are passed over.
const TAGS = new RegExp(PASSED_OVER + String.raw`|<script\b${START_TAG_ATTRIBUTES}[\s\S]*?(?:<\/script\s*>|$)|<cookie-consent\b${START_TAG_ATTRIBUTES}`, 'gi');

/** A start tag found in the page: where it is, its attribute source and its name as written. */
interface StartTag {
  readonly index: number;
  readonly length: number;
  readonly source: string;
  readonly tag: string;
}

/**
 * Writes the visitor's region into the page: `region="…"` on the first `<cookie-consent>`, or,
 * on a page without one, `data-region="…"` on the script tag that loads `cookie-consent.js`. An
 * existing value is replaced; `null` (or a malformed code) removes it. The rest is returned byte
 * for byte.
 * @param html the page as it will be sent
 * @param region from {@link regionFromHeaders}
 */
export function withRegion(html: string, region: string | null): string {
  const code = region === null ? null : regionCode(region);
  let element: StartTag | null = null;
  let script: StartTag | null = null;
  for (const match of html.matchAll(TAGS)) {
    const [whole, , scriptSource, elementSource] = match;
    const source = scriptSource ?? elementSource;
    if (source === undefined) continue;
    // The start tag alone, its name as written: `<`, the name, the attributes, `>`.
    const tag = whole.slice(1, 1 + (scriptSource === undefined ? 'cookie-consent' : 'script').length);
    const found = { index: match.index, length: tag.length + source.length + 2, source, tag };
    if (elementSource !== undefined) {
      element = found;
      break;
    }
    if (!script && isBannerScript(parseAttributes(source))) script = found;
  }
  const target = element ?? script;
  if (!target) return html;
  const name = element ? 'region' : 'data-region';
  // The attribute source without its region, then the region written after the others.
  const kept = target.source.replace(new RegExp(String.raw`\s${name}(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?(?=[\s/]|$)`, 'gi'), '');
  const closing = /\/\s*$/.test(kept) ? '/' : '';
  const attributes = kept.replace(/\/\s*$/, '').replace(/\s+$/, '');
  const rewritten = `<${target.tag}${attributes}${code ? ` ${name}="${code}"` : ''}${closing}>`;
  return html.slice(0, target.index) + rewritten + html.slice(target.index + target.length);
}
