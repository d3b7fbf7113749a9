/**
 * Contract section 9: bad input never throws out of the component and never grants consent.
 * Each bad cookie shows the banner again with one warning; each bad attribute falls back to its
 * default with one warning naming it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CookieConsent } from '../../src/index.js';
import { captureWarnings, consentRecord, gatedUrl, newToken, part, requested, resetRuns, runs, settle, storedRecord } from '../support/helpers.js';

// A correct page around the bad input: its way back to the choice, so the only warnings are the bad input's.
const preferencesLink = document.createElement('a');
preferencesLink.href = '#';
preferencesLink.dataset['cookieConsent'] = 'preferences';
before(() => {
  document.body.append(preferencesLink);
});
after(() => {
  preferencesLink.remove();
});

const record = consentRecord(['analytics', 'functionality', 'targeting'], []);
const json = (changes: Record<string, unknown>) => encodeURIComponent(JSON.stringify({ ...record, ...changes }));

/** Cookie values (as set in document.cookie) that must all count as "no decision". */
const BAD_COOKIES: Record<string, string> = {
  'plain text': 'yes',
  'truncated JSON': encodeURIComponent('{"v":1,"id":"0f8f'),
  'a JSON array': encodeURIComponent('["analytics"]'),
  'an extra key (tampered)': json({ admin: true }),
  'a __proto__ key': encodeURIComponent(JSON.stringify(record).replace('{', '{"__proto__":{"x":1},')),
  'another format version': json({ v: 99 }),
  'grants as a string': json({ granted: 'all' }),
  'a malformed category id': json({ granted: ['necessary', '<script>'] }),
  'a missing necessary': json({ granted: ['analytics', 'functionality', 'targeting'], denied: [] }),
  'a broken percent-escape': '%E0%A4%A',
  // Over the record's 2048-character limit, under the browser's 4 KB cookie limit.
  oversized: json({ id: 'x'.repeat(2500) }),
  'wrong timestamp types': json({ created: 'yesterday' }),
};

