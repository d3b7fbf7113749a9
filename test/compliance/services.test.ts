/**
 * `<cookie-service>`: one vendor inside a category, with its own switch, its own gated markup
 * (`data-service`), its own cookies deleted when it alone is withdrawn, and its cookies listed
 * in the preferences. Each page is the script-tag build in a same-origin iframe; what is
 * released is read from the network log.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentChangeEvent, CookieConsent } from '../../src/index.js';
import { categorySwitch, loadBannerPage, openPreferences, SCRIPT } from '../support/banner.js';
import { consentElementOf, gatedUrl, loadPage, loadUrl, newToken, part, parts, requested, resourcePaths, runs, settle, storeDecision, until, writtenRecord } from '../support/helpers.js';

/** Analytics with two services, functionality with one declared beside the categories; gated markup for each. */
function servicesPage(token: string): string {
  return `<cookie-consent policy-url="/privacy" categories="analytics">
      <cookie-category name="analytics" label="Statistics" cookies="_stats">
        <cookie-service name="heatmaps" label="Heatmaps" provider="Hotjar Ltd" policy-url="https://www.hotjar.com/legal/policies/privacy/" cookies="_hjSessionUser_* _hjSession_*">
          Records how visitors use the pages.
          <cookie-item name="_hjSessionUser_*" lifetime="365 days">Recognises a returning visitor.</cookie-item>
        </cookie-service>
        <cookie-service name="visits" label="Visit counter" cookies="_pk_id.* _pk_ses.*">Counts visits on our own server.</cookie-service>
      </cookie-category>
      <cookie-service name="videos" category="functionality" label="Videos"></cookie-service>
    </cookie-consent>
    <script type="text/plain" data-service="heatmaps" src="${gatedUrl(token, 'heatmaps.js')}"></script>
    <script type="text/plain" data-category="analytics" data-service="visits" src="${gatedUrl(token, 'visits.js')}"></script>
    <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'own-stats.js')}"></script>
    <iframe data-service="videos" data-src="${gatedUrl(token, 'videos.html')}" title="Video"></iframe>
    <a href="#" data-cookie-consent="preferences">Cookie settings</a>`;
}

/** The preferences' switch of a service or category, with its state. */
const state = (element: CookieConsent, id: string) => {
  const toggle = categorySwitch(element, id);
  return { checked: toggle.checked, mixed: toggle.indeterminate };
};

/** Cookie names the page can read now. */
const cookieNames = (): string[] => document.cookie.split(';').map((cookie) => cookie.split('=')[0]!.trim()).filter(Boolean);

describe('<cookie-service>: per-service consent', () => {
  it('shows each service under its category with its own switch, provider and policy link', async () => {
    const { element } = await loadBannerPage(servicesPage(newToken()));
    await openPreferences(element);
    expect(parts<HTMLInputElement>(element, 'toggle').map((toggle) => toggle.name)).to.deep.equal(['necessary', 'analytics', 'heatmaps', 'visits', 'functionality', 'videos']);
    const heatmaps = categorySwitch(element, 'heatmaps');
    expect(heatmaps.getAttribute('role')).to.equal('switch');
    expect(heatmaps.closest('label')!.textContent.trim()).to.equal('Heatmaps');
    const description = element.shadowRoot!.getElementById(heatmaps.getAttribute('aria-describedby')!)!;
    expect(description.textContent.replace(/\s+/g, ' ').trim()).to.equal('Records how visitors use the pages. Provider: Hotjar Ltd. Privacy policy');
    expect(description.querySelector('a')!.href).to.equal('https://www.hotjar.com/legal/policies/privacy/');
    // A category with services says "mixed" as a checkbox can; a switch cannot.
    expect(categorySwitch(element, 'analytics').hasAttribute('role')).to.equal(false);
  });

  it('granting one service releases its markup and the category-wide markup, not the other service', async () => {
    const token = newToken();
    const { page, element } = await loadBannerPage(servicesPage(token));
    const detail = new Promise<ConsentChangeEvent>((resolve) => {
      element.addEventListener('consent-change', resolve, { once: true });
    });
    await openPreferences(element);
    categorySwitch(element, 'heatmaps').click();
    part(element, 'save')!.click();
    await until(async () => (await requested(token)).length >= 2, 'the released scripts');
    await settle(200);
    expect((await requested(token)).sort()).to.deep.equal(['heatmaps.js', 'own-stats.js']);
    expect(runs(page).sort()).to.deep.equal(['heatmaps', 'own-stats']);
    expect(element.hasConsent('heatmaps')).to.equal(true);
    expect(element.hasConsent('visits')).to.equal(false);
    expect(element.hasConsent('analytics')).to.equal(true);
    expect(element.services).to.deep.equal({ heatmaps: true, visits: false, videos: false });
    const { detail: change } = await detail;
    expect(change.services).to.deep.equal({ heatmaps: true, visits: false, videos: false });
    expect(change.consent).to.deep.equal({ necessary: true, analytics: true, functionality: false });
    const record = await writtenRecord();
    expect(record.v).to.equal(3);
    expect(record.granted).to.deep.equal(['necessary', 'analytics', 'heatmaps']);
    expect(record.denied).to.deep.equal(['functionality', 'visits', 'videos']);
  });

  it('accept() takes service ids; a category id grants all its services', async () => {
    const token = newToken();
    const { element } = await loadBannerPage(servicesPage(token));
    element.accept(['videos']);
    expect(element.services).to.deep.equal({ heatmaps: false, visits: false, videos: true });
    expect(element.consent).to.deep.equal({ necessary: true, analytics: false, functionality: true });
    await until(async () => (await requested(token)).includes('videos.html'), 'the video');
    element.accept(['analytics']);
    expect(element.services).to.deep.equal({ heatmaps: true, visits: true, videos: false });
    await until(async () => (await requested(token)).length === 4, 'every analytics script');
    expect((await requested(token)).sort()).to.deep.equal(['heatmaps.js', 'own-stats.js', 'videos.html', 'visits.js']);
  });

  it('a returning visitor gets exactly the services granted, without a banner or a warning', async () => {
    storeDecision(['analytics', 'visits'], ['functionality', 'heatmaps', 'videos']);
    const token = newToken();
    const page = await loadPage(servicesPage(token), SCRIPT);
    await until(() => runs(page).length === 2, 'the granted scripts');
    await settle(200);
    expect((await requested(token)).sort()).to.deep.equal(['own-stats.js', 'visits.js']);
    expect(part(consentElementOf(page), 'banner')).to.equal(null);
    expect(page.__warnings).to.deep.equal([]);
  });

  it('a record made before the page declared services (format 1) still holds: each service takes its category', async () => {
    document.cookie = `cookie_consent=${encodeURIComponent(JSON.stringify({ v: 1, id: '0f8fad5b-d9cb-469f-a165-70867728950e', created: 1700000000000, updated: 1700000000000, rev: '1', granted: ['necessary', 'analytics'], denied: ['functionality'] }))}; Path=/`;
    const token = newToken();
    const page = await loadPage(servicesPage(token), SCRIPT);
    await until(() => runs(page).length === 3, 'the analytics scripts');
    expect(consentElementOf(page).services).to.deep.equal({ heatmaps: true, visits: true, videos: false });
  });

  it('a page that adds a service asks a visitor of format 2 again', async () => {
    storeDecision(['analytics', 'heatmaps'], ['functionality', 'videos']);
    const { element } = await loadBannerPage(servicesPage(newToken()));
    expect(part(element, 'banner')).to.not.equal(null);
  });
});

