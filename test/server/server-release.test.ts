/**
 * cookie-consent-banner/server: a server that renders the page reads the visitor's consent from
 * the request and writes the tags it grants as plain ones. First its two functions on their own
 * (they are pure, so they run here too), then a page rendered by the test server with the built
 * dist/lib/server, loaded in an iframe: what the browser requested and ran says what leaked.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/index.js';
import { bannerMarkupIn, consentForRequest, regionFromHeaders, releaseGrantedMarkup, withRegion } from '../../src/server/index.js';
import { consentRecord, loadUrl, requested, runs, settle, storeDecision, newToken, until } from '../support/helpers.js';

const CATEGORIES = { categories: 'analytics functionality targeting' };
const record = (granted: string[], denied: string[], extra: Record<string, unknown> = {}) => JSON.stringify(consentRecord(granted, denied, extra));
/** A Cookie header as the browser sends it, the record encoded as the banner stores it. */
const cookieHeader = (value: string, name = 'cookie_consent') => `_ga=GA1.1.5; ${name}=${encodeURIComponent(value)}; theme=dark`;
const ANALYTICS_ONLY = cookieHeader(record(['analytics'], ['functionality', 'targeting']));

describe('consentForRequest', () => {
  it('without a stored decision grants only necessary (opt-in) or everything (opt-out)', () => {
    const optIn = consentForRequest(CATEGORIES, { cookie: 'theme=dark' });
    expect([...optIn.granted]).to.deep.equal(['necessary']);
    expect(optIn.record).to.equal(null);
    expect([...optIn.offered]).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
    const optOut = consentForRequest({ ...CATEGORIES, mode: 'opt-out' }, {});
    expect([...optOut.granted]).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
  });

  it('reads the stored decision from the Cookie header, under the configured cookie name', () => {
    const consent = consentForRequest(CATEGORIES, { cookie: ANALYTICS_ONLY });
    expect([...consent.granted]).to.deep.equal(['necessary', 'analytics']);
    expect(consent.record?.id).to.equal('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(consent.warnings).to.deep.equal([]);
    const named = consentForRequest({ ...CATEGORIES, 'cookie-name': 'site_consent' }, { cookie: cookieHeader(record(['targeting'], ['analytics', 'functionality']), 'site_consent') });
    expect([...named.granted]).to.deep.equal(['necessary', 'targeting']);
    expect([...consentForRequest({ ...CATEGORIES, 'cookie-name': 'site_consent' }, { cookie: ANALYTICS_ONLY }).granted]).to.deep.equal(['necessary']);
  });

  it('grants nothing for a corrupt, tampered, oversized or outdated cookie, and says why when it is malformed', () => {
    for (const value of ['%E0%A4%A', 'not json', JSON.stringify({ ...JSON.parse(record(['analytics'], [])), extra: 1 }), 'x'.repeat(5000), record(['analytics', 'functionality', 'targeting'], []).replace('"rev":"1"', '"rev":"0"')]) {
      const consent = consentForRequest(CATEGORIES, { cookie: `cookie_consent=${value.startsWith('%') ? value : encodeURIComponent(value)}` });
      expect([...consent.granted], value.slice(0, 40)).to.deep.equal(['necessary']);
      expect(consent.record).to.equal(null);
    }
    expect(consentForRequest(CATEGORIES, { cookie: 'cookie_consent=not%20json' }).warnings[0]).to.match(/cookie "cookie_consent" is ignored because it is not JSON/);
    // A record from before a category was added never asked about it: the visitor is asked again.
    expect([...consentForRequest({ categories: 'analytics functionality targeting video' }, { cookie: ANALYTICS_ONLY }).granted]).to.deep.equal(['necessary']);
  });

  it('applies Global Privacy Control from Sec-GPC as the browser script does', () => {
    const all = cookieHeader(record(['analytics', 'functionality', 'targeting'], []));
    expect([...consentForRequest(CATEGORIES, { cookie: all, secGpc: '1' }).granted]).to.deep.equal(['necessary', 'analytics', 'functionality']);
    expect([...consentForRequest(CATEGORIES, { cookie: all, secGpc: '0' }).granted]).to.include('targeting');
    expect([...consentForRequest({ ...CATEGORIES, 'ignore-gpc': '' }, { cookie: all, secGpc: '1' }).granted]).to.include('targeting');
    // An explicit grant made while the signal was honoured stands.
    expect([...consentForRequest(CATEGORIES, { cookie: cookieHeader(record(['analytics', 'functionality', 'targeting'], [], { gpc: 1 })), secGpc: '1' }).granted]).to.include('targeting');
    // Opt-out pages start with targeting off under the signal.
    expect([...consentForRequest({ ...CATEGORIES, mode: 'opt-out' }, { secGpc: '1' }).granted]).not.to.include('targeting');
  });

  it('never throws on bad attributes: they fall back and are reported', () => {
    const consent = consentForRequest({ categories: 'analytics Bad!Id', revision: 'not a revision', mode: 'sometimes' }, { cookie: null, secGpc: null });
    expect([...consent.offered]).to.deep.equal(['necessary', 'analytics']);
    expect(consent.warnings.join('\n')).to.match(/categories=.*Bad!Id/).and.match(/revision=/).and.match(/mode=/);
  });
});

describe('bannerMarkupIn', () => {
  it("reads the page's <cookie-consent> and its <cookie-category> children, as the browser script will", () => {
    const page = `<head><script src="/cookie-consent.js" data-categories="analytics"></script></head><body>
<!-- <cookie-consent categories="commented"></cookie-consent> -->
<script>document.body.insertAdjacentHTML('beforeend', '<cookie-consent categories="scripted">');</script>
<cookie-consent Categories="analytics targeting" revision="7" cookie-name="site&#95;consent" consent-mode policy-url="/privacy?a=1&amp;b=2" unknown="x">
  <cookie-category name="video" label="Videos &amp; more" cookies="_yt_*">Embedded players.</cookie-category>
</cookie-consent>
<cookie-consent categories="second"></cookie-consent><cookie-category name="outside"></cookie-category></body>`;
    const { attributes, declared } = bannerMarkupIn(page);
    expect(attributes).to.deep.equal({ categories: 'analytics targeting', 'policy-url': '/privacy?a=1&b=2', revision: '7', 'cookie-name': 'site_consent', 'consent-mode': '' });
    expect(declared).to.deep.equal([{ name: 'video', label: 'Videos & more', cookies: '_yt_*', storage: null, description: '' }]);
  });

  it("without an element, reads the script tag's data-* attributes; without either, nothing", () => {
    expect(bannerMarkupIn(`<script src="/app.js" data-categories="no"></script><script src="https://cdn.example/x/cookie-consent.js?v=2" data-categories="analytics" data-mode="opt-out"></script>`)).to.deep.equal({
      attributes: { categories: 'analytics', mode: 'opt-out' },
      declared: [],
      services: [],
      regions: [],
    });
    expect(bannerMarkupIn('<p>no banner</p>')).to.deep.equal({ attributes: {}, declared: [], services: [], regions: [] });
  });

  it('a category added by <cookie-category> must be decided too before anything is released', () => {
    const page = `<cookie-consent categories="analytics"><cookie-category name="video"></cookie-category></cookie-consent>
<iframe data-category="video" data-src="/v.html" title="v"></iframe>`;
    const { attributes, declared } = bannerMarkupIn(page);
    // A record from before "video" was declared: the visitor is asked again, nothing is released.
    const before = consentForRequest(attributes, { cookie: cookieHeader(record(['analytics'], [])) }, declared);
    expect([...before.offered]).to.deep.equal(['necessary', 'analytics', 'video']);
    expect(releaseGrantedMarkup(page, before)).to.equal(page);
    const after = consentForRequest(attributes, { cookie: cookieHeader(record(['analytics', 'video'], [])) }, declared);
    expect(releaseGrantedMarkup(page, after)).to.contain('src="/v.html"');
  });

  it('reads <cookie-service> children (inside a category, beside them, from the catalogue) and releases data-service markup as the browser would', () => {
    const page = `<cookie-consent categories="analytics functionality">
  <cookie-category name="analytics"><cookie-service name="heatmaps" urls="heat.example"></cookie-service><cookie-service name="visits"></cookie-service></cookie-category>
  <cookie-service name="youtube"></cookie-service>
</cookie-consent>
<script type="text/plain" data-service="heatmaps" src="/heat.js"></script>
<script type="text/plain" data-service="visits" src="/visits.js"></script>
<iframe data-service="youtube" data-src="/yt.html" title="Video"></iframe>`;
    const banner = bannerMarkupIn(page);
    expect(banner.services.map(({ name, category }) => [name, category])).to.deep.equal([
      ['heatmaps', 'analytics'],
      ['visits', 'analytics'],
      // Its category from the catalogue, as the browser fills it in from services/youtube.js.
      ['youtube', 'functionality'],
    ]);
    const declared = { categories: banner.declared, services: banner.services };
    const consent = consentForRequest(banner.attributes, { cookie: cookieHeader(record(['analytics', 'heatmaps', 'youtube', 'functionality'], ['visits'])) }, declared);
    expect([...consent.granted]).to.deep.equal(['necessary', 'analytics', 'functionality', 'heatmaps', 'youtube']);
    const released = releaseGrantedMarkup(page, consent);
    expect(released).to.contain('<script data-service="heatmaps" src="/heat.js"></script>');
    expect(released).to.contain('<script type="text/plain" data-service="visits" src="/visits.js"></script>');
    expect(released).to.contain('src="/yt.html"');
    // A service the record never answered: asked again, nothing of it released.
    const older = consentForRequest(banner.attributes, { cookie: cookieHeader(record(['analytics', 'heatmaps', 'functionality'], ['visits'])) }, declared);
    expect(older.record).to.equal(null);
    expect(releaseGrantedMarkup(page, older)).to.equal(page);
  });
});

describe('releaseGrantedMarkup', () => {
  const analytics = consentForRequest(CATEGORIES, { cookie: ANALYTICS_ONLY });
  const undecided = consentForRequest(CATEGORIES, {});

  it('writes a granted script as the tag it stands for, every other attribute kept', () => {
    expect(releaseGrantedMarkup(`<script type="text/plain" data-category="analytics" src="https://stats.example/a.js" async integrity="sha384-x" crossorigin="anonymous" id="stats"></script>`, analytics)).to.equal(
      `<script data-category="analytics" src="https://stats.example/a.js" async integrity="sha384-x" crossorigin="anonymous" id="stats"></script>`,
    );
    expect(releaseGrantedMarkup(`<script type="text/plain" data-category="analytics" data-type="module" data-src="/m.js"></script>`, analytics)).to.equal(`<script type="module" data-category="analytics" src="/m.js"></script>`);
    expect(releaseGrantedMarkup(`<SCRIPT TYPE='text/plain' DATA-CATEGORY=analytics>track('x > y')</SCRIPT>`, analytics)).to.equal(`<script data-category="analytics">track('x > y')</SCRIPT>`);
  });

  it('leaves denied, unknown, partly granted and malformed elements exactly as written', () => {
    const held = [
      `<script type="text/plain" data-category="targeting" src="/t.js"></script>`,
      `<script type="text/plain" data-category="analytics targeting" src="/both.js"></script>`,
      `<script type="text/plain" data-category="video" src="/v.js"></script>`,
      `<script type="text/plain" data-category="" src="/none.js"></script>`,
      `<script type="text/plain" data-category="Analytics!" src="/bad.js"></script>`,
      `<iframe data-category="targeting" data-src="/ad.html" title="Ad"></iframe>`,
      `<img data-category="functionality" data-src="/p.gif" alt="">`,
      // Not gated markup at all: left to the page.
      `<script src="/app.js"></script>`,
      `<script type="text/plain" src="/no-category.js"></script>`,
      `<iframe data-category="analytics" src="/already-live.html" title="Live"></iframe>`,
    ].join('\n');
    expect(releaseGrantedMarkup(held, analytics)).to.equal(held);
  });

  it('returns the page byte for byte when nothing beyond necessary is granted', () => {
    const page = `<!doctype html><html><head><script src="/cookie-consent.js" data-categories="analytics"></script>
<script type="text/plain" data-category="analytics" src="/a.js"></script></head><body><iframe data-category="analytics" data-src="/v.html" title="v"></iframe></body></html>`;
    expect(releaseGrantedMarkup(page, undecided)).to.equal(page);
  });

  it('does not touch markup inside comments, script text, templates, noscript, textarea, style or attribute values', () => {
    const gated = `<script type="text/plain" data-category="analytics" src="/a.js"></script>`;
    const inert = [
      `<!-- ${gated} -->`,
      `<script>const html = '<img data-category="analytics" data-src="/x.gif">';</script>`,
      `<template>${gated}</template>`,
      `<noscript><img data-category="analytics" data-src="/n.gif" alt=""></noscript>`,
      `<textarea>${gated}</textarea>`,
      `<style>/* <img data-category="analytics" data-src="/s.gif"> */</style>`,
      `<div title='${gated}' data-html="<img data-category=analytics data-src=/t.gif>">text</div>`,
    ].join('');
    expect(releaseGrantedMarkup(inert, analytics)).to.equal(inert);
  });

  it('gives released iframes and images their real source, so the browser script sees nothing held', () => {
    expect(releaseGrantedMarkup(`<iframe data-category="analytics" data-src="/v?a=1&amp;b=2" title='The "best" > video'></iframe>`, analytics)).to.equal(
      `<iframe data-category="analytics" title="The &quot;best&quot; > video" src="/v?a=1&amp;b=2"></iframe>`,
    );
    expect(releaseGrantedMarkup(`<img data-category=analytics data-src=/p.gif data-srcset="/p2.gif 2x" alt="" />`, analytics)).to.equal(`<img data-category="analytics" alt="" srcset="/p2.gif 2x" src="/p.gif" />`);
    const parsed = new DOMParser().parseFromString(releaseGrantedMarkup(`<iframe data-category="analytics" data-src="/v.html" title="v"></iframe><script type="text/plain" data-category="analytics" src="/a.js"></script>`, analytics), 'text/html');
    expect(parsed.querySelector('iframe')!.getAttribute('src')).to.equal('/v.html');
    expect(parsed.querySelectorAll('script[type="text/plain"][data-category],iframe[data-category][data-src],img[data-category][data-src]')).to.have.length(0);
  });

  it('defers the banner script once the visitor has decided, but not with Consent Mode or an undecided visitor', () => {
    const tag = `<script src="https://cdn.example/cookie-consent-banner@1/dist/cookie-consent.js?v=1" data-categories="analytics"></script>`;
    expect(releaseGrantedMarkup(tag, analytics)).to.equal(tag.replace('"></script>', '" defer></script>'));
    expect(releaseGrantedMarkup(tag, undecided)).to.equal(tag);
    const withConsentMode = consentForRequest({ ...CATEGORIES, 'consent-mode': '' }, { cookie: ANALYTICS_ONLY });
    expect(releaseGrantedMarkup(tag, withConsentMode)).to.equal(tag);
    for (const other of [`<script defer src="/cookie-consent.js"></script>`, `<script type="module" src="/cookie-consent.js"></script>`, `<script src="/not-cookie-consent.js"></script>`])
      expect(releaseGrantedMarkup(other, analytics)).to.equal(other);
  });
});

describe('a page rendered with cookie-consent-banner/server', () => {
  /** Loads the test server's rendered page; `attributes` configure the banner. */
  async function open(token: string, attributes: Record<string, string>) {
    const win: Window & { __warnings: string[]; dataLayer?: unknown[] } = await loadUrl(`/__ssr/${token}?${new URLSearchParams(attributes).toString()}`);
    await win.customElements.whenDefined('cookie-consent');
    const element = win.document.querySelector<CookieConsent>('cookie-consent')!;
    return { win, element };
  }
  const bannerShown = (element: CookieConsent) => !!element.shadowRoot?.querySelector('[part~="banner"]');

  it('a returning visitor gets what they granted from the HTML itself, once, and nothing else', async () => {
    const token = newToken();
    const name = `ssr_${token}`;
    storeDecision(['analytics'], ['targeting'], { name });
    // A correct page, as it gets no warning: a policy link and a way back to the choice.
    const { win, element } = await open(token, { categories: 'analytics targeting', 'cookie-name': name, 'policy-url': '/privacy', 'settings-button': '' });
    await until(() => runs(win).length >= 2, 'the released scripts');
    await settle(300);
    // Written plain by the server: the preload scanner fetched them with the page.
    const script = win.document.querySelector<HTMLScriptElement>('script[src$="/analytics.js"]')!;
    expect(script.type).to.equal('');
    expect(script.dataset['note']).to.equal('a "quoted" > value');
    expect(win.document.querySelector('script[src$="/cookie-consent.js"]')!.hasAttribute('defer')).to.equal(true);
    expect(runs(win)).to.have.members(['analytics', 'inline-analytics']);
    expect(runs(win)).to.have.length(2);
    expect((await requested(token)).sort()).to.deep.equal(['analytics.js', 'video.html']);
    expect(bannerShown(element)).to.equal(false);
    expect(element.hasConsent('analytics')).to.equal(true);
    expect(win.__warnings).to.deep.equal([]);

    // What the server held back, the browser script still releases when granted.
    element.accept(['analytics', 'targeting']);
    await until(() => runs(win).includes('targeting'), 'targeting after the grant');
    await until(async () => (await requested(token)).includes('pixel.gif'), 'the pixel');
    await settle(200);
    expect(runs(win).filter((name) => name === 'analytics')).to.have.length(1);
    expect((await requested(token)).filter((file) => file === 'video.html')).to.have.length(1);
  });

  it('a first-time visitor gets the page as written: nothing requested before consent, the banner, a blocking script tag', async () => {
    const token = newToken();
    const { win, element } = await open(token, { categories: 'analytics targeting', 'cookie-name': `ssr_${token}` });
    await until(() => bannerShown(element), 'the banner');
    await settle(300);
    expect(await requested(token)).to.deep.equal([]);
    expect(runs(win)).to.deep.equal([]);
    expect(win.document.querySelector('script[src$="/cookie-consent.js"]')!.hasAttribute('defer')).to.equal(false);
    element.acceptAll();
    await until(() => runs(win).length === 3, 'every script after accept all');
    await until(async () => (await requested(token)).length === 4, 'every request after accept all');
    expect((await requested(token)).sort()).to.deep.equal(['analytics.js', 'pixel.gif', 'targeting.js', 'video.html']);
  });

  it('a corrupt consent cookie releases nothing on the server or in the browser, and the visitor is asked', async () => {
    const token = newToken();
    const name = `ssr_${token}`;
    document.cookie = `${name}=${encodeURIComponent('{"v":1,"granted":["necessary","analytics"]}')}; Path=/`;
    const { win, element } = await open(token, { categories: 'analytics targeting', 'cookie-name': name });
    await until(() => bannerShown(element), 'the banner');
    await settle(300);
    expect(await requested(token)).to.deep.equal([]);
    expect(runs(win)).to.deep.equal([]);
    expect(win.__warnings.join('\n')).to.match(/is ignored because its keys are not those of a record/);
  });

  it('with Consent Mode the banner script stays blocking, so its defaults precede the released tags', async () => {
    const token = newToken();
    const name = `ssr_${token}`;
    storeDecision(['analytics'], ['targeting'], { name });
    const { win } = await open(token, { categories: 'analytics targeting', 'cookie-name': name, 'consent-mode': '' });
    await until(() => runs(win).length >= 2, 'the released scripts');
    expect(win.document.querySelector('script[src$="/cookie-consent.js"]')!.hasAttribute('defer')).to.equal(false);
    const calls = (win.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>).slice(0, 2).join(' '));
    expect(calls.slice(0, 2)).to.deep.equal(['consent default', 'consent update']);
  });
});

