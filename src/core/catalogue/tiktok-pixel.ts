/**
 * TikTok Pixel (TikTok Technology Limited): conversion measurement and retargeting for TikTok ads.
 * Category: targeting (advertising measurement and retargeting).
 * Sources (checked December 2026):
 * - Cookies: https://ads.tiktok.com/help/article?aid=10007540 ("About using cookies with TikTok
 *   Pixel": first-party cookies are on by default, a session ID is created by the pixel, and
 *   "cookies expire after 13 months from being set onto a browser, or last used") and
 *   https://ads.tiktok.com/help/article/how-to-use-cookies-with-tiktok-pixel. The cookie names
 *   (_ttp, _tt_enable_cookie, ttcsid, ttcsid_<pixel id>) are not named in the stored vendor text;
 *   they are the ones the pixel is widely documented to set and that appear in public cookie
 *   jars. Their 13-month lifetime is the vendor's general statement; for the ttcsid session
 *   cookies in particular it is not confirmed in the stored sources.
 * - Hosts: the vendor base code loads https://analytics.tiktok.com/i18n/pixel/events.js; events
 *   go to the same host.
 * - Provider: TikTok Technology Limited (Ireland) is the EEA controller per TikTok's own
 *   announcement; not confirmed in the stored text of the privacy policy below.
 */
import type { CatalogueEntry } from './catalogue.js';

const tiktokPixel: CatalogueEntry = {
  category: 'targeting',
  label: 'TikTok Pixel',
  provider: 'TikTok Technology Limited',
  policyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  urls: ['analytics.tiktok.com'],
  cookies: [
    { name: '_ttp', lifetime: '13 months', purpose: 'adTargeting' },
    { name: '_tt_enable_cookie', lifetime: '13 months', purpose: 'technical' },
    { name: 'ttcsid', lifetime: '13 months', purpose: 'session' },
    { name: 'ttcsid_*', lifetime: '13 months', purpose: 'session' },
  ],
  storage: [],
  description: 'Tells TikTok which of our pages you visit and what you do on them, so that we can measure our TikTok ads and show them to people who have visited this site.',
};

export default tiktokPixel;
