/**
 * Google Consent Mode v2: with `consent-mode` (or `data-consent-mode` on the script tag), Google's
 * tags find `gtag('consent', 'default', …)` first in `dataLayer`, then `'update'` calls for the
 * stored decision and for each new one. What counts is what Google's tags would read: the entries
 * of `window.dataLayer` in order (each one an `arguments` object, as Google's snippet pushes).
 */
import { expect } from '@open-wc/testing';
import { bannerButton, categorySwitch, GPC_ON, loadBannerPage, openPreferences, SCRIPT, scriptTag } from '../support/banner.js';
import { consentElementOf, loadPage, part, storeDecision, until } from '../support/helpers.js';

type Signal = 'granted' | 'denied';
type Signals = Record<string, Signal>;
type Entry = [string, string, Signals];

/** The seven signals: `granted` lists those granted, every other one is denied. */
function signals(...granted: string[]): Signals {
  const all = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'];
  return Object.fromEntries(all.map((name): [string, Signal] => [name, granted.includes(name) ? 'granted' : 'denied']));
}
const DEFAULT: Entry = ['consent', 'default', signals('security_storage')];
const update = (...granted: string[]): Entry => ['consent', 'update', signals('security_storage', ...granted)];
const ALL_GRANTED = update('ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage');

interface TagWindow {
  dataLayer?: ArrayLike<unknown>[];
  gtag?: unknown;
  /** What the inline script right after the product script saw. */
  __seen?: Entry[];
  __seenArray?: boolean;
  __calls?: Entry[];
}
const tags = (page: Window) => page as unknown as TagWindow;

/** The page's dataLayer as plain arrays. */
const dataLayerOf = (page: Window): Entry[] => (tags(page).dataLayer ?? []).map((entry) => Array.from(entry) as Entry);
/** The `consent` calls in the page's dataLayer. */
const consentCalls = (page: Window) => dataLayerOf(page).filter((entry) => entry[0] === 'consent');

/** An inline script that records what `dataLayer` holds when it runs. */
const PEEK = '<script>window.__seen = (window.dataLayer || []).map((entry) => Array.from(entry)); window.__seenArray = !!window.dataLayer && Array.isArray(window.dataLayer[0]);</script>';

/** A first visit configured on the script tag, with the banner showing. */
const firstVisit = (attributes = 'data-consent-mode') => loadBannerPage('<p>Shop</p>', scriptTag(attributes));

