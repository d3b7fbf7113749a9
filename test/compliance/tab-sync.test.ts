/**
 * Cross-tab sync: a decision made in one tab of the site applies in its other open tabs within
 * a second. Two same-origin iframe pages (sharing cookies) stand for two tabs.
 */
import { expect } from '@open-wc/testing';
import type { ConsentChangeEvent, CookieConsent } from '../../src/index.js';
import { SCRIPT } from '../support/banner.js';
import { consentElementOf, gatedUrl, loadPage, newToken, part, requested, runs, settle, until } from '../support/helpers.js';

/** Within a second, as the spec promises. */
const SYNC_MS = 1000;

interface Tab {
  page: Window;
  element: CookieConsent;
  /** The `consent-change` events the page's document heard. */
  events: ConsentChangeEvent[];
}

/** A page of the site with a gated analytics script, its banner showing. */
async function openTab(token: string, head = ''): Promise<Tab> {
  const page = await loadPage(
    `<main><h1>Shop</h1></main><cookie-consent categories="analytics targeting"></cookie-consent>
     <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'stats.js')}"></script>`,
    `${head}${SCRIPT}`,
  );
  const element = consentElementOf(page);
  // Listening from the start, so an event before the banner shows would be counted too.
  const events: ConsentChangeEvent[] = [];
  page.document.addEventListener('consent-change', (event) => events.push(event));
  await until(() => !!part(element, 'banner'), 'the banner');
  return { page, element, events };
}

describe('cross-tab sync', () => {
  it('accepting all in one tab hides the other tab’s banner, runs its gated script and fires consent-change there', async () => {
    const token = newToken();
    const first = await openTab(token);
    const second = await openTab(token);
    expect(await requested(token)).to.deep.equal([]);
    part(first.element, 'accept-all')!.click();
    await until(() => !part(second.element, 'banner') && runs(second.page).includes('stats') && second.events.length > 0, 'the other tab to follow', SYNC_MS);
    expect(second.element.consent).to.deep.equal({ necessary: true, analytics: true, targeting: true });
    expect(second.element.hasConsent('analytics')).to.equal(true);
    expect(second.events).to.have.length(1);
    expect(second.events[0]!.detail.consent).to.deep.equal({ necessary: true, analytics: true, targeting: true });
    expect(runs(second.page)).to.deep.equal(['stats']);
    // The tab the visitor clicked in releases its own copy too; nothing orders it before the other's.
    await until(() => runs(first.page).length > 0, 'the script in the tab clicked in');
    await settle();
    expect(runs(first.page)).to.deep.equal(['stats']);
  });

  it('rejecting in one tab after both accepted withdraws consent in the other', async () => {
    const token = newToken();
    const first = await openTab(token);
    const second = await openTab(token);
    first.element.acceptAll();
    await until(() => second.element.hasConsent('analytics'), 'the other tab to accept', SYNC_MS);
    second.element.acceptAll();
    expect(first.element.hasConsent('analytics')).to.equal(true);
    second.element.rejectAll();
    await until(() => !first.element.hasConsent('analytics'), 'the first tab to follow the rejection', SYNC_MS);
    expect(first.element.consent).to.deep.equal({ necessary: true, analytics: false, targeting: false });
    expect(first.events.at(-1)?.detail.consent).to.deep.equal({ necessary: true, analytics: false, targeting: false });
  });

  it('without BroadcastChannel, a tab applies the decision when it gets focus again', async () => {
    const token = newToken();
    const first = await openTab(token);
    const second = await openTab(token, '<script>delete window.BroadcastChannel</script>');
    expect('BroadcastChannel' in second.page).to.equal(false);
    part(first.element, 'accept-all')!.click();
    // The visitor switches back some time later (WebKit shows other frames a cookie change late).
    await settle(300);
    second.page.dispatchEvent(new (second.page as Window & typeof globalThis).Event('focus'));
    // The decision applies within a second; the released script then takes its network time.
    await until(() => !part(second.element, 'banner') && second.events.length > 0, 'the focused tab to follow', SYNC_MS);
    expect(second.element.consent).to.deep.equal({ necessary: true, analytics: true, targeting: true });
    await until(() => runs(second.page).includes('stats'), 'the released script to run in the focused tab');
  });
});
