/**
 * Microsoft Advertising (Microsoft Ireland Operations Limited): the Universal Event Tracking
 * (UET) tag, for conversion tracking and remarketing of ads on Bing and Microsoft's network.
 * Sources (checked December 2026):
 * - What UET does: Microsoft Advertising Help, "FAQ: Universal Event Tracking",
 *   https://help.ads.microsoft.com/apex/index/3/en/53056 (also
 *   https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_faq): UET reports
 *   activity on the advertiser's site to Microsoft Advertising for conversion goals and
 *   remarketing lists; the data is kept for 390 days.
 * - Click cookie: "Full list of parameters",
 *   https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table
 *   (the `msclkid` from auto-tagging "should be stored in a first party cookie"; the page does
 *   not name the cookie) and "How do I see if Microsoft Advertising auto-tagging works?",
 *   https://help.ads.microsoft.com/apex/index/3/en/60125.
 * - Cookie names and lifetimes: `_uetsid` 1 day, `_uetvid` 13 months, `_uetmsclkid` 90 days
 *   are the values Microsoft is widely documented to use; Microsoft's cookie table is not in
 *   the stored sources: not confirmed in the stored sources. Microsoft's own `MUID` cookie on
 *   bing.com is third-party and not listed.
 * - Storage: none listed. UET is widely observed to copy `_uetsid` and `_uetvid` into
 *   localStorage with `_uetsid_exp` and `_uetvid_exp`; Microsoft does not document these keys
 *   in the stored sources, so they are left out.
 * - Hosts: `bat.bing.com` serves bat.js (Microsoft's tracking code loads
 *   `//bat.bing.com/bat.js`) and receives events; newer tags and beacons also use
 *   `bat.bing.net` (seen in public sites' code and CSP notes rather than a Microsoft page: not
 *   confirmed in the stored sources). UET can also start Microsoft Clarity; that is held by the
 *   `clarity` entry's `*.clarity.ms`.
 * - Provider and policy: Microsoft Privacy Statement, https://privacy.microsoft.com/privacystatement
 *   (Microsoft Ireland Operations Limited is the data controller for the EEA and Switzerland:
 *   not confirmed in the stored sources, it is the entity Microsoft is widely documented to
 *   name).
 */
import type { CatalogueEntry } from './catalogue.js';

const microsoftAds: CatalogueEntry = {
  category: 'targeting',
  label: 'Microsoft Advertising',
  provider: 'Microsoft Ireland Operations Limited',
  policyUrl: 'https://privacy.microsoft.com/privacystatement',
  urls: ['bat.bing.com', 'bat.bing.net'],
  cookies: [
    { name: '_uetsid', lifetime: '1 day', purpose: 'adMeasurement' },
    { name: '_uetvid', lifetime: '13 months', purpose: 'adTargeting' },
    { name: '_uetmsclkid', lifetime: '90 days', purpose: 'adMeasurement' },
  ],
  storage: [],
  description: 'Measures whether our ads on Bing and other Microsoft services lead to visits and purchases on this site, and lets Microsoft show you our ads again later.',
};

export default microsoftAds;