describe('Google Consent Mode v2', () => {
  it('data-consent-mode: a script right after the product script finds the default, all denied but security_storage, as an arguments object', async () => {
    const page = await loadPage('<p>Shop</p>', `${scriptTag('data-consent-mode')}${PEEK}`);
    const seen = tags(page).__seen!;
    expect(seen[0]).to.deep.equal(DEFAULT);
    expect(tags(page).__seenArray, 'gtag pushes its arguments object, not an array').to.equal(false);
    expect(typeof tags(page).gtag).to.equal('function');
  });

  it('a returning visitor gets an update for the stored decision before any later script', async () => {
    storeDecision(['analytics'], ['functionality', 'targeting']);
    const page = await loadPage('<p>Shop</p>', `${scriptTag('data-consent-mode')}${PEEK}`);
    expect(tags(page).__seen).to.deep.equal([DEFAULT, update('analytics_storage')]);
  });

  it('a returning visitor who granted everything gets every signal granted', async () => {
    storeDecision(['analytics', 'functionality', 'targeting'], []);
    const page = await loadPage('<p>Shop</p>', `${scriptTag('data-consent-mode')}${PEEK}`);
    expect(tags(page).__seen).to.deep.equal([DEFAULT, ALL_GRANTED]);
  });

  it('accept all pushes an update granting every signal', async () => {
    const { page, element } = await firstVisit();
    expect(consentCalls(page)).to.deep.equal([DEFAULT]);
    bannerButton(element, 'accept-all')!.click();
    await until(() => consentCalls(page).length === 2, 'the update');
    expect(consentCalls(page)).to.deep.equal([DEFAULT, ALL_GRANTED]);
  });

  it('reject all pushes an update denying every signal but security_storage', async () => {
    const { page, element } = await firstVisit();
    bannerButton(element, 'reject-all')!.click();
    await until(() => consentCalls(page).length === 2, 'the update');
    expect(consentCalls(page)).to.deep.equal([DEFAULT, update()]);
  });

  for (const [category, granted] of [
    ['analytics', ['analytics_storage']],
    ['functionality', ['functionality_storage', 'personalization_storage']],
    ['targeting', ['ad_storage', 'ad_user_data', 'ad_personalization']],
  ] as const) {
    it(`saving the preferences with only ${category} on grants ${granted.join(', ')}`, async () => {
      const { page, element } = await firstVisit();
      await openPreferences(element);
      categorySwitch(element, category).click();
      part(element, 'save')!.click();
      await until(() => consentCalls(page).length === 2, 'the update');
      expect(consentCalls(page)).to.deep.equal([DEFAULT, update(...granted)]);
    });
  }

  it('a later change pushes another update', async () => {
    storeDecision(['analytics', 'functionality', 'targeting'], []);
    const page = await loadPage('<p>Shop</p>', scriptTag('data-consent-mode'));
    const element = consentElementOf(page);
    await until(() => consentCalls(page).length >= 2, 'the update for the stored decision');
    const before = consentCalls(page);
    expect(before.slice(0, 2)).to.deep.equal([DEFAULT, ALL_GRANTED]);
    element.rejectAll();
    await until(() => consentCalls(page).length > before.length, 'the second update');
    expect(consentCalls(page).slice(before.length)).to.deep.equal([update()]);
  });

  it('the consent-mode attribute on the element works the same way', async () => {
    const page = await loadPage(`<cookie-consent consent-mode></cookie-consent>${PEEK}`, SCRIPT);
    expect(tags(page).__seen).to.deep.equal([DEFAULT]);
    const element = consentElementOf(page);
    await until(() => !!bannerButton(element, 'accept-all'), 'the banner');
    bannerButton(element, 'accept-all')!.click();
    await until(() => consentCalls(page).length === 2, 'the update');
    expect(consentCalls(page)).to.deep.equal([DEFAULT, ALL_GRANTED]);
  });

  it('the element form gives a returning visitor the update before any later script', async () => {
    storeDecision(['functionality'], ['analytics', 'targeting']);
    const page = await loadPage(`<cookie-consent consent-mode></cookie-consent>${PEEK}`, SCRIPT);
    expect(tags(page).__seen).to.deep.equal([DEFAULT, update('functionality_storage', 'personalization_storage')]);
  });

  it("a page with its own gtag and dataLayer receives the calls through its gtag, after what it queued", async () => {
    const own = `<script>
      window.dataLayer = [{ event: 'page-own' }];
      window.__calls = [];
      function gtag() { window.__calls.push(Array.from(arguments)); dataLayer.push(arguments); }
      window.__ownGtag = gtag;
    </script>`;
    const page = await loadPage('<p>Shop</p>', `${own}${scriptTag('data-consent-mode')}`);
    const element = consentElementOf(page);
    expect(tags(page).__calls).to.deep.equal([DEFAULT]);
    expect(tags(page).gtag, 'the page keeps its own gtag').to.equal((page as unknown as { __ownGtag: unknown }).__ownGtag);
    expect(tags(page).dataLayer![0]).to.deep.equal({ event: 'page-own' });
    await until(() => !!bannerButton(element, 'accept-all'), 'the banner');
    bannerButton(element, 'accept-all')!.click();
    await until(() => tags(page).__calls!.length === 2, 'the update through the page gtag');
    expect(tags(page).__calls).to.deep.equal([DEFAULT, ALL_GRANTED]);
    expect(consentCalls(page)).to.deep.equal([DEFAULT, ALL_GRANTED]);
  });

  it('under Global Privacy Control, accept all leaves the advertising signals denied', async () => {
    const page = await loadPage('<p>Shop</p>', `${GPC_ON}${scriptTag('data-consent-mode')}`);
    const element = consentElementOf(page);
    await until(() => !!bannerButton(element, 'accept-all'), 'the banner');
    bannerButton(element, 'accept-all')!.click();
    await until(() => consentCalls(page).length === 2, 'the update');
    expect(consentCalls(page)[1]).to.deep.equal(update('analytics_storage', 'functionality_storage', 'personalization_storage'));
  });

  for (const [form, body, head] of [
    ['configured on the script tag', '<p>Shop</p>', scriptTag('data-categories="analytics targeting"')],
    ['with an element', '<cookie-consent></cookie-consent>', SCRIPT],
  ] as const) {
    it(`without consent-mode (${form}) pushes nothing and defines no gtag`, async () => {
      const { page, element } = await loadBannerPage(body, head);
      bannerButton(element, 'accept-all')!.click();
      await until(() => element.consent !== null, 'the decision');
      expect('dataLayer' in page).to.equal(false);
      expect('gtag' in page).to.equal(false);
    });
  }
});
