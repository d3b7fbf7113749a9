/**
 * The Astro example app (examples/astro, docs/astro.md), built from the packed tarball by
 * `node scripts/build-examples.mjs astro` and served by the test server at /__astro/ through
 * the Node adapter's middleware mode: rendered on the server on every request, its HTML passed
 * through cookie-consent-banner/server (src/middleware.ts), its client scripts bundled by Astro.
 * Each page gets the test's token as `?token=`, so the stand-in vendor's request log
 * (/__gated/<token>/…) says what the browser fetched; `runs()` says what ran in the page.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/index.js';
import { bannerButton } from '../support/banner.js';
import { consentElementOf, loadUrl, newToken, requested, runs, settle, storeDecision, until, writtenRecord } from '../support/helpers.js';

const APP = '/__astro/';
const THEME_KEY = 'northwind-theme';
/** What the vendor serves once analytics is granted: its tag, the chart the page embeds, the beacon the app's code sends. */
const ANALYTICS_FILES = ['analytics.js', 'chart.html', 'pageview.gif'];
/** A returning visitor's stored decision, under the app's revision 3. */
const storeAnalyticsOnly = () => storeDecision(['analytics'], ['functionality', 'targeting'], { rev: '3' });

/** The app's page for `token`, once its bundle has defined the element, with what the app's own code shows. */
async function open(token: string, path = '') {
  const win = await loadUrl(`${APP}${path}?token=${token}`);
  await until(() => !!win.customElements.get('cookie-consent'), "the app's bundle to define <cookie-consent>");
  const element: CookieConsent = consentElementOf(win);
  const statistics = {
    /** The text of the app's `<output>`, written by its consent-change listener. */
    state: () => win.document.querySelector<HTMLOutputElement>('section.statistics output')!.value,
    /** Whether the app shows the (gated) chart. */
    shown: () => !win.document.querySelector<HTMLElement>('.statistics-chart')!.hidden,
  };
  return { win, element, statistics };
}
const bannerShown = (element: CookieConsent) => !!bannerButton(element, 'accept-all');

