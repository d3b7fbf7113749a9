/**
 * Plausible Analytics (Plausible Insights OÜ): cookieless web analytics.
 * Category: analytics (audience measurement), although it sets no cookies and stores nothing.
 * Sources (checked December 2026):
 * - No cookies, no persistent identifiers, no stored IP addresses: https://plausible.io/data-policy
 *   and https://plausible.io/docs/compliance. The only browser key the docs name,
 *   localStorage plausible_ignore (https://plausible.io/docs/excluding-localstorage), is set by
 *   a site owner by hand to exclude their own visits, never by the script for visitors, so it
 *   is not declared here.
 * - Hosts: https://plausible.io/docs/proxy/guides/nginx (script https://plausible.io/js/pa-<id>.js,
 *   older snippets https://plausible.io/js/script.js; events POSTed to https://plausible.io/api/event).
 *   Self-hosted or proxied installs use the site's own host, which no catalogue entry can know.
 * - Provider: https://plausible.io/privacy names "Plausible Insights"; the company suffix OÜ
 *   (Estonia) is widely documented but not confirmed in the stored vendor text. The policy link
 *   is the data policy, the document about website visitors (the privacy policy covers account
 *   holders).
 */
import type { CatalogueEntry } from './catalogue.js';

const plausible: CatalogueEntry = {
  category: 'analytics',
  label: 'Plausible Analytics',
  provider: 'Plausible Insights OÜ',
  policyUrl: 'https://plausible.io/data-policy',
  urls: ['plausible.io/js/', 'plausible.io/api/event'],
  cookies: [],
  storage: [],
  description: 'Counts page views, where visitors come from and which devices they use, without cookies or stored IP addresses. We only see totals, not individual visitors.',
};

export default plausible;