describe('bad consent cookies', () => {
  let token: string;
  let container: HTMLElement;
  beforeEach(() => {
    token = newToken();
    resetRuns();
    container = document.createElement('div');
    container.innerHTML = `<script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'leak.js')}"></script>`;
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
  });

  for (const [what, value] of Object.entries(BAD_COOKIES)) {
    it(`${what}: no decision, the banner shows, nothing is released, one warning`, async () => {
      document.cookie = `cookie_consent=${value}; Path=/`;
      const warnings = captureWarnings();
      let element: CookieConsent;
      try {
        element = await fixture<CookieConsent>(html`<cookie-consent policy-url="/privacy"></cookie-consent>`);
        await element.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(element.consent).to.equal(null);
      expect(element.hasConsent('analytics')).to.equal(false);
      expect(part(element, 'banner')).to.exist;
      await settle(150);
      expect(await requested(token)).to.deep.equal([]);
      expect(runs()).to.deep.equal([]);
      // A broken escape cannot even be read back, so there is nothing to explain; the others say why.
      if (what !== 'a broken percent-escape') {
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('cookie_consent').and.contain('ignored');
      }
    });
  }

  it('a valid decision from another revision is no decision, without a warning', async () => {
    document.cookie = `cookie_consent=${json({ rev: '7' })}; Path=/`;
    const warnings = captureWarnings();
    try {
      const element = await fixture<CookieConsent>(html`<cookie-consent policy-url="/privacy"></cookie-consent>`);
      expect(element.consent).to.equal(null);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});

describe('bad attributes', () => {
  async function withWarnings(template: ReturnType<typeof html>): Promise<{ element: CookieConsent; messages: string[] }> {
    const warnings = captureWarnings();
    try {
      const element = await fixture<CookieConsent>(template);
      await element.updateComplete;
      return { element, messages: warnings.messages };
    } finally {
      warnings.restore();
    }
  }

  it('expires-days="soon" falls back to 182 days', async () => {
    const { element, messages } = await withWarnings(html`<cookie-consent policy-url="/privacy" expires-days="soon"></cookie-consent>`);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('expires-days="soon"');
    element.acceptAll();
    expect(document.cookie).to.contain('cookie_consent=');
  });

  it('expires-days="4000" is clamped to 395', async () => {
    const { messages } = await withWarnings(html`<cookie-consent policy-url="/privacy" expires-days="4000"></cookie-consent>`);
    expect(messages[0]).to.contain('expires-days="4000"').and.contain('395');
  });

  it('mode="sometimes" falls back to opt-in: nothing optional is granted', async () => {
    const { element, messages } = await withWarnings(html`<cookie-consent policy-url="/privacy" mode="sometimes"></cookie-consent>`);
    expect(messages[0]).to.contain('mode="sometimes"');
    expect(element.hasConsent('analytics')).to.equal(false);
  });

  it('categories with malformed ids keep the valid ones', async () => {
    const { element, messages } = await withWarnings(html`<cookie-consent policy-url="/privacy" categories="analytics Bad!Id"></cookie-consent>`);
    expect(messages[0]).to.contain('Bad!Id');
    element.acceptAll();
    expect(element.consent).to.deep.equal({ necessary: true, analytics: true });
  });

  it('a javascript: policy-url is not linked', async () => {
    const { element, messages } = await withWarnings(html`<cookie-consent policy-url="javascript:alert(1)"></cookie-consent>`);
    expect(messages[0]).to.contain('policy-url');
    expect(part(element, 'policy-link')).to.equal(null);
  });

  it('cookie-name="a;b" falls back to cookie_consent', async () => {
    const { element, messages } = await withWarnings(html`<cookie-consent policy-url="/privacy" cookie-name="a;b"></cookie-consent>`);
    expect(messages[0]).to.contain('cookie-name="a;b"');
    element.rejectAll();
    expect(document.cookie).to.contain('cookie_consent=');
  });

  it('a cookie-domain of another site falls back to host-only, so the decision is still stored', async () => {
    const { element, messages } = await withWarnings(html`<cookie-consent policy-url="/privacy" cookie-domain="example.org"></cookie-consent>`);
    expect(messages[0]).to.contain('cookie-domain="example.org"');
    element.rejectAll();
    expect(document.cookie).to.contain('cookie_consent=');
  });

  it('revision="<2>" falls back to 1', async () => {
    const { element, messages } = await withWarnings(html`<cookie-consent policy-url="/privacy" revision="<2>"></cookie-consent>`);
    expect(messages[0]).to.contain('revision="<2>"');
    element.acceptAll();
    expect(storedRecord().rev).to.equal('1');
  });

  it('lang="??" falls back to the page language', async () => {
    const { element, messages } = await withWarnings(html`<cookie-consent policy-url="/privacy" lang="??"></cookie-consent>`);
    expect(messages[0]).to.contain('lang="??"');
    expect(part(element, 'accept-all')!.textContent.trim()).to.equal('Accept all');
  });
});

describe('bad API input', () => {
  it('accept() ignores unknown or non-string ids, with a warning, and never throws', async () => {
    const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
    const warnings = captureWarnings();
    try {
      element.accept(['analytics', 'telepathy']);
      expect(element.consent).to.deep.equal({ necessary: true, analytics: true, functionality: false, targeting: false });
      expect(warnings.messages.join()).to.contain('telepathy');
      element.accept(null as unknown as string[]);
      element.accept([42, { toString: () => 'targeting' }] as unknown as string[]);
      expect(element.consent).to.deep.equal({ necessary: true, analytics: false, functionality: false, targeting: false });
    } finally {
      warnings.restore();
    }
  });

  it('hasConsent() is false for unknown and prototype names', async () => {
    const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
    element.acceptAll();
    for (const id of ['__proto__', 'constructor', 'toString', 'telepathy', '']) expect(element.hasConsent(id), id).to.equal(false);
  });
});
