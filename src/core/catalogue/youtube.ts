/**
 * YouTube (Google Ireland Limited): embedded YouTube videos, including privacy-enhanced mode
 * (`youtube-nocookie.com`) and the IFrame Player API.
 *
 * Category: functionality. The embed is a video player the visitor uses on purpose; it is not
 * primarily an ad tracker (Google may still show ads in some videos and keep viewing history).
 * A site that wants YouTube to count as targeting can say so on its `<cookie-service>`.
 *
 * The embed sets no cookies on the site's own domain: the cookies below are the ones its iframe
 * sets on `youtube.com`, as Google documents them, so the declaration can show them.
 *
 * Sources (checked December 2026):
 * - Google, "How Google uses cookies": https://policies.google.com/technologies/cookies
 *   (`YSC` lasts for the browsing session and protects against requests made by other sites;
 *   `VISITOR_INFO1_LIVE` keeps YouTube preferences and helps detect problems, 6 months; YouTube
 *   uses `PREF` for player and playback preferences).
 * - YouTube Help, "Embed videos & playlists", privacy-enhanced mode:
 *   https://support.google.com/youtube/answer/171780 (embed from `www.youtube-nocookie.com`).
 * - YouTube IFrame Player API: https://developers.google.com/youtube/iframe_api_reference
 *   (stored as https://developers.google.cn/youtube/js_api_reference.html; script
 *   `https://www.youtube.com/iframe_api`, the older `www.youtube.com/player_api`).
 * - Provider: since 22 January 2019 Google Ireland Limited is the service provider and data
 *   controller for Google's consumer services in the EEA and Switzerland (Google's privacy policy,
 *   https://policies.google.com/privacy; the change as reported at
 *   https://businessandfinance.com/fdi-december-2018-google/).
 * Not confirmed in the stored sources:
 * - `PREF` lifetime: 8 months is the value Google is widely documented to give (the stored copy of
 *   Google's page was cut before the figure).
 * - `VISITOR_PRIVACY_METADATA` (the visitor's YouTube cookie-consent state, 6 months) is not on
 *   Google's page; it is listed because YouTube widely sets it on `.youtube.com` with that lifetime.
 * - `www.youtube.com/s/player` (the widget script that `iframe_api` adds to the page) is taken from
 *   the API's observed behaviour, not from Google's documentation.
 */
import type { CatalogueEntry } from './catalogue.js';

const youtube: CatalogueEntry = {
  category: 'functionality',
  label: 'YouTube',
  provider: 'Google Ireland Limited',
  policyUrl: 'https://policies.google.com/privacy',
  urls: [
    'www.youtube.com/embed',
    'youtube.com/embed',
    'www.youtube.com/iframe_api',
    'www.youtube.com/player_api',
    'www.youtube.com/s/player',
    '*.youtube-nocookie.com',
  ],
  cookies: [
    { name: 'YSC', lifetime: 'session', purpose: 'security' },
    { name: 'VISITOR_INFO1_LIVE', lifetime: '6 months', purpose: 'settings' },
    { name: 'VISITOR_PRIVACY_METADATA', lifetime: '6 months', purpose: 'consent' },
    { name: 'PREF', lifetime: '8 months', purpose: 'settings' },
  ],
  storage: [],
  description: 'Plays videos from YouTube on our pages. Google receives your IP address and which videos you watch, and sets cookies to remember your settings.',
};

export default youtube;
