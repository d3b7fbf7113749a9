/**
 * Google Maps (Google Ireland Limited): embedded Google maps, both the iframe embeds
 * (`www.google.com/maps/embed…`, including the Maps Embed API and My Maps) and the Maps
 * JavaScript API.
 *
 * Category: functionality. A map is a feature the visitor uses on purpose; the embed is not
 * primarily an ad tracker.
 *
 * The map sets no cookies on the site's own domain: the cookies below are Google's own
 * `google.com` cookies that the map iframe can set or send, as Google documents them, so the
 * declaration can show them.
 *
 * Sources (checked December 2026):
 * - Google Maps Platform, Maps Embed API overview: https://developers.google.com/maps/documentation/embed/get-started
 *   (iframe `src="https://www.google.com/maps/embed/v1/place?key=…"`).
 * - Google Maps Platform, Maps JavaScript API "Content Security Policy guide":
 *   https://developers.google.com/maps/documentation/javascript/content-security-policy
 *   (script `https://maps.googleapis.com/maps/api/js`; frames from `*.google.com`).
 * - Google, "How Google uses cookies": https://policies.google.com/technologies/cookies
 *   (most people who use Google services have `NID` or `__Secure-ENID`, depending on their cookie
 *   choices, to remember preferences; `NID` expires 6 months after last use, `__Secure-ENID` lasts
 *   13 months; `AEC` ensures requests in a browsing session come from the user, 6 months).
 * - Provider: since 22 January 2019 Google Ireland Limited is the service provider and data
 *   controller for Google's consumer services, Maps included, in the EEA and Switzerland (Google's
 *   privacy policy, https://policies.google.com/privacy; the change as reported at
 *   https://businessandfinance.com/fdi-december-2018-google/).
 * Not confirmed in the stored sources:
 * - Which of `NID`, `__Secure-ENID` and `AEC` the map iframe itself sets: Google does not list the
 *   Maps embed's cookies separately (it depends on the visitor's earlier choices on Google).
 * - `maps.google.com` (older `maps.google.com/maps?…&output=embed` embeds) and `maps.gstatic.com`
 *   (static files of the Maps JavaScript API) are the hosts Maps is widely documented to use.
 *   `www.google.com` alone is not listed: it would catch far more than Maps.
 */
import type { CatalogueEntry } from './catalogue.js';

const googleMaps: CatalogueEntry = {
  category: 'functionality',
  label: 'Google Maps',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['www.google.com/maps', 'maps.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
  cookies: [
    { name: 'NID', lifetime: '6 months', purpose: 'settings' },
    { name: '__Secure-ENID', lifetime: '13 months', purpose: 'settings' },
    { name: 'AEC', lifetime: '6 months', purpose: 'security' },
  ],
  storage: [],
  description: 'Shows interactive maps from Google on our pages. Google receives your IP address and the map area you view, and may set cookies to remember your settings.',
};

export default googleMaps;
