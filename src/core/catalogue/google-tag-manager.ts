/**
 * Google Tag Manager (Google Ireland Limited): a tag management container (`gtm.js`) that loads
 * the other tags a site configures in it.
 * Category: 'functionality'. Tag Manager does not analyse or profile visitors itself; it is the
 * loader that delivers the site's other scripts. Every tag it loads that this catalogue knows
 * (Google Analytics, Google Ads, Meta Pixel, …) is matched by that service's own URL patterns
 * and stays held until that service is granted, so granting Tag Manager alone does not start
 * analytics or advertising. A site whose container loads tags outside the catalogue should
 * declare those tags itself, or move Tag Manager to the category of what it loads.
 * Sources (checked December 2026):
 * - What Google does with Tag Manager data: Google Tag Manager Use Policy,
 *   https://marketingplatform.google.com/about/analytics/tag-manager/use-policy/ ("We may
 *   collect information such as how the Service is used, and how and what tags are deployed";
 *   read from a stored copy of the policy text).
 * - Hosts: Google's container snippet loads `https://www.googletagmanager.com/gtm.js?id=…`
 *   (shown in https://developers.google.com/tag-platform/tag-manager/web/csp). The `<noscript>`
 *   iframe `www.googletagmanager.com/ns.html?id=…` is the other half of Google's standard install
 *   snippet; not confirmed in the stored sources. The patterns name the two paths, not the
 *   host, because `www.googletagmanager.com/gtag/js` belongs to Google Analytics and Google Ads.
 * - Cookies: none listed. gtm.js itself sets no cookies on the site; the cookies seen with it
 *   come from the tags it loads and are declared by those services. Not confirmed in the stored
 *   sources (no Google page in them says so in words); it is what Google is widely documented to
 *   do.
 * - Provider and policy: https://policies.google.com/privacy (Google Ireland Limited for the
 *   EEA and Switzerland).
 */
import type { CatalogueEntry } from './catalogue.js';

const googleTagManager: CatalogueEntry = {
  category: 'functionality',
  label: 'Google Tag Manager',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['www.googletagmanager.com/gtm.js', 'www.googletagmanager.com/ns.html'],
  cookies: [],
  storage: [],
  description: 'Loads the other tools this site uses, such as analytics or advertising tags, according to rules we set. Google receives your IP address and browser details when it loads.',
};

export default googleTagManager;
