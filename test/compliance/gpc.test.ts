/**
 * Global Privacy Control: a browser sending `navigator.globalPrivacyControl === true` gets
 * `targeting` kept off unless the visitor switches it on in the preferences. Each test is a page of
 * the script-tag build in a same-origin iframe; the signal is simulated in the page's head,
 * before the product script. What counts is what the visitor's browser does: which stand-in
 * third-party scripts are requested and run, what is stored in the cookie, what the banner says.
 */
import { expect } from '@open-wc/testing';
import type { ConsentChangeDetail } from '../../src/index.js';
import { bannerButton, categorySwitch, GPC_OFF, GPC_ON, loadBannerPage, openPreferences, SCRIPT } from '../support/banner.js';
import { consentElementOf, cookieValue, gatedUrl, loadPage, newToken, part, removePages, requested, runs, settle, storeDecision, storedRecord, until } from '../support/helpers.js';

/** A targeting (advertising) and an analytics stand-in script, gated. */
const gatedScripts = (token: string) =>
  `<script type="text/plain" data-category="targeting" src="${gatedUrl(token, 'ads.js')}"></script>
   <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'stats.js')}"></script>`;

/** Loads a page with the element and the gated scripts; resolves once the banner shows. */
async function bannerPage(head: string, attributes = '', token = newToken()) {
  const { page, element } = await loadBannerPage(`<cookie-consent ${attributes}></cookie-consent>${gatedScripts(token)}`, `${head}${SCRIPT}`);
  return { page, element, token };
}

/** Records each `consent-change` detail heard in `page`. */
function details(page: Window): ConsentChangeDetail[] {
  const heard: ConsentChangeDetail[] = [];
  page.document.addEventListener('consent-change', (event) => heard.push(event.detail));
  return heard;
}

