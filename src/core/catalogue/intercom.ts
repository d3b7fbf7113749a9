/**
 * Intercom (Intercom R&D Unlimited Company): the Intercom Messenger, a chat and support widget.
 *
 * Category: functionality (chat). The Messenger's cookies identify the browser so that its
 * conversations can be shown again, and the device so that abuse can be stopped.
 *
 * Sources (checked December 2026):
 * - Intercom, "Intercom Messenger Cookies": https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies
 *   (first-party cookies on the site's domain: `intercom-id-[app_id]` 9 months,
 *   `intercom-session-[app_id]` 1 week, `intercom-device-id-[app_id]` 9 months).
 * - Intercom, "Product Privacy Notice": https://preferences.intercom.com/legal/product-privacy-notice
 *   (the same three cookies; names Intercom R&D Unlimited Company first).
 * - Intercom, "Using Intercom with Content Security Policy":
 *   https://www.intercom.com/help/en/articles/3894
 *   (also https://www.intercom.com/help/configure-intercom/staying-secure/using-intercom-with-content-security-policy)
 *   (script from `app.intercom.io`, `widget.intercom.io`, `js.intercomcdn.com`; API and websocket
 *   hosts under `intercom.io` and `*.intercom-messenger.com`; regional CDNs `*.intercomcdn.com`,
 *   `*.intercomcdn.eu`).
 * - Privacy policy: https://www.intercom.com/legal/privacy (Intercom R&D Unlimited Company, Dublin,
 *   listed first; it is also the contracting entity outside the US).
 * Notes: "1 week" is written `7 days` to fit the Lifetime form. Intercom documents no
 * `localStorage` keys by name, so `storage` is empty.
 */
import type { CatalogueEntry } from './catalogue.js';

const intercom: CatalogueEntry = {
  category: 'functionality',
  label: 'Intercom',
  provider: 'Intercom R&D Unlimited Company',
  policyUrl: 'https://www.intercom.com/legal/privacy',
  urls: ['*.intercom.io', '*.intercomcdn.com', '*.intercomcdn.eu', '*.intercom-messenger.com'],
  cookies: [
    { name: 'intercom-id-*', lifetime: '9 months', purpose: 'visitorId' },
    { name: 'intercom-session-*', lifetime: '7 days', purpose: 'chat' },
    { name: 'intercom-device-id-*', lifetime: '9 months', purpose: 'security' },
  ],
  storage: [],
  description: 'Runs the chat window on our pages so you can message us. It recognises your browser so you can return to earlier conversations.',
};

export default intercom;
