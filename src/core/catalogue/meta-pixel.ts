/**
 * Meta Pixel (Meta Platforms Ireland Limited): Meta's conversion and audience pixel for
 * Facebook and Instagram ads.
 * Sources (checked December 2026):
 * - Cookie names: Meta for Developers, "ClickID and the fbp and fbc Parameters",
 *   https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/
 *   (`_fbp` is the browser ID and `_fbc` holds the ClickID from an ad's `fbclid`, both
 *   first-party cookies on the site's domain).
 * - Lifetimes: 90 days for `_fbp` and `_fbc`, the value Meta is widely documented to use
 *   (Meta's cookie policy, https://www.facebook.com/privacy/policies/cookies/, and "About
 *   cookie settings for your Meta Pixel" in the Business Help Center); neither page's table is
 *   readable in the stored sources: not confirmed in the stored sources.
 * - Third-party cookies Meta sets on facebook.com (`fr`, `datr`, …) are not listed: the site
 *   cannot read or delete them.
 * - Hosts: `connect.facebook.net` (fbevents.js and the pixel's configuration) and the event
 *   endpoint `www.facebook.com/tr` (also the `<noscript>` image
 *   `https://www.facebook.com/tr?id=…&ev=PageView&noscript=1`), as in Meta's base code,
 *   https://developers.facebook.com/docs/meta-pixel/get-started. That page is not in the
 *   stored sources; the two hosts are the values Meta is widely documented to use (not
 *   confirmed in the stored sources).
 *   Note that `connect.facebook.net` also serves Meta's JavaScript SDK (Like button, Facebook
 *   Login): a page that uses those should grant Meta Pixel for them to load.
 * - Provider and policy: Meta Privacy Policy, https://www.facebook.com/privacy/policy/ (Meta
 *   Platforms Ireland Limited for users in the European Region).
 */
import type { CatalogueEntry } from './catalogue.js';

const metaPixel: CatalogueEntry = {
  category: 'targeting',
  label: 'Meta Pixel',
  provider: 'Meta Platforms Ireland Limited',
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  urls: ['connect.facebook.net', 'www.facebook.com/tr'],
  cookies: [
    { name: '_fbp', lifetime: '90 days', purpose: 'adTargeting' },
    { name: '_fbc', lifetime: '90 days', purpose: 'adMeasurement' },
  ],
  storage: [],
  description: 'Reports the pages you visit and the actions you take on this site to Meta, so that we can measure our ads on Facebook and Instagram and show them to you and to people with similar interests.',
};

export default metaPixel;
