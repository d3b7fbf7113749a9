/**
 * Hotjar (Hotjar Ltd): session recordings, heatmaps and on-page surveys.
 * Category: analytics (behaviour measurement and session recording).
 * Sources (checked December 2026):
 * - Cookies: https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code
 *   (the stored copy gives the article's introduction; its tables, as quoted verbatim on sites
 *   that reproduce them, give _hjSessionUser_{site_id} 365 days, _hjSession_{site_id} 30 minutes,
 *   _hjHasCachedUserAttributes session, _hjUserAttributesHash 2 minutes, and the localStorage
 *   items _hjUserAttributes and hjActiveViewportIds).
 * - Survey cookies (_hjClosedSurveyInvites, _hjDonePolls, _hjMinimizedPolls, 365 days): Hotjar's
 *   older article https://help.hotjar.com/hc/en-us/articles/115011789248-Hotjar-Cookies
 * - Hosts: the vendor snippet loads https://static.hotjar.com/c/hotjar-<id>.js; Hotjar's CSP
 *   article https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policies is
 *   referenced but its text is not in the stored sources, so *.hotjar.com and *.hotjar.io (the
 *   domains widely documented for its script, data and WebSocket endpoints) are not confirmed
 *   there. Contentsquare-hosted endpoints (t.contentsquare.net) are not listed: not confirmed in
 *   the stored sources for Hotjar, and they would also catch Contentsquare itself.
 * - Provider: https://www.hotjar.com/legal/policies/privacy/ (v6.0 names Hotjar Ltd.). A
 *   third-party source says Hotjar Ltd. merged into Contentsquare on 1 July 2025; the current
 *   policy's entity is not confirmed in the stored sources.
 */
import type { CatalogueEntry } from './catalogue.js';

const hotjar: CatalogueEntry = {
  category: 'analytics',
  label: 'Hotjar',
  provider: 'Hotjar Ltd',
  policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  urls: ['*.hotjar.com', '*.hotjar.io'],
  cookies: [
    { name: '_hjSessionUser_*', lifetime: '365 days', purpose: 'visitorId' },
    { name: '_hjSession_*', lifetime: '30 minutes', purpose: 'session' },
    { name: '_hjHasCachedUserAttributes', lifetime: 'session', purpose: 'technical' },
    { name: '_hjUserAttributesHash', lifetime: '2 minutes', purpose: 'technical' },
    { name: '_hjClosedSurveyInvites', lifetime: '365 days', purpose: 'settings' },
    { name: '_hjDonePolls', lifetime: '365 days', purpose: 'settings' },
    { name: '_hjMinimizedPolls', lifetime: '365 days', purpose: 'settings' },
  ],
  storage: [
    { name: '_hjUserAttributes', lifetime: 'persistent', purpose: 'technical' },
    { name: 'hjActiveViewportIds', lifetime: 'persistent', purpose: 'technical' },
  ],
  description: 'Records how visitors move, click and scroll on pages, to show heatmaps and session replays that help us improve the site.',
};

export default hotjar;
