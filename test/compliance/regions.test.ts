/**
 * Regional rules: the site names the visitor's region (`region="US-CA"`, as its server or CDN
 * fills it in) and the built-in rule for that region applies, unless a `<cookie-region>` child
 * says otherwise. Each test is a page of the script-tag build in a same-origin iframe; what counts
 * is what the visitor gets: which stand-in third-party scripts are requested and run before any
 * decision, what the first layer shows, what is stored, what Google's tags would read.
 */
import { expect } from '@open-wc/testing';
import en from '../../src/core/texts/en.js';
import type { CookieConsent } from '../../src/index.js';
import { bannerButton, categorySwitch, GPC_ON, openPreferences, SCRIPT } from '../support/banner.js';
import {
  consentElementOf,
  consentRecord,
  gatedUrl,
  loadPage,
  loadUrl,
  newToken,
  part,
  removePages,
  requested,
  resourcePaths,
  runs,
  settle,
  storedRecord,
  until,
  writtenRecord,
} from '../support/helpers.js';

/** One gated stand-in script per optional category. */
const gatedScripts = (token: string) =>
  ['analytics', 'functionality', 'targeting'].map((category) => `<script type="text/plain" data-category="${category}" src="${gatedUrl(token, `${category}.js`)}"></script>`).join('');

type Page = Window & { __warnings: string[] };

/** A page with `<cookie-consent …attributes>` (and its children) and the three gated scripts; resolves once a first layer shows. */
async function regionPage(attributes: string, children = '', head = '') {
  const token = newToken();
  const page: Page = await loadPage(`<cookie-consent policy-url="/privacy" ${attributes}>${children}</cookie-consent>${gatedScripts(token)}`, `${head}${SCRIPT}`);
  const element = consentElementOf(page);
  await until(() => !!part(element, 'banner'), 'the first layer', 10_000);
  return { page, element, token };
}

/** A returning visitor's page in `region`: the stored refusal stands, so no banner shows and nothing is requested. */
async function expectRefusalKept(region: string): Promise<void> {
  const token = newToken();
  const page = await loadPage(`<cookie-consent region="${region}"></cookie-consent>${gatedScripts(token)}`, SCRIPT);
  const element = consentElementOf(page);
  await element.updateComplete;
  await settle(300);
  expect(part(element, 'banner')).to.equal(null);
  expect(await requested(token)).to.deep.equal([]);
}

/** The first layer's buttons, by part. */
const buttons = (element: CookieConsent) => [...part(element, 'banner')!.querySelectorAll('button')].map((button) => button.getAttribute('part'));
const CONSENT_BUTTONS = ['accept-all', 'reject-all', 'customize'];
const NOTICE_BUTTONS = ['do-not-sell', 'customize', 'dismiss'];
/** The categories' scripts the server was asked for. */
const fetched = async (token: string) => (await requested(token)).sort();

/** Stores a decision as a page under another region's rule wrote it. */
function storeRecordOf(granted: string[], denied: string[], extra: Record<string, unknown>): void {
  const record = consentRecord(granted, denied, { v: 3, ...extra });
  document.cookie = `cookie_consent=${encodeURIComponent(JSON.stringify(record))}; Path=/`;
}