describe('<cookie-service>: the category switch', () => {
  it('shows mixed when its services differ, and sets them all, by keyboard', async () => {
    const { element } = await loadBannerPage(servicesPage(newToken()));
    await openPreferences(element);
    categorySwitch(element, 'heatmaps').focus();
    await sendKeys({ type: ' ' });
    expect(state(element, 'heatmaps')).to.deep.equal({ checked: true, mixed: false });
    expect(state(element, 'analytics')).to.deep.equal({ checked: false, mixed: true });
    categorySwitch(element, 'analytics').focus();
    await sendKeys({ type: ' ' });
    expect([state(element, 'analytics'), state(element, 'heatmaps'), state(element, 'visits')]).to.deep.equal([
      { checked: true, mixed: false },
      { checked: true, mixed: false },
      { checked: true, mixed: false },
    ]);
    await sendKeys({ type: ' ' });
    expect([state(element, 'analytics'), state(element, 'heatmaps'), state(element, 'visits')]).to.deep.equal([
      { checked: false, mixed: false },
      { checked: false, mixed: false },
      { checked: false, mixed: false },
    ]);
    categorySwitch(element, 'visits').focus();
    await sendKeys({ type: ' ' });
    part(element, 'save')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(element.services).to.deep.equal({ heatmaps: false, visits: true, videos: false });
  });

  it('reopened after a decision, a category with some services granted starts mixed', async () => {
    storeDecision(['analytics', 'heatmaps'], ['functionality', 'visits', 'videos']);
    const page = await loadPage(servicesPage(newToken()), SCRIPT);
    const element = consentElementOf(page);
    await openPreferences(element, 'api');
    expect(state(element, 'analytics')).to.deep.equal({ checked: false, mixed: true });
    expect(state(element, 'heatmaps')).to.deep.equal({ checked: true, mixed: false });
  });
});

describe('<cookie-service>: clearing', () => {
  const COOKIES = ['_hjSessionUser_1', '_hjSession_1', '_pk_id.1', '_stats'];
  afterEach(() => {
    for (const name of COOKIES) document.cookie = `${name}=; Max-Age=0; Path=/`;
  });

  it("withdrawing one service deletes that service's cookies only", async () => {
    storeDecision(['analytics', 'heatmaps', 'visits'], ['functionality', 'videos']);
    for (const name of COOKIES) document.cookie = `${name}=1; Path=/`;
    const page = await loadPage(servicesPage(newToken()), SCRIPT);
    const element = consentElementOf(page);
    await until(() => runs(page).length === 3, 'the analytics scripts');
    element.accept(['visits']);
    // A frame's cookie write reaches this document a moment later in WebKit.
    await until(() => !cookieNames().some((name) => name.startsWith('_hj')), "the heatmap tool's cookies deleted");
    // The visit counter is still allowed, and so is the category (one of its services is).
    expect(cookieNames()).to.include.members(['_pk_id.1', '_stats']);
    element.rejectAll();
    await until(() => !cookieNames().includes('_pk_id.1') && !cookieNames().includes('_stats'), "the visit counter's and the category's cookies deleted");
  });
});

