/**
 * Pinterest Tag (Pinterest Europe Ltd.): conversion measurement and retargeting for Pinterest ads.
 * Category: targeting (advertising measurement and retargeting).
 * Sources (checked December 2026):
 * - Cookies: https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies
 *   (_epik, _derived_epik and _pin_unauth are first-party cookies the tag places; _pinterest_ct_ua
 *   is the third-party twin of _pin_unauth). The vendor page gives no lifetimes. The 1-year
 *   lifetime of the first-party cookies comes from a public copy of Pinterest's own web-pixel
 *   code (it sets them to expire one year ahead), not from vendor documentation; 1 year for
 *   _pinterest_ct_ua is not confirmed in the stored sources. The same code keeps copies in
 *   localStorage (_epik_ls, _derived_epik_ls, _pin_unauth_ls) only outside the EU; Pinterest does
 *   not document them, so they are not declared.
 * - Hosts: the vendor base code loads https://s.pinimg.com/ct/core.js (and its library from
 *   s.pinimg.com/ct/); events and the noscript pixel go to https://ct.pinterest.com (/v3/, /user/).
 *   Other s.pinimg.com paths (images of Pinterest embeds) are left out.
 * - Provider: https://policy.pinterest.com/en/privacy-policy (for the EEA, Switzerland and the UK,
 *   Pinterest Europe Ltd., Dublin, is the controller responsible under the GDPR).
 */
import type { CatalogueEntry } from './catalogue.js';

const pinterestTag: CatalogueEntry = {
  category: 'targeting',
  label: 'Pinterest Tag',
  provider: 'Pinterest Europe Ltd.',
  policyUrl: 'https://policy.pinterest.com/en/privacy-policy',
  urls: ['s.pinimg.com/ct/', 'ct.pinterest.com'],
  cookies: [
    { name: '_epik', lifetime: '1 year', purpose: 'adMeasurement' },
    { name: '_derived_epik', lifetime: '1 year', purpose: 'adMeasurement' },
    { name: '_pin_unauth', lifetime: '1 year', purpose: 'visitorId' },
    { name: '_pinterest_ct_ua', lifetime: '1 year', purpose: 'visitorId' },
  ],
  storage: [],
  description: 'Tells Pinterest which of our pages you visit and what you do on them, so that we can measure our Pinterest ads and show them to people who have visited this site.',
};

export default pinterestTag;