describe('the visitor\'s region on the server', () => {
  it('regionFromHeaders reads the headers the site names, from Node\'s headers or a fetch Headers object', () => {
    const names = { country: 'CF-IPCountry', subdivision: 'cf-region-code' };
    expect(regionFromHeaders({ 'cf-ipcountry': 'de' }, names)).to.equal('DE');
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' }, names)).to.equal('US-CA');
    expect(regionFromHeaders(new Headers({ 'CF-IPCountry': 'US', 'cf-region-code': 'US-TX' }), names)).to.equal('US-TX');
    expect(regionFromHeaders({ 'cf-ipcountry': ['GB', 'FR'] }, names)).to.equal('GB');
    // A subdivision of another country is left out; unknown (XX), Tor (T1), absent and malformed give none.
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA-QC' }, names)).to.equal('US');
    for (const country of ['XX', 'T1', '', 'Germany', 'US-CA']) expect(regionFromHeaders({ 'cf-ipcountry': country }, names), country).to.equal(null);
    expect(regionFromHeaders({}, { country: 'X-Vercel-IP-Country' })).to.equal(null);
  });

  it('withRegion writes region on the element, or data-region on the script tag, and leaves the rest byte for byte', () => {
    const page = '<!-- <cookie-consent> --><script>var s = "<cookie-consent>";</script><cookie-consent policy-url="/privacy" region="FR"><cookie-category name="analytics"></cookie-category></cookie-consent>';
    expect(withRegion(page, 'US-CA')).to.equal(page.replace('region="FR"', 'region="US-CA"'));
    expect(withRegion(page, null)).to.equal(page.replace(' region="FR"', ''));
    const tag = '<p>x</p><script src="/js/cookie-consent.js" data-policy-url="/privacy"></script>';
    expect(withRegion(tag, 'de')).to.equal('<p>x</p><script src="/js/cookie-consent.js" data-policy-url="/privacy" data-region="DE"></script>');
    expect(withRegion('<p>no banner</p>', 'DE')).to.equal('<p>no banner</p>');
    expect(withRegion('<cookie-consent>', 'not a code')).to.equal('<cookie-consent>');
  });

  it('consentForRequest applies the region\'s rule: everything before a decision in California, nothing in Germany even in opt-out mode', () => {
    const california = consentForRequest({ ...CATEGORIES, region: 'US-CA' }, {});
    expect([...california.granted]).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
    expect(california.config.rule).to.equal('us');
    const underGpc = consentForRequest({ ...CATEGORIES, region: 'US-CA' }, { secGpc: '1' });
    expect([...underGpc.granted]).to.deep.equal(['necessary', 'analytics', 'functionality']);
    const germany = consentForRequest({ ...CATEGORIES, region: 'DE', mode: 'opt-out' }, {});
    expect([...germany.granted]).to.deep.equal(['necessary']);
    const banner = bannerMarkupIn('<cookie-consent region="GB"><cookie-region codes="GB" rule="uk" opt-out="analytics"></cookie-region></cookie-consent>');
    expect(banner.regions).to.deep.equal([{ codes: 'GB', rule: 'uk', optOut: 'analytics' }]);
    const britain = consentForRequest({ ...CATEGORIES, ...banner.attributes }, {}, { regions: banner.regions });
    expect([...britain.granted]).to.deep.equal(['necessary', 'analytics']);
  });

  it('a page rendered with the region from the CDN\'s header: California gets its tags written plain and the notice; Germany gets nothing before consent', async () => {
    const open = async (token: string, query: Record<string, string>) => {
      const win: Window & { __warnings: string[] } = await loadUrl(`/__ssr/${token}?${new URLSearchParams({ categories: 'analytics targeting', 'cookie-name': `ssr_${token}`, ...query }).toString()}`);
      await win.customElements.whenDefined('cookie-consent');
      return { win, element: win.document.querySelector<CookieConsent>('cookie-consent')! };
    };
    const token = newToken();
    const { win, element } = await open(token, { __country: 'US', __subdivision: 'CA' });
    await until(() => runs(win).length >= 3, 'the scripts written plain');
    expect(element.getAttribute('region')).to.equal('US-CA');
    const analytics = win.document.querySelector<HTMLScriptElement>('script[src$="/analytics.js"]')!;
    expect(analytics.type, 'written plain by the server').to.equal('');
    await until(() => !!element.shadowRoot?.querySelector('[part~="do-not-sell"]'), 'the notice at collection');

    const other = newToken();
    const germany = await open(other, { __country: 'DE' });
    await until(() => !!germany.element.shadowRoot?.querySelector('[part~="accept-all"]'), 'the consent banner');
    await settle(300);
    expect(germany.element.getAttribute('region')).to.equal('DE');
    expect(await requested(other)).to.deep.equal([]);
  });
});
