/**
 * The browser suite of the framework example apps, examples/react, examples/vue and
 * examples/svelte: `node scripts/build-examples.mjs` builds each from the packed tarball (as
 * `npm install cookie-consent-banner` gives it) into examples/<name>/dist/, its page prerendered
 * in Node by the framework's server renderer. Each test loads that page in an iframe, where the
 * framework hydrates it, and checks what a visitor and the site owner see.
 *
 * The three apps have one shape, so one suite drives them all:
 * - `<cookie-consent policy-url="/privacy" revision="3" lang=…>`, `lang` bound to the app's state
 *   (the buttons `lang-en` / `lang-de`), a `data-cookie-consent="preferences"` button, `cookie-settings`,
 *   that the framework renders;
 * - `<output data-testid="analytics-state">`: `unknown` as the server renders it, then what the
 *   app read on mount (`undecided`, `granted`, `denied`) and what `consent-change` told it since;
 * - `[data-testid="analytics-panel"]`, mounted while analytics is granted;
 * - gated markup the banner must release once: a `<script type="text/plain">` in the static shell
 *   (`analytics.js`, which records its run in `__runs`) and an `<iframe data-src>` the framework
 *   renders once mounted (`video.html`);
 * - the shell's first script keeps console warnings and errors in `window.__warnings`.
 */
import { expect } from '@open-wc/testing';
import de from '../../src/core/texts/de.js';
import en from '../../src/core/texts/en.js';
import type { CookieConsent } from '../../src/index.js';
import { bannerButton, bannerShows, categorySwitch } from '../support/banner.js';
import { consentElementOf, loadUrl, part, removePages, resourcePaths, runs, settle, storedRecord, until, heldRecord } from '../support/helpers.js';

/** An example app's page, loaded and hydrated. */
interface AppPage {
  win: Window & { __warnings?: string[] };
  element: CookieConsent;
  /** The element with `data-testid="<id>"` in the app, as the framework renders it now. */
  byTestId: (id: string) => HTMLElement | null;
}

/** How long a released resource is given to show up twice before the tests trust a count of one. */
const SECOND_RELEASE_WINDOW = 300;

/**
 * Defines the suite of examples/<name>: `framework` names it in the test titles, `event` says how
 * the app listens to `consent-change` (for the titles only: the tests check what the app shows).
 */
