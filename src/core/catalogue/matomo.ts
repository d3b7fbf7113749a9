/**
 * Matomo (InnoCraft Ltd for Matomo Cloud): web analytics.
 * Category: analytics (audience measurement).
 * Sources (checked December 2026):
 * - Cookies: https://matomo.org/faq/general/faq_146/ (_pk_id 13 months, _pk_ref 6 months,
 *   _pk_ses/_pk_cvar/_pk_hsr 30 minutes, mtm_consent/mtm_consent_removed 30 years) and the
 *   tracker source
 *   https://github.com/matomo-org/matomo/blob/f09912cb702a76d06ab1a129a8e0a4e2a61818a8/js/piwik.js
 *   (visitor timeout 13 months, session 30 minutes, referral 6 months; mtm_cookie_consent is
 *   also set for 30 years). Names carry the site id and a domain hash (_pk_id.1.1fff), hence the wildcards.
 *   _pk_ref is attribution data (which referrer or campaign brought the visit), mapped to
 *   adMeasurement as the closest shared phrase.
 * - Hosts: Matomo Cloud serves the tracker from cdn.matomo.cloud/<name>.matomo.cloud/matomo.js
 *   and collects on <name>.matomo.cloud (https://matomo.org/matomo-cloud-dpa/subprocessors names
 *   the CDN). *.innocraft.cloud, the older Matomo Cloud domain, is seen in public site code but
 *   not confirmed in the vendor's stored documents. A self-hosted Matomo runs on the site's own
 *   host, which no catalogue entry can know: such sites must add their tracker host themselves.
 * - Provider: https://matomo.org/matomo-cloud-privacy-policy/ (InnoCraft Limited, New Zealand;
 *   processor for Matomo Cloud). For self-hosted Matomo the site itself is the only controller.
 */
import type { CatalogueEntry } from './catalogue.js';

const matomo: CatalogueEntry = {
  category: 'analytics',
  label: 'Matomo',
  provider: 'InnoCraft Ltd',
  policyUrl: 'https://matomo.org/matomo-cloud-privacy-policy/',
  urls: ['*.matomo.cloud', '*.innocraft.cloud'],
  cookies: [
    { name: '_pk_id.*', lifetime: '13 months', purpose: 'visitorId' },
    { name: '_pk_ses.*', lifetime: '30 minutes', purpose: 'session' },
    { name: '_pk_ref.*', lifetime: '6 months', purpose: 'adMeasurement' },
    { name: '_pk_cvar.*', lifetime: '30 minutes', purpose: 'session' },
    { name: '_pk_hsr.*', lifetime: '30 minutes', purpose: 'session' },
    { name: 'mtm_consent', lifetime: '30 years', purpose: 'consent' },
    { name: 'mtm_consent_removed', lifetime: '30 years', purpose: 'consent' },
    { name: 'mtm_cookie_consent', lifetime: '30 years', purpose: 'consent' },
  ],
  storage: [],
  description: 'Counts visits, the pages viewed and where visitors come from, and recognises returning browsers, so that we can see how the site is used and improve it.',
};

export default matomo;
