/**
 * Google Ads (Google Ireland Limited): conversion measurement and remarketing through the
 * Google tag (gtag.js) with an `AW-` conversion ID.
 * Sources (checked December 2026):
 * - Cookie names: Google Analytics Help, "Use Google Analytics to support Google Ads
 *   conversions", https://support.google.com/analytics/answer/7519794 (the `_gcl` cookies hold
 *   Google Ads click information on the site's own domain); Tag Manager Help, "About the
 *   conversion linker", https://support.google.com/tagmanager/answer/7549390 (ad-click
 *   information is stored in first-party cookies on the site's domain). Google's full list,
 *   "Our advertising and measurement cookies", https://business.safety.google/adscookies/, is
 *   not in the stored sources. `_gcl_au` and `_gcl_aw` are the names Google is widely
 *   documented to use; `_gcl_gb` (wbraid clicks), `_gcl_ag` (gbraid clicks) and `_gcl_gs` (set
 *   with `gad_source`) were observed in Chromium by a third party (a public repository's
 *   notes, October 2026) rather than read in a Google page: not confirmed in the stored
 *   sources.
 * - Lifetimes: 90 days for every `_gcl_` cookie. "‘_gcl_’ cookies last for 90 days" is quoted
 *   from https://policies.google.com/technologies/cookies by that third-party source; the
 *   Google page itself is not readable in the stored copy: not confirmed in the stored sources.
 * - Storage: none listed. The same third party saw a `_gcl_ls` key in localStorage; Google does
 *   not document it in the stored sources, so it is left out.
 * - Remarketing uses Google's own third-party cookies on doubleclick.net and google.com, which
 *   this site cannot read or delete; they are not listed.
 * - Hosts: the gtag.js loader `www.googletagmanager.com/gtag/js?id=AW-…`; conversion and
 *   remarketing requests to `www.googleadservices.com` (conversion.js and
 *   `/pagead/conversion/<id>/`), `googleads.g.doubleclick.net/pagead/viewthroughconversion/`,
 *   `www.google.com/pagead/` (`1p-conversion`, `1p-user-list`) and the remarketing iframe on
 *   `td.doubleclick.net`, as in Google's conversion and remarketing snippets and its CSP guide,
 *   https://developers.google.com/tag-platform/security/guides/csp (the Ads section is not
 *   fully readable in the stored copy: `td.doubleclick.net` and `www.google.com/pagead/` are
 *   not confirmed in the stored sources). The doubleclick.net and google.com patterns carry a
 *   path so that they do not catch Google Maps, YouTube or AdSense.
 * - Provider and policy: https://policies.google.com/privacy (Google Ireland Limited for the
 *   EEA and Switzerland).
 */
import type { CatalogueEntry } from './catalogue.js';

const googleAds: CatalogueEntry = {
  category: 'targeting',
  label: 'Google Ads',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: [
    'www.googletagmanager.com/gtag/js?id=AW-',
    'www.googleadservices.com',
    'googleads.g.doubleclick.net/pagead/viewthroughconversion/',
    'www.google.com/pagead/',
    'td.doubleclick.net',
  ],
  cookies: [
    { name: '_gcl_au', lifetime: '90 days', purpose: 'adMeasurement' },
    { name: '_gcl_aw', lifetime: '90 days', purpose: 'adMeasurement' },
    { name: '_gcl_gb', lifetime: '90 days', purpose: 'adMeasurement' },
    { name: '_gcl_ag', lifetime: '90 days', purpose: 'adMeasurement' },
    { name: '_gcl_gs', lifetime: '90 days', purpose: 'adMeasurement' },
  ],
  storage: [],
  description: 'Measures whether our Google ads lead to visits and purchases on this site, and lets Google show you our ads again on other sites based on your visit.',
};

export default googleAds;
