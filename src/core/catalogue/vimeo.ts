/**
 * Vimeo (Vimeo.com, Inc.): the embedded Vimeo video player and its JavaScript API.
 *
 * Category: functionality. The embed is a video player the visitor uses on purpose; Vimeo
 * documents its `vuid` cookie as producing analytics for the video's owner, not for advertising.
 *
 * The player sets no cookies on the site's own domain: the cookies below are the ones its
 * iframe sets on `vimeo.com`, as Vimeo documents them, so the declaration can show them.
 * (With `dnt=1` on the embed URL Vimeo sets no new cookies during that viewing session.)
 *
 * Sources (checked December 2026):
 * - Vimeo Help Center, cookies set by the embeddable player (last updated 30 July 2024):
 *   https://help.vimeo.com/hc/en-us/articles/26080940921361
 *   (`vuid` 2 years, `player` 1 year, `flags` 1 year, `player_clearance` 7 days, Cloudflare's
 *   bot-manager cookie 30 minutes, `_cfuvid` session, `cf_clearance` 1 year).
 * - Vimeo embed code: iframes from `https://player.vimeo.com/video/{id}` (Vimeo's generated embed
 *   code, as reproduced in many stored pages).
 * - Privacy policy: https://vimeo.com/privacy
 * Not confirmed in the stored sources:
 * - The player SDK script `https://player.vimeo.com/api/player.js` (https://github.com/vimeo/player.js)
 *   was seen only in third-party descriptions; it is covered by `player.vimeo.com` anyway.
 * - The bot-manager cookie is printed `_cf_bm` in Vimeo's table; it is listed as `__cf_bm`, the
 *   name Cloudflare sets.
 * - Provider "Vimeo.com, Inc." as named in Vimeo's privacy policy (the policy text itself was not
 *   in the stored sources).
 * - `vimeo.com/showcase` and `vimeo.com/event` (showcase and live-event embeds,
 *   `vimeo.com/showcase/{id}/embed`, `vimeo.com/event/{id}/embed`): Vimeo's widely documented
 *   embed forms.
 */
import type { CatalogueEntry } from './catalogue.js';

const vimeo: CatalogueEntry = {
  category: 'functionality',
  label: 'Vimeo',
  provider: 'Vimeo.com, Inc.',
  policyUrl: 'https://vimeo.com/privacy',
  urls: ['player.vimeo.com', 'vimeo.com/showcase', 'vimeo.com/event'],
  cookies: [
    { name: 'vuid', lifetime: '2 years', purpose: 'visitorId' },
    { name: 'player', lifetime: '1 year', purpose: 'settings' },
    { name: 'flags', lifetime: '1 year', purpose: 'technical' },
    { name: 'player_clearance', lifetime: '7 days', purpose: 'security' },
    { name: '__cf_bm', lifetime: '30 minutes', purpose: 'security' },
    { name: '_cfuvid', lifetime: 'session', purpose: 'security' },
    { name: 'cf_clearance', lifetime: '1 year', purpose: 'security' },
  ],
  storage: [],
  description: 'Plays videos we host on Vimeo. Vimeo receives your IP address and sets cookies to remember your player settings and count views for us.',
};

export default vimeo;
