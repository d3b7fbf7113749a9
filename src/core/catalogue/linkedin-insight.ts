/**
 * LinkedIn Insight Tag (LinkedIn Ireland Unlimited Company): conversion tracking, retargeting and
 * website demographics for LinkedIn ads.
 * Category: targeting (advertising measurement and retargeting).
 * Sources (checked December 2026):
 * - Cookies: https://www.linkedin.com/legal/l/cookie-table (stored copy, April 2024; only its
 *   introduction was retrievable) and
 *   https://learn.microsoft.com/en-us/linkedin/marketing/conversions/enabling-first-party-cookies
 *   (li_fat_id is the Insight Tag's first-party click-ID cookie). Lifetimes not confirmed in the
 *   stored vendor text, taken from the values the cookie table is widely quoted with: li_fat_id
 *   30 days, li_giant 7 days (first-party); bcookie 1 year, li_sugr 90 days, UserMatchHistory
 *   30 days, AnalyticsSyncHistory 30 days (third-party, on .linkedin.com, listed because the
 *   cookie table documents them for the Insight Tag; the banner cannot delete these).
 * - Hosts: the vendor's Insight Tag snippet loads https://snap.licdn.com/li.lms-analytics/insight.min.js
 *   and its noscript pixel is https://dc.ads.linkedin.com/collect; the tag reports to
 *   px.ads.linkedin.com. *.ads.linkedin.com covers these collection hosts; other LinkedIn
 *   hosts (www.linkedin.com, platform.linkedin.com embeds) are left out so as not to catch
 *   LinkedIn buttons and embeds.
 * - Provider: https://www.linkedin.com/legal/privacy/eu (LinkedIn Ireland Unlimited Company is the
 *   controller for the Designated Countries).
 */
import type { CatalogueEntry } from './catalogue.js';

const linkedinInsight: CatalogueEntry = {
  category: 'targeting',
  label: 'LinkedIn Insight Tag',
  provider: 'LinkedIn Ireland Unlimited Company',
  policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  urls: ['snap.licdn.com/li.lms-analytics/', '*.ads.linkedin.com'],
  cookies: [
    { name: 'li_fat_id', lifetime: '30 days', purpose: 'adMeasurement' },
    { name: 'li_giant', lifetime: '7 days', purpose: 'adMeasurement' },
    { name: 'bcookie', lifetime: '1 year', purpose: 'visitorId' },
    { name: 'li_sugr', lifetime: '90 days', purpose: 'adTargeting' },
    { name: 'UserMatchHistory', lifetime: '30 days', purpose: 'adTargeting' },
    { name: 'AnalyticsSyncHistory', lifetime: '30 days', purpose: 'adMeasurement' },
  ],
  storage: [],
  description: 'Tells LinkedIn which of our pages you visit and what you do on them, so that we can measure our LinkedIn ads and show them to people who have visited this site.',
};

export default linkedinInsight;