describe('regional rules', () => {
  describe('opt-in: the EEA and Switzerland', () => {
    for (const region of ['DE', 'fr', 'NO', 'CH', 'GP']) {
      it(`region="${region}" asks first even where the site's mode is opt-out: nothing is requested before a decision`, async () => {
        const { element, token } = await regionPage(`region="${region}" mode="opt-out"`);
        expect(buttons(element)).to.deep.equal(CONSENT_BUTTONS);
        await settle(300);
        expect(await fetched(token), 'requested before any decision').to.deep.equal([]);
        expect(element.hasConsent('analytics')).to.equal(false);
        bannerButton(element, 'reject-all')!.click();
        const record = await writtenRecord();
        expect(record).to.include({ region: region.toUpperCase(), rule: 'opt-in' });
        expect(record.denied).to.deep.equal(['analytics', 'functionality', 'targeting']);
      });
    }

    it('a refusal is kept on the next page, with no banner and nothing requested', async () => {
      const first = await regionPage('region="DE"');
      bannerButton(first.element, 'reject-all')!.click();
      await writtenRecord();
      await removePages();
      await expectRefusalKept('DE');
    });
  });

  describe('uk: Great Britain', () => {
    it('region="GB" is opt-in until the site turns the exemption on', async () => {
      const { element, token } = await regionPage('region="GB" mode="opt-out"');
      expect(buttons(element)).to.deep.equal(CONSENT_BUTTONS);
      await settle(300);
      expect(await fetched(token)).to.deep.equal([]);
      expect(element.hasConsent('analytics')).to.equal(false);
    });

    it('with <cookie-region codes="GB" rule="uk" opt-out="analytics functionality">, those run before a decision and targeting waits; the first layer says which is which', async () => {
      const { page, element, token } = await regionPage('region="GB"', '<cookie-region codes="GB" rule="uk" opt-out="analytics functionality"></cookie-region>');
      await until(() => runs(page).includes('functionality'), 'the functionality script');
      await settle(300);
      expect(await fetched(token)).to.deep.equal(['analytics.js', 'functionality.js']);
      expect(buttons(element)).to.deep.equal(CONSENT_BUTTONS);
      const lines = [...part(element, 'banner')!.querySelectorAll('.purposes')].map((line) => line.textContent.trim());
      expect(lines).to.deep.equal([`${en.purposesLabel} Targeting`, `${en.optOutPurposesLabel} Analytics, Functionality`]);
      // The visitor objects: reject all switches the exempt ones off too.
      bannerButton(element, 'reject-all')!.click();
      const record = await writtenRecord();
      expect(record).to.include({ region: 'GB', rule: 'uk' });
      expect(record.denied).to.deep.equal(['analytics', 'functionality', 'targeting']);
    });

    it('targeting in a uk opt-out list stays opt-in, with a warning that names why', async () => {
      const { page, element, token } = await regionPage('region="GB"', '<cookie-region codes="GB" rule="uk" opt-out="analytics targeting"></cookie-region>');
      await until(() => runs(page).includes('analytics'), 'the analytics script');
      await settle(300);
      expect(await fetched(token)).to.deep.equal(['analytics.js']);
      expect(element.hasConsent('targeting')).to.equal(false);
      expect(page.__warnings.filter((message) => message.includes('never advertising'))).to.have.length(1);
    });
  });

  describe('us: the states with an opt-out law', () => {
    it('region="US-CA" shows a notice at collection, not a consent wall, and everything runs until the visitor opts out', async () => {
      const { page, element, token } = await regionPage('region="US-CA"');
      expect(buttons(element)).to.deep.equal(NOTICE_BUTTONS);
      const banner = part(element, 'banner')!;
      expect(banner.querySelector('.description')!.textContent.trim()).to.equal(en.optOutDescription);
      expect(bannerButton(element, 'do-not-sell')!.textContent.trim()).to.equal(en.doNotSell);
      expect(bannerButton(element, 'customize')!.textContent.trim()).to.equal(en.privacyChoices);
      expect(bannerButton(element, 'customize')!.querySelector('svg')!.getAttribute('aria-hidden'), "the opt-out icon is decorative").to.equal('true');
      // Not a wall: no modal dialog, and the page's own content stays usable.
      expect(element.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
      expect(page.document.body.inert).to.equal(false);
      await until(() => runs(page).length === 3, 'the three scripts');
      expect(await fetched(token)).to.deep.equal(['analytics.js', 'functionality.js', 'targeting.js']);
      bannerButton(element, 'dismiss')!.click();
      const record = await writtenRecord();
      expect(record).to.include({ region: 'US-CA', rule: 'us' });
      expect(record.granted).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
      await element.updateComplete;
      expect(part(element, 'banner'), 'the notice is closed').to.equal(null);
    });

    it('"Do Not Sell or Share" turns targeting off and keeps the rest', async () => {
      const { element } = await regionPage('region="US-TX"');
      bannerButton(element, 'do-not-sell')!.click();
      const record = await writtenRecord();
      expect(record).to.include({ rule: 'us' });
      expect(record.denied).to.deep.equal(['targeting']);
      expect(element.hasConsent('analytics')).to.equal(true);
      expect(element.hasConsent('targeting')).to.equal(false);
    });

    it('a page\'s own data-cookie-consent="do-not-sell" link opts out at once, shows the choices with targeting off, and the next page loads no targeting tag', async () => {
      const token = newToken();
      const link = '<footer><a href="#" data-cookie-consent="do-not-sell">Do Not Sell or Share My Personal Information</a></footer>';
      const page: Page = await loadPage(`<cookie-consent policy-url="/privacy" region="US-CA"></cookie-consent>${gatedScripts(token)}${link}`, SCRIPT);
      const element = consentElementOf(page);
      await until(() => runs(page).length === 3, 'the three scripts, which run until the visitor opts out');
      const changes: boolean[] = [];
      element.addEventListener('consent-change', (event) => changes.push(event.detail.consent.targeting === true));
      const anchor = page.document.querySelector<HTMLAnchorElement>('[data-cookie-consent="do-not-sell"]')!;
      anchor.focus();
      anchor.click();
      const record = await writtenRecord();
      expect(record).to.include({ region: 'US-CA', rule: 'us' });
      expect(record.denied, 'targeting alone is opted out of').to.deep.equal(['targeting']);
      expect(changes, 'one consent-change, with targeting off').to.deep.equal([false]);
      expect(page.location.hash, 'the link did not navigate').to.equal('');
      await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open, 'the choices, opened by the link');
      const dialog = part<HTMLDialogElement>(element, 'preferences')!;
      expect(categorySwitch(element, 'targeting').checked, 'targeting in the choices').to.equal(false);
      expect(categorySwitch(element, 'analytics').checked, 'analytics kept').to.equal(true);
      dialog.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
      await until(() => page.document.activeElement === anchor, 'focus back on the link');
      await removePages();
      const next = newToken();
      const again: Page = await loadPage(`<cookie-consent policy-url="/privacy" region="US-CA"></cookie-consent>${gatedScripts(next)}`, SCRIPT);
      await until(() => runs(again).length === 2, 'analytics and functionality on the next page');
      await settle(300);
      expect(await fetched(next)).to.deep.equal(['analytics.js', 'functionality.js']);
    });

    it('the do-not-sell link under an opt-in rule stores a refusal of targeting and grants nothing', async () => {
      const token = newToken();
      const page: Page = await loadPage(`<cookie-consent policy-url="/privacy" region="DE"></cookie-consent>${gatedScripts(token)}<a href="#" data-cookie-consent="do-not-sell">Do Not Sell or Share My Personal Information</a>`, SCRIPT);
      const element = consentElementOf(page);
      await until(() => !!part(element, 'banner'), 'the first layer', 10_000);
      page.document.querySelector<HTMLAnchorElement>('[data-cookie-consent="do-not-sell"]')!.click();
      const record = await writtenRecord();
      expect(record.granted).to.deep.equal(['necessary']);
      expect(record.denied).to.include('targeting');
      await settle(300);
      expect(await fetched(token)).to.deep.equal([]);
    });

    it('under Global Privacy Control targeting is never requested, and "Opt-Out Request Honored" shows in the notice and in the choices', async () => {
      const { page, element, token } = await regionPage('region="US-CO"', '', GPC_ON);
      await until(() => runs(page).length === 2, 'the analytics and functionality scripts');
      await settle(300);
      expect(await fetched(token)).to.deep.equal(['analytics.js', 'functionality.js']);
      expect(part(element, 'gpc-notice')!.textContent.trim()).to.equal(en.optOutHonored);
      const dialog = await openPreferences(element);
      expect(dialog.querySelector('h2')!.textContent.trim()).to.equal(en.privacyChoices);
      expect(dialog.querySelector('[part~="gpc-notice"]')!.textContent.trim()).to.equal(en.optOutHonored);
    });

    it('region="US" alone (no state) is under the site\'s own mode', async () => {
      const { element, token } = await regionPage('region="US"');
      expect(buttons(element)).to.deep.equal(CONSENT_BUTTONS);
      await settle(300);
      expect(await fetched(token)).to.deep.equal([]);
    });
  });

  describe('elsewhere, and the site\'s own rules', () => {
    it('region="JP" is under the site\'s mode (opt-out here), recorded as rule "site"', async () => {
      const { page, element, token } = await regionPage('region="JP" mode="opt-out"');
      expect(buttons(element)).to.deep.equal(CONSENT_BUTTONS);
      await until(() => runs(page).length === 3, 'the three scripts');
      expect(await fetched(token)).to.deep.equal(['analytics.js', 'functionality.js', 'targeting.js']);
      bannerButton(element, 'accept-all')!.click();
      expect(await writtenRecord()).to.include({ region: 'JP', rule: 'site' });
    });

    it('<cookie-region codes="BR" rule="opt-in"> makes Brazil opt-in on an opt-out site', async () => {
      const { token } = await regionPage('region="BR" mode="opt-out"', '<cookie-region codes="BR" rule="opt-in"></cookie-region>');
      await settle(300);
      expect(await fetched(token)).to.deep.equal([]);
    });

    it('<cookie-region codes="US" rule="us"> covers every state; codes="US-CA" rule="site" takes California out of the built-in rule', async () => {
      const everywhere = await regionPage('region="US-NY"', '<cookie-region codes="US" rule="us"></cookie-region>');
      expect(buttons(everywhere.element)).to.deep.equal(NOTICE_BUTTONS);
      await removePages();
      const out = await regionPage('region="US-CA"', '<cookie-region codes="US-CA" rule="site"></cookie-region>');
      expect(buttons(out.element)).to.deep.equal(CONSENT_BUTTONS);
      await settle(300);
      expect(await fetched(out.token)).to.deep.equal([]);
    });

    it('a malformed region or rule warns once, names the fix, and grants nothing', async () => {
      const { page, element, token } = await regionPage('region="Germany" mode="opt-in"', '<cookie-region codes="DE X1Y" rule="gdpr"></cookie-region><cookie-region codes="D-E" rule="us"></cookie-region>');
      await settle(300);
      expect(await fetched(token)).to.deep.equal([]);
      expect(element.hasConsent('analytics')).to.equal(false);
      const warnings = page.__warnings.map((message) => message.replace(/ \[object \w+\]$/, ''));
      expect(warnings).to.include('cookie-consent: region="Germany" is not an ISO 3166-1 or 3166-2 code (DE, US-CA); using no region.');
      expect(warnings.some((message) => message.includes('needs rule="opt-in", "uk", "us", "site"'))).to.equal(true);
      expect(warnings.some((message) => message.includes('"D-E" is not an ISO 3166-1 or 3166-2 code'))).to.equal(true);
    });
  });

  describe('a decision carried into another region', () => {
    it('made under the US rule (everything on by default) is asked again in the EU', async () => {
      storeRecordOf(['analytics', 'functionality', 'targeting'], [], { region: 'US-CA', rule: 'us' });
      const { element, token } = await regionPage('region="DE"');
      expect(buttons(element)).to.deep.equal(CONSENT_BUTTONS);
      await settle(300);
      expect(await fetched(token)).to.deep.equal([]);
    });

    it('a refusal made under the US rule stands in the EU: no banner, nothing requested', async () => {
      storeRecordOf([], ['analytics', 'functionality', 'targeting'], { region: 'US-CA', rule: 'us' });
      await expectRefusalKept('DE');
    });

    it('consent given under the EU rule stands in California', async () => {
      storeRecordOf(['analytics'], ['functionality', 'targeting'], { region: 'DE', rule: 'opt-in' });
      const token = newToken();
      const page = await loadPage(`<cookie-consent region="US-CA"></cookie-consent>${gatedScripts(token)}`, SCRIPT);
      const element = consentElementOf(page);
      await until(() => runs(page).includes('analytics'), 'the analytics script');
      await settle(300);
      expect(part(element, 'banner')).to.equal(null);
      expect(await requested(token)).to.deep.equal(['analytics.js']);
      expect(storedRecord()).to.include({ region: 'DE', rule: 'opt-in' });
    });
  });

  describe('Consent Mode', () => {
    type Call = [string, string, Record<string, unknown>];
    const calls = (page: Window) =>
      ((page as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []).map((entry) => Array.from(entry) as Call).filter((entry) => entry[0] === 'consent');
    const AD = ['ad_storage', 'ad_user_data', 'ad_personalization'];

    it('with regional rules, the defaults go per region before any update: denied where consent comes first, granted in the US opt-out states', async () => {
      const { page } = await regionPage('region="US-CA" consent-mode');
      const seen = calls(page);
      const defaults = seen.filter((call) => call[1] === 'default');
      const forRegion = (code: string) => defaults.find((call) => (call[2]['region'] as string[] | undefined)?.includes(code))?.[2];
      for (const code of ['DE', 'CH', 'GB']) for (const signal of [...AD, 'analytics_storage']) expect(forRegion(code)?.[signal], `${signal} in ${code}`).to.equal('denied');
      for (const signal of [...AD, 'analytics_storage', 'functionality_storage']) expect(forRegion('US-CA')?.[signal], `${signal} in US-CA`).to.equal('granted');
      const everywhere = defaults.filter((call) => !('region' in call[2]));
      expect(everywhere, 'one default for everywhere else').to.have.length(1);
      expect(everywhere[0]![2]['analytics_storage']).to.equal('denied');
      // Every default comes before the visitor's update, which follows the US rule.
      const firstUpdate = seen.findIndex((call) => call[1] === 'update');
      expect(firstUpdate).to.equal(defaults.length);
      expect(seen[firstUpdate]![2]['ad_storage']).to.equal('granted');
    });

    it('a uk opt-out list starts analytics granted for GB only', async () => {
      const { page } = await regionPage('region="DE" consent-mode', '<cookie-region codes="GB" rule="uk" opt-out="analytics"></cookie-region>');
      const defaults = calls(page).filter((call) => call[1] === 'default');
      const gb = defaults.find((call) => (call[2]['region'] as string[] | undefined)?.includes('GB'))![2];
      expect(gb['analytics_storage']).to.equal('granted');
      expect(gb['ad_storage']).to.equal('denied');
      expect(calls(page).some((call) => call[1] === 'update'), 'no update before a decision in DE').to.equal(false);
    });

    it('without regional rules, one default and nothing per region', async () => {
      const { page } = await regionPage('consent-mode');
      const defaults = calls(page).filter((call) => call[1] === 'default');
      expect(defaults).to.have.length(1);
      expect('region' in defaults[0]![2]).to.equal(false);
    });
  });
});

describe('the demo, viewed from another region (?region=, as npm start serves it)', () => {
  it('US-CA: the server writes the region, the notice shows and the analytics tag loads; DE: the consent banner and nothing optional', async () => {
    const us = await loadUrl('/__demo/?region=US-CA');
    const element = consentElementOf(us);
    expect(element.getAttribute('region')).to.equal('US-CA');
    await until(() => !!part(element, 'do-not-sell'), 'the notice at collection', 10_000);
    await until(() => resourcePaths(us, '/demo/vendor/').includes('/demo/vendor/analytics.js'), 'the analytics tag (on until the visitor opts out)');
    await until(() => us.document.getElementById('region-status')!.textContent.includes('US-CA, under the rule us'), 'the demo\'s region line');
    await removePages();

    const de = await loadUrl('/__demo/?region=DE');
    const banner = consentElementOf(de);
    await until(() => !!part(banner, 'accept-all'), 'the consent banner', 10_000);
    await settle(300);
    expect(resourcePaths(de, '/demo/vendor/')).to.not.include('/demo/vendor/analytics.js');
    expect(de.document.getElementById('region-status')!.textContent).to.contain('DE, under the rule opt-in');
  });
});