describe('the Astro app (examples/astro), server-rendered from the packed tarball', () => {
  before(async () => {
    const response = await fetch(APP, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${APP} answered ${response.status}: ${await response.text()}`);
  });

  afterEach(() => {
    localStorage.removeItem(THEME_KEY);
  });

  it('renders <cookie-consent> on the server with the attributes of its Astro props, and marks the page as per visitor', async () => {
    const token = newToken();
    const response = await fetch(`${APP}?token=${token}`, { cache: 'no-store' });
    const html = await response.text();
    expect(response.status).to.equal(200);
    expect(html).to.contain('<cookie-consent policy-url="/__astro/privacy" revision="3" categories="analytics functionality targeting">');
    // A first-time visitor: the server leaves the gated markup as written.
    expect(html).to.contain(`<script type="text/plain" data-category="analytics" src="/__gated/${token}/analytics.js"></script>`);
    expect(response.headers.get('Vary')).to.match(/Cookie, Sec-GPC/);
    const { element } = await open(token);
    expect(element.policyUrl).to.equal('/__astro/privacy');
    expect(element.revision).to.equal('3');
  });

  it('a first-time visitor: nothing requested before consent; accept all releases each file once and reaches the app through consent-change', async () => {
    const token = newToken();
    const { win, element, statistics } = await open(token);
    await until(() => bannerShown(element), 'the banner');
    await settle(300);
    expect(await requested(token)).to.deep.equal([]);
    expect(runs(win)).to.deep.equal([]);
    expect(statistics.state()).to.match(/^Off/);
    expect(statistics.shown()).to.equal(false);

    bannerButton(element, 'accept-all')!.click();
    await until(async () => (await requested(token)).length >= ANALYTICS_FILES.length, 'the released tag, chart and beacon');
    await until(() => runs(win).length > 0, 'the analytics tag to run');
    // Time for anything released a second time to show up in the log.
    await settle(300);
    expect((await requested(token)).sort()).to.deep.equal(ANALYTICS_FILES);
    expect(runs(win)).to.deep.equal(['analytics']);
    expect(statistics.state()).to.match(/^On/);
    expect(statistics.shown()).to.equal(true);
    expect(bannerShown(element)).to.equal(false);
    const record = await writtenRecord();
    expect(record.rev).to.equal('3');
    expect(record.granted).to.include.members(['analytics', 'functionality', 'targeting']);
  });

  it('a returning visitor gets the granted tag written plain by the server, and the browser releases nothing a second time', async () => {
    storeAnalyticsOnly();
    const token = newToken();
    // The server's answer for this visitor (fetch sends the page's cookies): the tag is plain, the chart has its src.
    const html = await (await fetch(`${APP}?token=${token}`, { cache: 'no-store' })).text();
    expect(html).to.contain(`<script data-category="analytics" src="/__gated/${token}/analytics.js"></script>`);
    expect(html).to.match(new RegExp(`<iframe data-category="analytics" title="[^"]*" src="/__gated/${token}/chart\\.html">`));

    const { win, element, statistics } = await open(token);
    await until(async () => (await requested(token)).length >= ANALYTICS_FILES.length, 'the tag, chart and beacon');
    await settle(500);
    expect((await requested(token)).sort()).to.deep.equal(ANALYTICS_FILES);
    expect(runs(win)).to.deep.equal(['analytics']);
    expect(bannerShown(element)).to.equal(false);
    // The app's code read the decision in force at start-up, no event needed.
    expect(statistics.state()).to.match(/^On/);
    expect(statistics.shown()).to.equal(true);

    // Withdrawing reaches the app through consent-change too, and fetches nothing.
    element.rejectAll();
    await until(() => statistics.state().startsWith('Off'), "the app's statistics switched off");
    expect(statistics.shown()).to.equal(false);
    // The withdrawal replaces the stored grant: this document may read the grant a moment longer.
    await writtenRecord('cookie_consent', (record) => record.denied.includes('analytics'));
    await settle(200);
    expect((await requested(token)).sort()).to.deep.equal(ANALYTICS_FILES);
  });

  it('a visitor who declines: nothing requested, then or on the next page', async () => {
    const token = newToken();
    const first = await open(token);
    await until(() => bannerShown(first.element), 'the banner');
    bannerButton(first.element, 'reject-all')!.click();
    const record = await writtenRecord();
    expect(record.denied).to.include.members(['analytics', 'functionality', 'targeting']);
    await settle(300);
    expect(first.statistics.state()).to.match(/^Off/);
    expect(bannerShown(first.element)).to.equal(false);

    const next = await open(token);
    await settle(300);
    expect(bannerShown(next.element), 'the decision is kept').to.equal(false);
    expect(next.statistics.shown()).to.equal(false);
    expect(await requested(token)).to.deep.equal([]);
    expect(runs(first.win).concat(runs(next.win))).to.deep.equal([]);
  });

  it("the app's theme switch sets the element's colorScheme property from the browser's localStorage", async () => {
    localStorage.setItem(THEME_KEY, 'dark');
    const { win, element } = await open(newToken());
    expect(element.colorScheme).to.equal('dark');
    // The property reflects to the attribute, which the banner's styles key on.
    expect(win.getComputedStyle(element).colorScheme).to.equal('dark');
    win.document.querySelector<HTMLButtonElement>('#theme-toggle')!.click();
    expect(element.colorScheme).to.equal('light');
    expect(win.getComputedStyle(element).colorScheme).to.equal('light');
    expect(localStorage.getItem(THEME_KEY)).to.equal('light');
  });

  it("the banner's policy link leads to the app's privacy page, whose declaration shows the visitor's decision", async () => {
    const { element } = await open(newToken());
    await until(() => bannerShown(element), 'the banner');
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="banner"] a[href]')!;
    expect(new URL(link.href).pathname).to.equal('/__astro/privacy');
    storeAnalyticsOnly();
    const privacy = await open(newToken(), 'privacy');
    const declaration = privacy.win.document.querySelector('cookie-declaration')!;
    await until(() => !!declaration.shadowRoot?.querySelector('[part~="declaration"]'), 'the declaration');
    expect(declaration.shadowRoot!.textContent).to.contain('0f8fad5b-d9cb-469f-a165-70867728950e');
  });
});
