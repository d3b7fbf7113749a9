/**
 * HubSpot (HubSpot, Inc.): the HubSpot tracking code (visitor analytics tied to CRM contacts),
 * with the chat widget, collected forms and HubSpot's own cookie banner that its loader adds.
 *
 * Category: analytics. The tracking code's job by default is measuring visits and attributing
 * them to contacts; HubSpot's own consent banner files `__hstc`, `hubspotutk` and `__hssc`
 * under analytics. A site that connects ad accounts in HubSpot also gets ad pixels through
 * `js.hsadspixel.net` (listed below so they are held with the rest); such a site should put
 * this service under targeting. HubSpot forms (`js.hsforms.net`) are left out on purpose:
 * holding a contact form until analytics consent would break it.
 *
 * Sources (checked December 2026):
 * - HubSpot, "What cookies does HubSpot set in a visitor's browser?"
 *   https://knowledge.hubspot.com/reports/what-cookies-does-hubspot-set-in-a-visitor-s-browser
 *   (stored copy, 2018: https://knowledge.hubspot.com/articles/kcs_article/reports/what-cookies-does-hubspot-set-in-a-visitor-s-browser)
 *   for the cookie names and purposes, and `__hssc` 30 minutes, `__hssrc` session.
 * - HubSpot developer docs, tracking code and cookie banner API:
 *   https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/overview
 *   https://developers.hubspot.com/docs/api/events/cookie-banner (`hubspotutk` holds the usertoken)
 * - Privacy policy: https://legal.hubspot.com/privacy-policy
 * Not confirmed in the stored sources:
 * - Lifetimes of `__hstc`, `hubspotutk` and `messagesUtk`: 6 months is the value HubSpot is widely
 *   documented to use now; the stored copy of HubSpot's article (2018) says 2 years for `__hstc`,
 *   and later copies of it reproduced on customer sites say 13 months.
 * - Hosts: `js.hs-scripts.com` / `js-eu1.hs-scripts.com` (loader), `js.hs-analytics.net`,
 *   `js.hs-banner.com` and `js.hscollectedforms.net` were seen in HubSpot's published snippet, and
 *   `track-eu1.hubspot.com` in third-party consent tooling; `*.usemessages.com` (chat),
 *   `*.hsadspixel.net` (ads pixel), `*.hsleadflows.net` (pop-up forms) and `track.hubspot.com`
 *   (collection pixel `__ptq.gif`) are the hosts HubSpot is widely documented to use.
 * - Provider: HubSpot, Inc. is the entity named at the head of HubSpot's privacy policy; whether
 *   it names HubSpot Ireland Limited for EU visitors was not checked in the stored sources.
 */
import type { CatalogueEntry } from './catalogue.js';

const hubspot: CatalogueEntry = {
  category: 'analytics',
  label: 'HubSpot',
  provider: 'HubSpot, Inc.',
  policyUrl: 'https://legal.hubspot.com/privacy-policy',
  urls: [
    '*.hs-scripts.com',
    '*.hs-analytics.net',
    '*.hs-banner.com',
    '*.hscollectedforms.net',
    '*.hsadspixel.net',
    '*.hsleadflows.net',
    '*.usemessages.com',
    'track.hubspot.com',
    'track-eu1.hubspot.com',
  ],
  cookies: [
    { name: '__hstc', lifetime: '6 months', purpose: 'visitorId' },
    { name: 'hubspotutk', lifetime: '6 months', purpose: 'visitorId' },
    { name: '__hssc', lifetime: '30 minutes', purpose: 'session' },
    { name: '__hssrc', lifetime: 'session', purpose: 'session' },
    { name: 'messagesUtk', lifetime: '6 months', purpose: 'chat' },
  ],
  storage: [],
  description: 'Records the pages you visit and links them to the contact details you give us in a form, so we can see how visitors find us and follow up on enquiries.',
};

export default hubspot;