describe('Global Privacy Control', () => {
  for (const mode of ['opt-in', 'opt-out']) {
    it(`starts with targeting denied in ${mode} mode, and accept all keeps it denied`, async () => {
      const { page, element, token } = await bannerPage(GPC_ON, `mode="${mode}"`);
      await settle(200);
      expect(element.hasConsent('targeting'), 'targeting before any decision').to.equal(false);
      expect(await requested(token), 'requested before any decision').to.not.include('ads.js');
      if (mode === 'opt-out') {
        // Opt-out: the other optional categories are on until declined, targeting is not.
        await until(() => runs(page).includes('stats'), 'the analytics script (opt-out)');
        expect(element.hasConsent('analytics')).to.equal(true);
      }

      bannerButton(element, 'accept-all')!.click();
      await until(() => runs(page).includes('stats'), 'the analytics script');
      await settle(300);
      expect(element.consent).to.deep.equal({ necessary: true, analytics: true, functionality: true, targeting: false });
      expect(element.hasConsent('targeting')).to.equal(false);
      expect(await requested(token)).to.deep.equal(['stats.js']);
      expect(runs(page)).to.deep.equal(['stats']);
      expect(storedRecord('cookie_consent', page.document).denied).to.deep.equal(['targeting']);
    });
  }

  it('the banner says the signal is honoured, only when the browser sends it and the page offers targeting', async () => {
    const on = await bannerPage(GPC_ON);
    const notice = part(on.element, 'gpc-notice');
    expect(notice, 'the gpc-notice line under GPC').to.not.equal(null);
    expect(notice!.checkVisibility()).to.equal(true);
    expect(notice!.textContent.trim()).to.not.equal('');
    expect(part(on.element, 'banner')!.contains(notice)).to.equal(true);
    await removePages();

    const off = await bannerPage(GPC_OFF);
    expect(part(off.element, 'gpc-notice'), 'no notice without GPC').to.equal(null);
    await removePages();

    const noTargeting = await bannerPage(GPC_ON, 'categories="analytics functionality"');
    expect(part(noTargeting.element, 'gpc-notice'), 'no notice when the page offers no targeting').to.equal(null);
  });

  it('accept all grants everything but targeting: the ad script is never requested, the analytics one runs', async () => {
    const { page, element, token } = await bannerPage(GPC_ON);
    const heard = details(page);
    bannerButton(element, 'accept-all')!.click();
    await until(() => runs(page).includes('stats'), 'the analytics script');
    await settle(300);
    expect(await requested(token)).to.deep.equal(['stats.js']);
    expect(runs(page)).to.deep.equal(['stats']);
    expect(part(element, 'banner'), 'the banner is gone').to.equal(null);
    const record = storedRecord('cookie_consent', page.document);
    expect(record.granted).to.deep.equal(['necessary', 'analytics', 'functionality']);
    expect(record.denied).to.deep.equal(['targeting']);
    expect(record.gpc).to.equal(1);
    expect(heard).to.have.length(1);
    expect(heard[0]!.consent).to.deep.equal({ necessary: true, analytics: true, functionality: true, targeting: false });
  });

  it('acceptAll() from a script keeps targeting denied too', async () => {
    const { page, element, token } = await bannerPage(GPC_ON);
    element.acceptAll();
    await until(() => runs(page).includes('stats'), 'the analytics script');
    await settle(300);
    expect(await requested(token)).to.deep.equal(['stats.js']);
    expect(element.hasConsent('targeting')).to.equal(false);
    expect(storedRecord('cookie_consent', page.document).denied).to.deep.equal(['targeting']);
  });

  it('the visitor can still switch targeting on in the preferences; the grant is stored with "gpc":1 and stands on later pages', async () => {
    const { page, element, token } = await bannerPage(GPC_ON);
    await openPreferences(element);
    const toggle = (name: string) => categorySwitch(element, name);
    expect(toggle('targeting').checked, 'targeting starts off').to.equal(false);
    toggle('targeting').click();
    expect(toggle('targeting').checked).to.equal(true);
    part(element, 'save')!.click();

    await until(() => runs(page).includes('ads'), 'the targeting script');
    expect(element.hasConsent('targeting')).to.equal(true);
    expect(await requested(token)).to.deep.equal(['ads.js']);
    const record = storedRecord('cookie_consent', page.document);
    expect(record.granted).to.deep.equal(['necessary', 'targeting']);
    expect(record.gpc).to.equal(1);
    expect(cookieValue('cookie_consent', page.document)).to.contain('"gpc":1');
    await removePages();

    // The next page, still under GPC: the explicit grant stands, with no banner.
    const next = newToken();
    const later = await loadPage(`<cookie-consent></cookie-consent>${gatedScripts(next)}`, `${GPC_ON}${SCRIPT}`);
    await until(() => runs(later).includes('ads'), 'the targeting script on the next page');
    expect(consentElementOf(later).hasConsent('targeting')).to.equal(true);
    expect(await requested(next)).to.deep.equal(['ads.js']);
    expect(part(consentElementOf(later), 'banner')).to.equal(null);
  });

  it('a stored decision granting targeting, made without GPC, counts as denied while GPC is on', async () => {
    storeDecision(['analytics', 'functionality', 'targeting'], []);
    const token = newToken();
    const page = await loadPage(`<cookie-consent></cookie-consent>${gatedScripts(token)}`, `${GPC_ON}${SCRIPT}`);
    const element = consentElementOf(page);
    await until(() => runs(page).includes('stats'), 'the analytics script');
    await settle(300);
    expect(element.hasConsent('targeting')).to.equal(false);
    expect(element.hasConsent('analytics')).to.equal(true);
    expect(element.consent?.['targeting']).to.equal(false);
    expect(await requested(token)).to.deep.equal(['stats.js']);
    expect(runs(page)).to.deep.equal(['stats']);
  });

  it('the same stored decision still grants targeting without GPC', async () => {
    storeDecision(['analytics', 'functionality', 'targeting'], []);
    const token = newToken();
    const page = await loadPage(`<cookie-consent></cookie-consent>${gatedScripts(token)}`, `${GPC_OFF}${SCRIPT}`);
    await until(() => runs(page).includes('ads') && runs(page).includes('stats'), 'both scripts');
    expect(consentElementOf(page).hasConsent('targeting')).to.equal(true);
  });

  // Two tests, one page each: two fresh pages in one test once overran its 10 s in a loaded CI run.
  it('consent-change tells listeners that GPC was honoured', async () => {
    const on = await bannerPage(GPC_ON);
    const heardOn = details(on.page);
    bannerButton(on.element, 'reject-all')!.click();
    await until(() => heardOn.length > 0, 'consent-change under GPC');
    expect(heardOn[0]!.gpc).to.equal(true);
  });

  it('consent-change tells listeners that GPC was not sent', async () => {
    const off = await bannerPage(GPC_OFF);
    const heardOff = details(off.page);
    bannerButton(off.element, 'reject-all')!.click();
    await until(() => heardOff.length > 0, 'consent-change without GPC');
    expect(heardOff[0]!.gpc).to.equal(false);
  });

  describe('with ignore-gpc', () => {
    it('shows no notice, and accept all grants targeting: the ad script runs', async () => {
      const { page, element, token } = await bannerPage(GPC_ON, 'ignore-gpc');
      const heard = details(page);
      expect(part(element, 'gpc-notice')).to.equal(null);
      bannerButton(element, 'accept-all')!.click();
      await until(() => runs(page).includes('ads') && runs(page).includes('stats'), 'both scripts');
      expect((await requested(token)).sort()).to.deep.equal(['ads.js', 'stats.js']);
      expect(element.hasConsent('targeting')).to.equal(true);
      const record = storedRecord('cookie_consent', page.document);
      expect(record.granted).to.include('targeting');
      expect(record.gpc).to.equal(undefined);
      expect(heard[0]!.gpc).to.equal(false);
      expect(heard[0]!.consent['targeting']).to.equal(true);
    });

    it('opt-out mode starts with targeting granted', async () => {
      const { page, element } = await bannerPage(GPC_ON, 'ignore-gpc mode="opt-out"');
      await until(() => runs(page).includes('ads'), 'the targeting script');
      expect(element.hasConsent('targeting')).to.equal(true);
    });

    it('a stored decision granting targeting made without GPC stands', async () => {
      storeDecision(['analytics', 'functionality', 'targeting'], []);
      const token = newToken();
      const page = await loadPage(`<cookie-consent ignore-gpc></cookie-consent>${gatedScripts(token)}`, `${GPC_ON}${SCRIPT}`);
      await until(() => runs(page).includes('ads'), 'the targeting script');
      expect(consentElementOf(page).hasConsent('targeting')).to.equal(true);
      expect((await requested(token)).sort()).to.deep.equal(['ads.js', 'stats.js']);
    });
  });
});
