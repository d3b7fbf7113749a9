/**
 * The headless consent store, as a site with its own UI uses it from the npm entry: no
 * `<cookie-consent>` on the page, only configure, decide, reset and subscribe. What it stores,
 * what it releases (the network says), and what it tells listeners.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { consentStore, type ConsentChange, type CookieConsent } from '../../src/index.js';
import { captureWarnings, cookieValue, gatedUrl, loadPage, newToken, requested, runs, settle, until } from '../support/helpers.js';

/** Two gated scripts, as a page of the site has them, with no banner element or script. */
function addGatedScripts(token: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `
    <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'analytics.js')}"></script>
    <script type="text/plain" data-category="targeting" src="${gatedUrl(token, 'targeting.js')}"></script>`;
  document.body.append(container);
  return container;
}

describe('consent store (headless)', () => {
  it('configures from options, decides, stores the cookie and releases only what was granted', async () => {
    const token = newToken();
    const scripts = addGatedScripts(token);
    const store = consentStore();
    const config = store.configure({ categories: 'analytics targeting', revision: 7, policyUrl: '/privacy' });
    expect(config.categories).to.deep.equal(['necessary', 'analytics', 'targeting']);
    expect(store.consent).to.equal(null);
    await settle(100);
    expect(await requested(token), 'nothing before a decision').to.deep.equal([]);

    const change = store.decide(['analytics']);
    expect(change?.consent).to.deep.equal({ necessary: true, analytics: true, targeting: false });
    expect(JSON.parse(cookieValue()!) as Record<string, unknown>).to.include({ rev: '7' });
    await until(() => runs().includes('analytics'), 'the analytics script to run');
    await settle(100);
    expect(await requested(token)).to.deep.equal(['analytics.js']);
    expect(store.has('analytics')).to.equal(true);
    expect(store.has('targeting')).to.equal(false);
    scripts.remove();
  });

  it('tells subscribers of each decision and reset, until they unsubscribe', async () => {
    const page = await loadPage('<p>No banner here.</p>');
    const store = consentStore(page.document);
    // A cookie of its own: its tab-sync channel then reaches no other test's store.
    store.configure({ categories: 'analytics', cookieName: 'headless_subscribe' });
    const seen: ConsentChange[] = [];
    const stop = store.subscribe((change) => seen.push(change));
    store.acceptAll();
    store.reset();
    stop();
    store.rejectAll();
    expect(seen.map(({ cause, consent, changed }) => ({ cause, consent, changed }))).to.deep.equal([
      { cause: 'decision', consent: { necessary: true, analytics: true }, changed: ['analytics'] },
      { cause: 'reset', consent: null, changed: [] },
    ]);
    expect((JSON.parse(cookieValue('headless_subscribe')!) as { granted: string[] }).granted).to.deep.equal(['necessary']);
  });

  it('is the store the element uses: a decision made headless closes the banner and fires the element\'s event', async () => {
    const element = await fixture<CookieConsent>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    expect(element.shadowRoot?.querySelector('[part~="banner"]')).to.exist;
    const events: string[][] = [];
    element.addEventListener('consent-change', (event) => events.push(event.detail.changed));
    consentStore().decide(['analytics']);
    expect(events).to.deep.equal([['analytics']]);
    expect(element.consent).to.deep.equal({ necessary: true, analytics: true });
    expect(element.shadowRoot!.querySelector('[part~="banner"]'), 'the banner went away').to.equal(null);
  });

  it('warns once about an option it does not know, and never grants from bad input', async () => {
    const page = await loadPage('<p>No banner here.</p>');
    const store = consentStore(page.document);
    const warnings = captureWarnings();
    try {
      store.configure({ categories: 'analytics', polcyUrl: '/privacy', mode: 'everything', cookieName: 'headless_bad' });
      store.configure({ categories: 'analytics', polcyUrl: '/privacy', mode: 'everything', cookieName: 'headless_bad' });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.filter((message) => message.includes('"polcyUrl" is not an option'))).to.have.length(1);
    expect(warnings.messages.filter((message) => message.includes('mode="everything"'))).to.have.length(1);
    expect(store.configuration?.mode).to.equal('opt-in');
    expect(store.has('analytics')).to.equal(false);
    store.decide(['analytics', '__proto__', 'admin']);
    expect(store.consent).to.deep.equal({ necessary: true, analytics: true });
  });

  it('configured again with the same options and no declarations, in either form, keeps its configuration', async () => {
    // The script tag configures with `[]`, its element then with empty lists: one configuration, parsed once.
    const page = await loadPage('<p>No banner here.</p>');
    const store = consentStore(page.document);
    const source = {};
    const first = store.configure({ categories: 'analytics', cookieName: 'headless_same' }, [], source);
    expect(store.configure({ categories: 'analytics', cookieName: 'headless_same' }, { categories: [], services: [] }, source)).to.equal(first);
    expect(store.configure({ categories: 'analytics', cookieName: 'headless_same' }, {}, source)).to.equal(first);
    expect(store.configure({ categories: 'analytics targeting', cookieName: 'headless_same' }, [], source)).not.to.equal(first);
  });
});
