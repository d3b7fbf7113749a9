/**
 * Google Consent Mode v2: tells Google's tags (gtag.js, Google Tag Manager) what the visitor
 * allows, through the `dataLayer` queue exactly as Google's own snippet does, so it works
 * whether the tags load before, after or never.
 * https://developers.google.com/tag-platform/security/guides/consent
 */
import type { ConsentConfig } from '../core/config.js';
import { expandChoice } from '../core/decision.js';
import { optOutCategories, rulesInUse, type RegionRule, type RuleId } from '../core/regions.js';

/** The seven Consent Mode signals. */
export type ConsentSignals = Record<
  'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage' | 'functionality_storage' | 'personalization_storage' | 'security_storage',
  'granted' | 'denied'
>;

/** Our categories → the signals each one grants. `security_storage` is strictly necessary. */
const SIGNALS_OF: Record<string, (keyof ConsentSignals)[]> = {
  necessary: ['security_storage'],
  analytics: ['analytics_storage'],
  functionality: ['functionality_storage', 'personalization_storage'],
  targeting: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/**
 * Google's own services in the catalogue, by the category whose signals they answer: on a page
 * that declares Google Analytics as a service, `analytics_storage` follows that service rather
 * than the whole category (a visitor may allow Hotjar and not Google).
 */
const GOOGLE_SERVICE_OF: Record<string, string> = { analytics: 'google-analytics', targeting: 'google-ads' };

/**
 * The signals for the granted categories and services; everything else is denied.
 * @param granted the categories and services in force
 * @param services the ids of the page's declared services
 */
export function consentSignals(granted: ReadonlySet<string>, services: ReadonlySet<string> = new Set()): ConsentSignals {
  const signals = {} as ConsentSignals;
  for (const [category, names] of Object.entries(SIGNALS_OF)) {
    const service = GOOGLE_SERVICE_OF[category];
    const answer = service && services.has(service) ? service : category;
    for (const name of names) signals[name] = category === 'necessary' || granted.has(answer) ? 'granted' : 'denied';
  }
  return signals;
}

/** One `gtag('consent', 'default', …)`: the signals, for these regions only, or everywhere else. */
export interface ConsentDefault {
  readonly signals: ConsentSignals;
  readonly region?: readonly string[];
}

/**
 * The defaults a page sends before any tag: without regional rules one, everything denied (an
 * opt-out page updates at once); with them one per rule with its regions and one for everywhere
 * else under the site's `mode` (Google's tags pick the most specific default for where they see
 * the visitor), so a rule's opt-out categories start granted where it applies.
 */
export function consentDefaults(config: ConsentConfig): ConsentDefault[] {
  const serviceIds = new Set(config.services.map((service) => service.id));
  // What is on before a decision under `rule`, its categories' services included, as grantedIds() counts it.
  const signalsUnder = (rule: RegionRule | RuleId): ConsentSignals =>
    consentSignals(expandChoice(config, new Set(optOutCategories(rule, config.categories, config.mode === 'opt-out'))), serviceIds);
  if (!config.regional) return [{ signals: consentSignals(new Set()) }];
  return [...rulesInUse(config.regionRules).map((rule) => ({ signals: signalsUnder(rule), region: rule.codes })), { signals: signalsUnder('site') }];
}

interface GoogleTagWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

/**
 * Calls `gtag('consent', command, signals)`, defining `dataLayer` and `gtag` first when the page
 * has not. Google's `gtag` pushes its `arguments` object, not an array: gtag.js ignores arrays.
 */
export function sendConsent(win: Window, command: 'default' | 'update', signals: ConsentSignals, region?: readonly string[]): void {
  const page = win as unknown as GoogleTagWindow;
  page.dataLayer ??= [];
  page.gtag ??= function gtag() {
    // eslint-disable-next-line prefer-rest-params -- gtag.js reads Arguments objects only
    (page.dataLayer ??= []).push(arguments);
  };
  page.gtag('consent', command, region ? { ...signals, region: [...region] } : signals);
}
