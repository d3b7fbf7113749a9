/**
 * Google Analytics 4 (Google Ireland Limited): audience measurement through the Google tag
 * (gtag.js) with a `G-` measurement ID.
 * Sources (checked December 2026):
 * - Cookies and lifetimes: Google Analytics Help, "[GA4] Cookie usage on websites",
 *   https://support.google.com/analytics/answer/11397207 (also
 *   https://developers.google.com/analytics/devguides/collection/ga4/cookie-usage):
 *   `_ga` 2 years "Used to distinguish users", `_ga_<container-id>` 2 years "Used to persist
 *   session state". The older `_gid` (24 hours) and `_gat` (1 minute) are Universal Analytics
 *   cookies (https://developers.google.com/analytics/devguides/collection/gtagjs/cookie-usage)
 *   that GA4 does not list, so they are left out. When GA4 is linked to Google Ads it can also
 *   write the `_gcl_*` cookies; those are declared by the `google-ads` entry.
 * - Hosts: the gtag.js loader `www.googletagmanager.com/gtag/js?id=G-…` as in Google's install
 *   snippet; collection on `*.google-analytics.com` and `*.analytics.google.com` as listed in
 *   Google's CSP guide, https://developers.google.com/tag-platform/security/guides/csp (only
 *   partly readable in the stored copy: the two collection hosts are not confirmed in the stored
 *   sources and are the values Google is widely documented to use).
 * - Provider and policy: https://policies.google.com/privacy (Google Ireland Limited is the
 *   controller for users in the EEA and Switzerland).
 */
import type { CatalogueEntry } from './catalogue.js';

const googleAnalytics: CatalogueEntry = {
  category: 'analytics',
  label: 'Google Analytics',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['www.googletagmanager.com/gtag/js?id=G-', '*.google-analytics.com', '*.analytics.google.com'],
  cookies: [
    { name: '_ga', lifetime: '2 years', purpose: 'visitorId' },
    { name: '_ga_*', lifetime: '2 years', purpose: 'session' },
  ],
  storage: [],
  description: 'Counts visits and records which pages you view and how you arrived, so that we can see how the site is used and improve it.',
};

export default googleAnalytics;
