/**
 * Microsoft Clarity (Microsoft Ireland Operations Limited): session recordings and heatmaps.
 * Sources (checked December 2026):
 * - Cookie names and purposes: Microsoft Learn, "Cookie List" (Clarity),
 *   https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list (`_clck`
 *   "Persists the Clarity User ID and preferences, unique to that site", `_clsk` "Connects
 *   multiple page views by a user into a single Clarity session recording"; both first-party).
 *   The same page lists third-party cookies on Microsoft's domains (`CLID`, `MUID`, `ANONCHK`,
 *   `MR`, `SM`); the site cannot read or delete them, so they are not listed.
 * - Lifetimes: Clarity's own tracking code, https://github.com/microsoft/clarity,
 *   packages/clarity-js/types/data.d.ts: `Setting.Expire = 365 // 1 Year` for `_clck` and
 *   `Setting.SessionExpire = 1 // 1 Day` for `_clsk`.
 * - Consent: Microsoft Learn, "Clarity consent API v2",
 *   https://learn.microsoft.com/en-us/clarity/clarity-consent-api-v2 (without consent Clarity
 *   sets no cookies and records in a limited, cookieless mode).
 * - Hosts: the loader `www.clarity.ms/tag/<project id>` from Clarity's install snippet, the
 *   script on `scripts.clarity.ms` and uploads to `<letter>.clarity.ms/collect`, all covered by
 *   `*.clarity.ms`, which serves nothing but Clarity. The letter hosts are seen in public
 *   sites' configurations rather than in a Microsoft page: not confirmed in the stored
 *   sources, but `*.clarity.ms` covers whichever letter is used.
 * - Provider and policy: Microsoft Privacy Statement, https://privacy.microsoft.com/privacystatement
 *   (Microsoft Ireland Operations Limited is the data controller for the EEA and Switzerland:
 *   not confirmed in the stored sources, it is the entity Microsoft is widely documented to
 *   name).
 */
import type { CatalogueEntry } from './catalogue.js';

const clarity: CatalogueEntry = {
  category: 'analytics',
  label: 'Microsoft Clarity',
  provider: 'Microsoft Ireland Operations Limited',
  policyUrl: 'https://privacy.microsoft.com/privacystatement',
  urls: ['*.clarity.ms'],
  cookies: [
    { name: '_clck', lifetime: '1 year', purpose: 'visitorId' },
    { name: '_clsk', lifetime: '1 day', purpose: 'session' },
  ],
  storage: [],
  description: 'Records how you click, scroll and move through our pages, producing session replays and heatmaps that help us find and fix problems on the site.',
};

export default clarity;