export function describeFrameworkApp(name: string, framework: string, event: string): void {
  const url = `/examples/${name}/dist/index.html`;
  const token = `example-${name}`;

  /** The app's page in a fresh iframe, once the framework has hydrated it and its mount code has run. */
  async function openApp(): Promise<AppPage> {
    const win = (await loadUrl(url)) as AppPage['win'];
    const element = consentElementOf(win);
    const byTestId = (id: string) => win.document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    // The server renders `unknown`; the app's mount code (after hydration) replaces it.
    await until(() => !!byTestId('analytics-state') && byTestId('analytics-state')?.textContent !== 'unknown', `${framework} to hydrate ${url} and run its mount code`, 10_000);
    // A failed hydration makes the framework throw the server's DOM away and render its own:
    // the element the page was parsed with would be gone, and gated markup released anew.
    expect(element.isConnected, `${framework} replaced the server-rendered <cookie-consent> instead of hydrating it; the page logged: ${JSON.stringify(win.__warnings)}`).to.equal(true);
    return { win, element, byTestId };
  }

  /** What the app's page logged (its shell records console warnings and errors). */
  function logged(win: AppPage['win']): string[] {
    if (!win.__warnings) throw new Error(`${url} has no window.__warnings: its index.html should record the console first`);
    return win.__warnings;
  }

  /**
   * The app's gated resources the page `win` loaded, sorted: its own resource timing entries,
   * which the test server's request log cannot replace here. Its URLs are fixed (no per-test
   * token in a prerendered page), and the dev server sends .js with a year's max-age, so a later
   * test's page gets them from the HTTP cache, unlogged; the page's own entries count those too.
   */
  const gatedLoads = (win: Window): string[] => resourcePaths(win, `/__gated/${token}/`).map((path) => path.slice(path.lastIndexOf('/') + 1)).sort();

  /**
   * Resolves once the gated script has loaded and the gated embed shows its page, after a second
   * release had time to show, with the scripts loaded (WebKit makes no resource timing entry for
   * an iframe's page from its cache: the embed is checked by what it shows, and by being the one).
   */
  async function settledReleases(win: Window): Promise<string[]> {
    const embedShown = () => win.document.querySelector<HTMLIFrameElement>('iframe[data-category]')?.contentDocument?.title === 'video';
    await until(() => gatedLoads(win).includes('analytics.js') && embedShown(), 'the gated script and embed').catch((error: unknown) => {
      throw new Error(`${String(error)}; loaded: ${JSON.stringify(gatedLoads(win))}, embed shown: ${String(embedShown())}`);
    });
    await settle(SECOND_RELEASE_WINDOW);
    expect(win.document.querySelectorAll('iframe[data-category]'), 'one embed').to.have.length(1);
    return gatedLoads(win).filter((file) => file.endsWith('.js'));
  }

  /** Accepts everything in the banner and waits until the app shows it. */
  async function acceptAll(page: AppPage): Promise<void> {
    await bannerShows(page.element);
    bannerButton(page.element, 'accept-all')!.click();
    await until(() => page.byTestId('analytics-state')?.textContent === 'granted', `${framework} to show the granted state`);
  }

  describe(`the ${framework} example app (examples/${name}), server-rendered and hydrated`, () => {
    before(async () => {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) {
        throw new Error(`${url} is not there (HTTP ${response.status}): build the app with \`node scripts/build-examples.mjs ${name}\` (after \`npm run build && node scripts/pack-check.mjs\`)`);
      }
      const html = await response.text();
      // The page as the server rendered it, before any script: the element, configured, and the gated embed.
      const app = html.slice(html.indexOf('<div id="app">'));
      expect(/<cookie-consent [^>]*policy-url="\/privacy"[^>]*>/.test(app), `${url} should hold <cookie-consent policy-url="/privacy"> as the server rendered it`).to.equal(true);
      expect(html.includes(`<script type="text/plain" data-category="analytics" src="/__gated/${token}/analytics.js"></script>`), `${url} should hold the gated analytics script in its shell`).to.equal(true);
    });

    it(`shows the banner, configured through ${framework}'s bindings, and releases nothing`, async () => {
      const { win, element, byTestId } = await openApp();
      await bannerShows(element);
      expect(win.document.querySelectorAll('cookie-consent'), 'one element, the server-rendered one adopted').to.have.length(1);
      expect(part(element, 'policy-link')?.getAttribute('href'), 'policy-url').to.equal('/privacy');
      expect(element.revision, 'revision').to.equal('3');
      expect(element.lang, 'lang, bound to the app state').to.equal('en');
      expect(bannerButton(element, 'accept-all')!.textContent.trim()).to.equal(en.acceptAll);
      expect(byTestId('analytics-state')!.textContent, 'what the app read on mount').to.equal('undecided');
      expect(byTestId('analytics-panel'), 'the analytics panel before consent').to.equal(null);
      expect(win.document.querySelector('iframe[data-category]')!.hasAttribute('src'), 'the gated embed before consent').to.equal(false);
      await settle(SECOND_RELEASE_WINDOW);
      expect(gatedLoads(win), 'gated loads before consent').to.deep.equal([]);
      expect(runs(win)).to.deep.equal([]);
      expect(logged(win), 'console warnings and errors (hydration)').to.deep.equal([]);
    });

    it(`accept all: consent-change reaches ${framework} (${event}), which mounts the panel; script and embed released once`, async () => {
      const page = await openApp();
      await acceptAll(page);
      expect(page.byTestId('analytics-panel'), 'the analytics panel after consent').to.not.equal(null);
      expect(await settledReleases(page.win), 'gated scripts loaded after accept all').to.deep.equal(['analytics.js']);
      expect(runs(page.win), 'gated scripts that ran').to.deep.equal(['analytics']);
      expect(page.win.document.querySelector('iframe[data-category]')!.getAttribute('src')).to.equal(`/__gated/${token}/video.html`);
      // As the app's page reads its cookie: a frame's write can reach this document late under load.
      expect(storedRecord('cookie_consent', page.win.document).granted).to.include('analytics');
      expect(logged(page.win)).to.deep.equal([]);
    });

    it('a returning visitor: no banner, the decision read on mount, script and embed released once after hydration', async () => {
      await acceptAll(await openApp());
      await removePages();
      const { win, element, byTestId } = await openApp();
      expect(byTestId('analytics-state')!.textContent, 'what the app read on mount').to.equal('granted');
      expect(byTestId('analytics-panel'), 'the analytics panel').to.not.equal(null);
      expect(await settledReleases(win), 'gated scripts loaded for the returning visitor').to.deep.equal(['analytics.js']);
      expect(runs(win), 'gated scripts that ran').to.deep.equal(['analytics']);
      expect(part(element, 'banner'), 'the banner of a returning visitor').to.equal(null);
      expect(logged(win), 'console warnings and errors (hydration)').to.deep.equal([]);
    });

    it(`reject all: ${framework} shows the denial, nothing is released`, async () => {
      const { win, element, byTestId } = await openApp();
      await bannerShows(element);
      bannerButton(element, 'reject-all')!.click();
      await until(() => byTestId('analytics-state')?.textContent === 'denied', `${framework} to show the denied state`);
      await settle(SECOND_RELEASE_WINDOW);
      expect(byTestId('analytics-panel')).to.equal(null);
      expect(gatedLoads(win), 'gated loads after reject all').to.deep.equal([]);
      expect(runs(win)).to.deep.equal([]);
      expect(logged(win)).to.deep.equal([]);
    });

    it(`withdrawing in the preferences, opened by the ${framework}-rendered Cookie settings button, unmounts the panel`, async () => {
      const page = await openApp();
      await acceptAll(page);
      page.byTestId('cookie-settings')!.click();
      await until(() => !!part<HTMLDialogElement>(page.element, 'preferences')?.open, 'the preferences, opened by the Cookie settings button');
      const analytics = categorySwitch(page.element, 'analytics');
      expect(analytics.checked, 'the analytics switch after accept all').to.equal(true);
      analytics.click();
      part(page.element, 'save')!.click();
      await until(() => page.byTestId('analytics-state')?.textContent === 'denied', `${framework} to show the withdrawal`);
      expect(page.byTestId('analytics-panel'), 'the analytics panel after withdrawal').to.equal(null);
      // The browser's own store: Firefox may go on showing the frame's document.cookie the accept-all (see heldRecord).
      await heldRecord('cookie_consent', (record) => record.denied.includes('analytics'));
      expect(logged(page.win)).to.deep.equal([]);
    });

    it(`lang, bound to ${framework} state, switches the banner's language`, async () => {
      const { win, element, byTestId } = await openApp();
      await bannerShows(element);
      byTestId('lang-de')!.click();
      await until(() => bannerButton(element, 'accept-all')?.textContent.trim() === de.acceptAll, 'the German banner', 10_000);
      expect(element.lang).to.equal('de');
      expect(bannerButton(element, 'reject-all')!.textContent.trim()).to.equal(de.rejectAll);
      byTestId('lang-en')!.click();
      await until(() => bannerButton(element, 'accept-all')?.textContent.trim() === en.acceptAll, 'the English banner again');
      expect(logged(win)).to.deep.equal([]);
    });
  });
}
