import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CookieConsent } from '../../src/index.js';
import { captureWarnings, gatedInline, gatedUrl, newToken, requested, resetRuns, runs, settle, until } from '../support/helpers.js';

/** Adds markup to a container at the end of the body; returns the container. */
function addToPage(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  // innerHTML scripts never run by themselves; gated ones become live copies on release.
  document.body.append(container);
  containers.push(container);
  return container;
}
const containers: HTMLElement[] = [];

async function sha384(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe('gating', () => {
  let element: CookieConsent;
  let token: string;

  beforeEach(async () => {
    resetRuns();
    token = newToken();
    element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
  });

  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  it('requests and runs nothing gated before consent', async () => {
    addToPage(`
      <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'a.js')}"></script>
      ${gatedInline('inline', 'analytics')}
      <iframe data-category="functionality" data-src="${gatedUrl(token, 'video.html')}" title="Video"></iframe>
      <img data-category="targeting" data-src="${gatedUrl(token, 'pixel.gif')}" alt="">
    `);
    await settle(300);
    expect(await requested(token)).to.deep.equal([]);
    expect(runs()).to.deep.equal([]);
  });

  it('releases exactly the granted categories', async () => {
    addToPage(`
      <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'analytics.js')}"></script>
      <script type="text/plain" data-category="targeting" src="${gatedUrl(token, 'ads.js')}"></script>
      <iframe data-category="functionality" data-src="${gatedUrl(token, 'video.html')}" title="Video"></iframe>
      <img data-category="targeting" data-src="${gatedUrl(token, 'pixel.gif')}" alt="">
    `);
    element.accept(['analytics', 'functionality']);
    await until(async () => (await requested(token)).length === 2, 'two requests');
    await until(() => runs().includes('analytics'), 'analytics.js to run');
    await settle(200);
    expect((await requested(token)).sort()).to.deep.equal(['analytics.js', 'video.html']);
    expect(runs()).to.deep.equal(['analytics']);
  });

  it('runs external and inline scripts in document order, an inline one after the slow script before it', async () => {
    addToPage(`
      <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'slow', 400).replace('slow', 'slow.js')}"></script>
      ${gatedInline('inline-1', 'analytics')}
      <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'fast.js')}"></script>
      ${gatedInline('inline-2', 'analytics')}
      <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'last.js', 100)}"></script>
    `);
    element.acceptAll();
    await until(() => runs().length === 5, 'five scripts to run');
    expect(runs()).to.deep.equal(['slow', 'inline-1', 'fast', 'inline-2', 'last']);
  });

  it('keeps the placeholder attributes, nonce and integrity, and turns data-type into the type', async () => {
    const body = `(window.__runs = window.__runs || []).push("checked");`;
    const integrity = await sha384(body);
    const container = addToPage(`
      <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'checked.js')}"
        id="stats" class="vendor" data-account="42" nonce="n0nce" crossorigin="anonymous"
        referrerpolicy="no-referrer" integrity="${integrity}"></script>
      <script type="text/plain" data-category="analytics" data-type="module" src="${gatedUrl(token, 'module.js')}"></script>
    `);
    element.acceptAll();
    await until(() => runs().length === 2, 'both scripts to run');
    const live = container.querySelector<HTMLScriptElement>('#stats')!;
    expect(live.type).to.equal('');
    expect(live.className).to.equal('vendor');
    expect(live.dataset['account']).to.equal('42');
    expect(live.dataset['category']).to.equal('analytics');
    expect(live.nonce).to.equal('n0nce');
    expect(live.crossOrigin).to.equal('anonymous');
    expect(live.referrerPolicy).to.equal('no-referrer');
    expect(live.integrity).to.equal(integrity);
    const module = [...container.querySelectorAll('script')].find((script) => script.src.includes('module.js'))!;
    expect(module.type).to.equal('module');
    expect(runs().sort()).to.deep.equal(['checked', 'module']);
  });

  it('needs every category named in one data-category', async () => {
    addToPage(`<script type="text/plain" data-category="analytics targeting" src="${gatedUrl(token, 'both.js')}"></script>`);
    element.accept(['analytics']);
    await settle(300);
    expect(await requested(token)).to.deep.equal([]);
    element.accept(['analytics', 'targeting']);
    await until(() => runs().includes('both'), 'both.js to run');
  });

  it('catches elements inserted later, before and after the decision', async () => {
    addToPage(`<script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'early.js')}"></script>`);
    await settle(100);
    expect(await requested(token)).to.deep.equal([]);
    element.accept(['analytics']);
    await until(() => runs().includes('early'), 'early.js to run');
    // Inserted by another script after the decision, one element at a time and as a subtree.
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset['category'] = 'analytics';
    script.src = gatedUrl(token, 'late.js');
    document.body.append(script);
    containers.push(script);
    addToPage(`<section><div><img data-category="analytics" data-src="${gatedUrl(token, 'late.gif')}" alt=""></div></section>`);
    addToPage(`<img data-category="targeting" data-src="${gatedUrl(token, 'denied.gif')}" alt="">`);
    await until(() => runs().includes('late'), 'late.js to run');
    await until(async () => (await requested(token)).includes('late.gif'), 'late.gif to load');
    await settle(200);
    expect(await requested(token)).not.to.include('denied.gif');
  });

  it('releases each element once, whatever happens after', async () => {
    const container = addToPage(`
      <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'once.js')}"></script>
      ${gatedInline('inline-once', 'analytics')}
    `);
    element.acceptAll();
    await until(() => runs().length === 2, 'scripts to run');
    element.acceptAll();
    element.accept(['analytics']);
    // Moving released scripts around must not run them again either.
    const moved = document.createElement('div');
    moved.append(...container.childNodes);
    document.body.append(moved);
    containers.push(moved);
    await settle(300);
    expect(runs()).to.deep.equal(['once', 'inline-once']);
    expect(await requested(token)).to.deep.equal(['once.js']);
  });

  it('releases necessary elements without any decision', async () => {
    addToPage(gatedInline('necessary-inline', 'necessary'));
    await until(() => runs().includes('necessary-inline'), 'the necessary script to run');
    expect(element.consent).to.equal(null);
  });

  it('keeps an element that names a category the page does not offer blocked, with a warning', async () => {
    const warnings = captureWarnings();
    try {
      addToPage(`
        <script type="text/plain" data-category="analytics mystery" src="${gatedUrl(token, 'mystery.js')}"></script>
        <script type="text/plain" data-category="" src="${gatedUrl(token, 'empty.js')}"></script>
      `);
      element.acceptAll();
      await settle(300);
      expect(await requested(token)).to.deep.equal([]);
      expect(warnings.messages.some((message) => message.includes('"mystery"'))).to.equal(true);
      expect(warnings.messages.some((message) => message.includes('names no category'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});

describe('gating in opt-out mode', () => {
  it('releases optional categories until the visitor declines', async () => {
    const token = newToken();
    const element = await fixture<CookieConsent>(html`<cookie-consent mode="opt-out"></cookie-consent>`);
    expect(element.consent).to.equal(null);
    expect(element.hasConsent('targeting')).to.equal(true);
    const container = document.createElement('div');
    container.innerHTML = `<img data-category="targeting" data-src="${gatedUrl(token, 'optout.gif')}" alt="">`;
    document.body.append(container);
    await until(async () => (await requested(token)).includes('optout.gif'), 'the pixel to load');
    element.rejectAll();
    expect(element.hasConsent('targeting')).to.equal(false);
    container.remove();
  });
});