describe('<cookie-service>: the cookie declaration in the preferences', () => {
  it("lists each category's and service's cookies with type, lifetime, purpose and provider", async () => {
    const { element } = await loadBannerPage(servicesPage(newToken()));
    await openPreferences(element);
    const tables = parts<HTMLTableElement>(element, 'cookie-table');
    const rows = (table: HTMLTableElement) => [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim()));
    expect(rows(tables[0]!)).to.deep.equal([
      ['Name', 'Type', 'Lifetime', 'Purpose'],
      ['_stats', 'Cookie', '', ''],
    ]);
    expect(rows(tables[1]!)).to.deep.equal([
      ['Name', 'Type', 'Lifetime', 'Purpose', 'Provider'],
      ['_hjSessionUser_*', 'Cookie', '365 days', 'Recognises a returning visitor.', 'Hotjar Ltd'],
      ['_hjSession_*', 'Cookie', '', '', 'Hotjar Ltd'],
    ]);
    expect(parts(element, 'cookie-list').map((list) => list.querySelector('summary')!.textContent.trim())).to.deep.equal([
      'Cookies and storage (1)',
      'Cookies and storage (2)',
      'Cookies and storage (2)',
    ]);
  });

  it('writes lifetimes in the visitor’s language', async () => {
    const { element } = await loadBannerPage(servicesPage(newToken()).replace('<cookie-consent ', '<cookie-consent lang="de" '));
    await until(() => part(element, 'banner')?.getAttribute('lang') === 'de', 'the German banner');
    await openPreferences(element);
    const cell = parts<HTMLTableElement>(element, 'cookie-table')[1]!.rows[1]!.cells[2]!;
    expect(cell.textContent.trim()).to.equal('365 Tage');
  });
});

describe('<cookie-service>: mistakes', () => {
  it('names each malformed service and the fix, and never grants it', async () => {
    const { page, element } = await loadBannerPage(`<cookie-consent categories="analytics">
        <cookie-service name="orphan"></cookie-service>
        <cookie-service name="analytics" category="analytics"></cookie-service>
        <cookie-service name="pixel" category="targeting" urls="not-a-host" policy-url="javascript:alert(1)">
          <cookie-item name="_px" lifetime="forever"></cookie-item>
        </cookie-service>
      </cookie-consent>`);
    const warnings = page.__warnings.filter((warning) => warning.includes('<cookie-service'));
    expect(warnings, page.__warnings.join('\n')).to.have.length(5);
    expect(warnings.join('\n')).to.include('<cookie-service name="orphan"> has no category; put it inside a <cookie-category name="…">');
    expect(warnings.join('\n')).to.include('lifetime="forever" must be "session", "persistent" or an amount and a unit');
    expect(element.services).to.equal(null);
    element.acceptAll();
    expect(element.services).to.deep.equal({ pixel: true });
    expect(element.hasConsent('orphan')).to.equal(false);
  });
});

describe('the demo: services, one of them inserted unmarked by a tag loader', () => {
  it('holds Roastmap, which the tag loader inserts unmarked, until it alone is granted; the policy page declares both services', async () => {
    const page = await loadUrl('/demo/index.html');
    const element = consentElementOf(page);
    await element.updateComplete;
    await settle(300);
    expect(resourcePaths(page, '/demo/vendor/'), 'nothing optional before consent').to.not.include.members(['/demo/vendor/heatmap.js', '/demo/vendor/analytics.js']);
    expect(resourcePaths(page, '/demo/vendor/')).to.include('/demo/vendor/tag-loader.js');
    expect(page.document.querySelector('script[src="/demo/vendor/heatmap.js"], script[data-cookie-consent-held="roastmap"]')?.getAttribute('data-cookie-consent-held')).to.equal('roastmap');
    element.accept(['roastmap']);
    await until(() => resourcePaths(page, '/demo/vendor/').includes('/demo/vendor/heatmap.js'), 'Roastmap after consent');
    await settle(200);
    expect(resourcePaths(page, '/demo/vendor/'), 'Beanstats stays held').to.not.include('/demo/vendor/analytics.js');
    expect(element.services).to.deep.equal({ beanstats: false, roastmap: true });
    const policy = await loadUrl('/demo/privacy.html');
    const declaration = policy.document.querySelector('cookie-declaration')!;
    await until(() => !!declaration.shadowRoot?.querySelector('[part~="declared-service"]'), 'the declaration');
    expect([...declaration.shadowRoot!.querySelectorAll('[part~="declared-service"] h4')].map((heading) => heading.textContent.trim())).to.deep.equal(['Beanstats', 'Roastmap heatmaps']);
  });
});
