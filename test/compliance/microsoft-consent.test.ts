/**
 * Microsoft's consent signals beside Google's: with Microsoft Advertising (UET) or Clarity
 * declared as services, their tags find a denied default in their own queues before any
 * decision, then an update on every decision, as their snippets would read them.
 */
import { expect } from '@open-wc/testing';
import { loadBannerPage, SCRIPT } from '../support/banner.js';
import { consentElementOf, loadPage, settle, storeDecision } from '../support/helpers.js';

interface MicrosoftWindow {
  uetq?: unknown[];
  clarity?: { q?: ArrayLike<unknown>[] };
  __seen?: { uetq: unknown[]; clarity: unknown[][] };
}
const tags = (page: Window) => page as unknown as MicrosoftWindow;
/** UET's queue as `[command, value]` pairs of its consent entries. */
const uetConsent = (page: Window): unknown[][] => {
  const queue = tags(page).uetq ?? [];
  const calls: unknown[][] = [];
  for (let i = 0; i < queue.length; i += 3) if (queue[i] === 'consent') calls.push([queue[i + 1], queue[i + 2]]);
  return calls;
};
/** Clarity's queued `consentv2` calls' values. */
const clarityConsent = (page: Window): unknown[] => (tags(page).clarity?.q ?? []).map((entry) => Array.from(entry)).filter((entry) => entry[0] === 'consentv2').map((entry) => entry[1]);

const WAY_BACK = '<a href="#" data-cookie-consent="preferences">Cookie settings</a>';
const MICROSOFT = `<cookie-consent policy-url="/privacy" categories="analytics targeting">
  <cookie-service name="microsoft-ads" category="targeting" urls="bat.bing.com"></cookie-service>
  <cookie-service name="clarity" category="analytics" urls="*.clarity.ms"></cookie-service>
</cookie-consent>${WAY_BACK}`;
/** What a tag right after the element would find. */
const PEEK = `<script>window.__seen = { uetq: [...(window.uetq || [])], clarity: [...((window.clarity && window.clarity.q) || [])].map((e) => Array.from(e)) };</script>`;
const DENIED = { ad_Storage: 'denied', analytics_Storage: 'denied' };

describe("Microsoft's consent signals", () => {
  it('a tag right after the element finds both defaults denied', async () => {
    const page = await loadPage(`${MICROSOFT}${PEEK}`, SCRIPT);
    expect(tags(page).__seen).to.deep.equal({ uetq: ['consent', 'default', { ad_storage: 'denied' }], clarity: [['consentv2', DENIED]] });
  });

  it('each decision updates both, and only what changed', async () => {
    const { page, element } = await loadBannerPage(MICROSOFT);
    element.accept(['clarity']);
    element.accept(['clarity', 'microsoft-ads']);
    element.accept(['clarity', 'microsoft-ads']);
    expect(uetConsent(page)).to.deep.equal([
      ['default', { ad_storage: 'denied' }],
      ['update', { ad_storage: 'denied' }],
      ['update', { ad_storage: 'granted' }],
    ]);
    expect(clarityConsent(page)).to.deep.equal([
      DENIED,
      { ad_Storage: 'denied', analytics_Storage: 'granted' },
      { ad_Storage: 'granted', analytics_Storage: 'granted' },
    ]);
  });

  it('a returning visitor gets the update at once', async () => {
    storeDecision(['analytics', 'clarity', 'targeting', 'microsoft-ads'], []);
    const page = await loadPage(`${MICROSOFT}${PEEK}`, SCRIPT);
    expect(tags(page).__seen?.uetq).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }]);
    expect(tags(page).__seen?.clarity.map((entry) => entry[1])).to.deep.equal([DENIED, { ad_Storage: 'granted', analytics_Storage: 'granted' }]);
  });

  it("a page with Clarity's own snippet receives the calls in its queue", async () => {
    const snippet = '<script>(function(c,a){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};})(window,"clarity");clarity("set","page","home");</script>';
    const page = await loadPage(`${snippet}${MICROSOFT}`, SCRIPT);
    await settle(50);
    const queue = (tags(page).clarity?.q ?? []).map((entry) => Array.from(entry));
    expect(queue).to.deep.equal([['set', 'page', 'home'], ['consentv2', DENIED]]);
  });

  it('a page without Microsoft services gets neither queue', async () => {
    const page = await loadPage(`<cookie-consent policy-url="/privacy" consent-mode></cookie-consent>${WAY_BACK}`, SCRIPT);
    consentElementOf(page).acceptAll();
    expect(tags(page).uetq).to.equal(undefined);
    expect(tags(page).clarity).to.equal(undefined);
  });
});
