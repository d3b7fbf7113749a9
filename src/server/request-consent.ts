/**
 * The consent in force for one HTTP request, decided on the server exactly as the browser script
 * decides it: the same configuration parsing, the same record validation, the same Global
 * Privacy Control rule. Pure: no DOM, no Node APIs, so it runs in any server runtime.
 */
import type { DeclaredCategory } from '../core/category-details.js';
import { parseConfig, type ConfigAttribute, type ConsentConfig } from '../core/config.js';
import { consentIds, gpcApplies, grantedIds, recordInForce } from '../core/decision.js';
import { parseRecord, type ConsentRecord } from '../core/record.js';
import { withDeclarations, type Declarations } from '../core/services.js';
import { readCookieHeader } from '../storage/cookie-storage.js';

/** What the server knows of the request. Header values as received; absent ones `null` or left out. */
export interface ConsentRequest {
  /** The `Cookie` request header. */
  readonly cookie?: string | null;
  /** The `Sec-GPC` request header: `"1"` when the browser sends Global Privacy Control. */
  readonly secGpc?: string | null;
  /** The page's host name, which `cookie-domain` is checked against (as in the browser). */
  readonly hostname?: string;
}

/** The consent in force for a request. */
export interface RequestConsent {
  /** The categories and services granted now, `necessary` always among them. */
  readonly granted: ReadonlySet<string>;
  /** Every category and service the page offers. An element naming another one is never released. */
  readonly offered: ReadonlySet<string>;
  /** The visitor's valid stored decision as it applies now, or `null`: the banner will ask. */
  readonly record: ConsentRecord | null;
  /** The banner's configuration, as the browser script will read it from the same attributes. */
  readonly config: ConsentConfig;
  /** Configuration problems and a rejected cookie, worded as the browser's console warnings. */
  readonly warnings: readonly string[];
}

/**
 * Decides what a request's visitor has granted.
 * @param attributes the banner's configuration, by attribute name as on `<cookie-consent>`
 *   (`categories`, `revision`, `cookie-name`, `mode`, `ignore-gpc`…): best read from the page
 *   itself with {@link bannerMarkupIn}, so the server and the browser cannot disagree
 * @param request the request's `Cookie` and `Sec-GPC` headers
 * @param declared the banner's `<cookie-category>` children (which may add categories), or
 *   `{ categories, services }` with its `<cookie-service>` children too, as
 *   {@link bannerMarkupIn} reads them (`{ categories: banner.declared, services: banner.services }`)
 */
export function consentForRequest(
  attributes: Readonly<Record<string, string | null | undefined>>,
  request: ConsentRequest,
  declared: readonly DeclaredCategory[] | Declarations = [],
): RequestConsent {
  const read = (name: ConfigAttribute) => (Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : null);
  const parsed = parseConfig(read, request.hostname ?? '');
  // With no children this returns the same configuration and no warnings.
  const { config, warnings: declaredWarnings } = withDeclarations(parsed.config, declared);
  const warnings = [...parsed.warnings, ...declaredWarnings];
  const gpc = gpcApplies(config, request.secGpc?.trim() === '1');
  const raw = readCookieHeader(request.cookie, config.cookieName);
  const { record, problem } = parseRecord(raw, config);
  const inForce = recordInForce(config, record, gpc);
  return {
    granted: grantedIds(config, inForce, gpc),
    offered: new Set(consentIds(config)),
    record: inForce,
    config,
    warnings: problem ? [...warnings, `cookie-consent: the stored decision in cookie "${config.cookieName}" is ignored because ${problem}.`] : warnings,
  };
}
