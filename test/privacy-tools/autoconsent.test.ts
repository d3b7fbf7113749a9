/**
 * DuckDuckGo's autoconsent, the engine of its browsers' Cookie Pop-up Protection, answering our
 * banner with the rule we offer upstream (docs/autoconsent/cookie-consent-banner.json, see
 * docs/privacy-tools.md). The real library (node_modules/@duckduckgo/autoconsent, its ES module)
 * runs inside the page, as its content script does in a tab, with the rule and all of upstream's
 * own JSON rules; this file plays the browser's side of its message protocol (init → initResp,
 * optOutResult → selfTest). What counts is the outcome: what the library reports, what the
 * product stored, and what the page requested.
 */
import { expect } from '@open-wc/testing';
import type AutoConsent from '@duckduckgo/autoconsent';
import type { AutoConsentCMPRule, BackgroundMessage, Config, ContentScriptMessage, ReportMessage, RuleBundle } from '@duckduckgo/autoconsent';
import type { CookieConsent } from '../../src/index.js';
import { consentElementOf, loadPage, loadUrl, part, removePages, resourcePaths, settle, until, writtenRecord } from '../support/helpers.js';

const LIBRARY = '/node_modules/@duckduckgo/autoconsent/dist/autoconsent.esm.js';
const UPSTREAM_RULES = '/node_modules/@duckduckgo/autoconsent/rules/rules.json';
const OUR_RULE = '/docs/autoconsent/cookie-consent-banner.json';
const OURS = 'cookie-consent-banner';

/** What the demo shop holds back until consent (demo/index.html): every vendor file but the tag loader, which is not gated. */
const DEMO_GATED = ['analytics.js', 'heatmap.js', 'chat.js', 'ads.js', 'pixel.gif', 'video.html'].map((file) => `/demo/vendor/${file}`);
/** Everything the demo asks a visitor about: its three optional categories and its two analytics services. */
const DEMO_OPTIONAL = ['analytics', 'functionality', 'targeting', 'beanstats', 'roastmap'];

/** The configuration DuckDuckGo's apps hand out (the library's defaults), opting out by itself. */
const CONFIG: Config = {
  enabled: true,
  autoAction: 'optOut',
  disabledCmps: [],
  enablePrehide: true,
  enableCosmeticRules: true,
  enableGeneratedRules: true,
  enableHeuristicDetection: false,
  enablePopupMutationObserver: false,
  detectRetries: 20,
  // The library runs in the page's own world here (no isolated content-script world), so eval
  // steps of upstream rules may run inline rather than be sent out as `eval` messages.
  isMainWorld: true,
  prehideTimeout: 2000,
  visualTest: false,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: true, messages: false, waits: false },
  performanceLoggingEnabled: false,
  heuristicPopupSearchTimeout: 100,
  heuristicMode: 'off',
};

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Our rule among all of upstream's, so a detection by any other rule shows. The test pages are
 * frames of the runner's page, where the library runs only rules made for frames: each rule is
 * given in a frame the context it has in a tab's top document (frame = main), nothing else.
 */
async function rulesBundle(): Promise<RuleBundle> {
  const [ours, upstream] = await Promise.all([fetchJson<AutoConsentCMPRule>(OUR_RULE), fetchJson<RuleBundle>(UPSTREAM_RULES)]);
  expect(upstream.autoconsent.map((rule) => rule.name), 'upstream has no rule of that name yet').to.not.include(OURS);
  const asInTopDocument = (rule: AutoConsentCMPRule): AutoConsentCMPRule => ({ ...rule, runContext: { ...rule.runContext, frame: rule.runContext?.main ?? true } });
  return { autoconsent: [...upstream.autoconsent, ours].map(asInTopDocument) };
}

type Library = typeof AutoConsent;

/**
 * The library's class as the page `win` imports it: its module runs in that page's realm, so the
 * document, window and cookies it reads are the page's, as in a content script.
 */
function libraryIn(win: Window): Promise<Library> {
  const page = win as Window & { __autoconsentLoaded?: (library: Library) => void };
  return new Promise<Library>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${LIBRARY} did not load in the page`)), 10_000);
    page.__autoconsentLoaded = (library) => {
      clearTimeout(timer);
      resolve(library);
    };
    const script = win.document.createElement('script');
    script.type = 'module';
    script.textContent = `import AutoConsent from ${JSON.stringify(LIBRARY)}; window.__autoconsentLoaded(AutoConsent);`;
    script.addEventListener('error', () => reject(new Error(`${LIBRARY} failed to load in the page`)));
    win.document.head.append(script);
  });
}

/** One run of the library in a page: every message it sent, in order. */
interface Run {
  messages: ContentScriptMessage[];
  /** Messages of `type` that name a CMP, by CMP name. */
  cmps(type: 'cmpDetected' | 'popupFound'): string[];
  /** The first message of `type`, once sent (rejects after `timeout` ms). */
  message<T extends ContentScriptMessage['type']>(type: T, timeout?: number): Promise<Extract<ContentScriptMessage, { type: T }>>;
  /** The state in the library's latest `report`. */
  state(): ReportMessage['state'] | undefined;
  /** Sends the library a message from the browser's side (`optOut`, `optIn`, `selfTest`). */
  send(message: BackgroundMessage): Promise<void>;
}

/**
 * Starts the library in `win` as a browser does: constructed without a configuration, it sends
 * `init`, and gets `initResp` with the configuration and the rules; after an opt-out that has a
 * self-test, it is asked for one (`selfTest`), as DuckDuckGo's apps and upstream's test runner do.
 */
async function runAutoconsent(win: Window, config: Partial<Config> = {}): Promise<Run> {
  const [Library, rules] = await Promise.all([libraryIn(win), rulesBundle()]);
  const messages: ContentScriptMessage[] = [];
  const holder: { instance?: AutoConsent } = {};
  const answer = async (message: BackgroundMessage) => {
    // `init` is sent from inside the constructor: answered once it has returned.
    await until(() => !!holder.instance, 'the AutoConsent instance');
    await holder.instance!.receiveMessageCallback(message);
  };
  const send = (message: ContentScriptMessage): Promise<void> => {
    messages.push(message);
    if (message.type === 'init') void answer({ type: 'initResp', config: { ...CONFIG, ...config }, rules });
    if (message.type === 'optOutResult' && message.scheduleSelfTest) void answer({ type: 'selfTest' });
    return Promise.resolve();
  };
  holder.instance = new Library(send);
  const find = <T extends ContentScriptMessage['type']>(type: T) => messages.find((message): message is Extract<ContentScriptMessage, { type: T }> => message.type === type);
  return {
    messages,
    cmps: (type) => messages.flatMap((message) => (message.type === type ? [message.cmp] : [])),
    async message(type, timeout = 15_000) {
      await until(() => !!find(type), `autoconsent's ${type} message`, timeout);
      return find(type)!;
    },
    state: () => messages.filter((message): message is ReportMessage => message.type === 'report').at(-1)?.state,
    send: answer,
  };
}

/**
 * Resolves once the library has given up finding any CMP in the page (lifecycle
 * `nothingDetected`), or has detected one, so the caller's assertions say which.
 */
async function searchOver(run: Run): Promise<void> {
  await until(() => run.state()?.lifecycle === 'nothingDetected' || run.cmps('cmpDetected').length > 0, 'autoconsent to finish looking', 10_000);
}

/** The demo shop as `npm start` serves it, once its first layer shows: a first visit. */
async function demoFirstVisit(query = ''): Promise<{ page: Window; element: CookieConsent }> {
  const page = await loadUrl(`/__demo/${query}`);
  const element = consentElementOf(page);
  await until(() => !!part(element, 'banner'), 'the demo\'s banner', 10_000);
  return { page, element };
}

describe('DuckDuckGo autoconsent with our rule (docs/autoconsent/cookie-consent-banner.json)', function () {
  // Loading upstream's ~700 kB of rules and the demo, then the library's own detection and opt-out.
  this.timeout(30_000);

  it('on the demo\'s first visit: detects our banner, rejects all, and the stored decision is a refusal with nothing released', async () => {
    const { page, element } = await demoFirstVisit();
    const run = await runAutoconsent(page);

    const done = await run.message('autoconsentDone');
    expect(done.cmp).to.equal(OURS);
    expect(done.isCosmetic).to.equal(false);
    // Ours and no other of upstream's rules claimed the page, and its popup was found once.
    expect([...new Set(run.cmps('cmpDetected'))]).to.deep.equal([OURS]);
    expect(run.cmps('popupFound')).to.deep.equal([OURS]);
    const optOut = await run.message('optOutResult');
    expect(optOut).to.include({ cmp: OURS, result: true, scheduleSelfTest: true });
    // The rule's own test step (cookieContains) reads the refusal back from the cookie.
    const selfTest = await run.message('selfTestResult');
    expect(selfTest).to.include({ cmp: OURS, result: true });
    expect(run.messages.filter((message) => message.type === 'autoconsentError')).to.deep.equal([]);

    // The outcome, from the product's side: the banner is gone, the cookie holds a refusal.
    expect(part(element, 'banner')).to.equal(null);
    const record = await writtenRecord();
    expect(record.granted).to.deep.equal(['necessary']);
    expect(record.denied).to.have.members(DEMO_OPTIONAL);
    expect(DEMO_OPTIONAL.filter((id) => element.hasConsent(id))).to.deep.equal([]);
    // As the rule's test step reads it: js-cookie's encoding, which leaves `:` and `[ ]` as they are.
    expect(page.document.cookie).to.contain('cookie_consent=').and.to.contain('%22granted%22:[%22necessary%22]');
    // A decision releases at once what it grants (a later task at most): give it the time, then
    // nothing the demo holds back was requested. The tag loader, not gated, shows the list is read.
    await settle(500);
    const vendor = resourcePaths(page, '/demo/vendor/');
    expect(vendor).to.include('/demo/vendor/tag-loader.js');
    expect(vendor.filter((path) => DEMO_GATED.includes(path))).to.deep.equal([]);
  });

  it('for a visitor who already decided: no popup, and the rule does not even match (upstream\'s check after a reload)', async () => {
    // The decision made with the product's own API, so the cookie is exactly what it writes.
    const first = await demoFirstVisit();
    consentElementOf(first.page).rejectAll();
    await writtenRecord();
    await removePages();

    const page = await loadUrl('/__demo/');
    const element = consentElementOf(page);
    // The element is live (the demo's settings button is drawn in its shadow root), but a
    // returning visitor gets no banner: hidden here, and never drawn.
    await until(() => !!part(element, 'settings-button'), 'the settings button of a returning visitor', 10_000);
    expect(part(element, 'banner')).to.equal(null);

    // Few retries, so the library reports that it found nothing instead of watching the page for
    // a minute; the returning visitor's page does not change, so more would not find more.
    const run = await runAutoconsent(page, { detectRetries: 1 });
    await searchOver(run);
    expect(run.cmps('cmpDetected')).to.deep.equal([]);
    expect(run.cmps('popupFound')).to.deep.equal([]);
    // It looked more than once: the page was searched again after a wait, not once too early.
    expect(run.state()!.findCmpAttempts).to.be.at.least(2);
    expect(run.messages.filter((message) => message.type === 'optOutResult' || message.type === 'optInResult')).to.deep.equal([]);
  });

  it('on a page without our element, the rule is not detected, even where a site\'s own notice uses the same part names', async () => {
    // A site's own cookie notice, not ours: plain light DOM, no <cookie-consent>, same part names.
    const page = await loadPage(`<h1>Shop</h1>
      <section part="banner" style="position: fixed; bottom: 0">We use cookies.
        <button part="reject-all" onclick="window.__clicked = 'reject'">Reject all</button>
        <button part="accept-all" onclick="window.__clicked = 'accept'">Accept all</button>
      </section>`);
    const run = await runAutoconsent(page, { detectRetries: 1 });
    await searchOver(run);
    expect(run.cmps('cmpDetected')).to.deep.equal([]);
    expect(run.cmps('popupFound')).to.deep.equal([]);
    // It looked more than once: the page was searched again after a wait, not once too early.
    expect(run.state()!.findCmpAttempts).to.be.at.least(2);
    expect((page as Window & { __clicked?: string }).__clicked).to.equal(undefined);
  });

  it('opts in through Accept all when told to (autoAction optIn): everything granted, the demo\'s analytics released', async () => {
    const { page, element } = await demoFirstVisit();
    const run = await runAutoconsent(page, { autoAction: 'optIn' });
    const optIn = await run.message('optInResult');
    expect(optIn).to.include({ cmp: OURS, result: true });
    expect((await run.message('autoconsentDone')).cmp).to.equal(OURS);
    expect(part(element, 'banner')).to.equal(null);
    const record = await writtenRecord();
    expect(record.granted).to.have.members(['necessary', ...DEMO_OPTIONAL]);
    expect(record.denied).to.deep.equal([]);
    await until(() => resourcePaths(page, '/demo/vendor/').includes('/demo/vendor/analytics.js'), 'the analytics tag, granted');
  });

  it('left to the browser to decide (no autoAction): prehides our banner alone, then opts out when told', async () => {
    const { page, element } = await demoFirstVisit();
    // A long prehide timeout, so the library does not unhide on its own before the check.
    const run = await runAutoconsent(page, { autoAction: null, prehideTimeout: 10_000 });
    expect((await run.message('popupFound')).cmp).to.equal(OURS);
    // The rule's prehide selector (cookie-consent::part(banner)) reaches into the shadow root in
    // this engine, and hides the banner, not the page around it.
    expect(run.state()!.prehideOn).to.equal(true);
    expect(page.getComputedStyle(part(element, 'banner')!).opacity).to.equal('0');
    expect(page.getComputedStyle(page.document.body).opacity).to.equal('1');
    expect(run.messages.filter((message) => message.type === 'optOutResult')).to.deep.equal([]);

    await run.send({ type: 'optOut' });
    expect(await run.message('optOutResult')).to.include({ cmp: OURS, result: true });
    expect(part(element, 'banner')).to.equal(null);
    expect(page.document.getElementById('autoconsent-prehide'), 'the prehide style removed').to.equal(null);
    expect((await writtenRecord()).granted).to.deep.equal(['necessary']);
  });

  it('under the US rule (?region=US-CA), whose notice has no Reject all: rejects all in the preferences', async () => {
    const { page, element } = await demoFirstVisit('?region=US-CA');
    expect(part(element, 'do-not-sell'), 'the US notice').to.not.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="banner"] [part~="reject-all"]'), 'the US notice has no Reject all').to.equal(null);
    const run = await runAutoconsent(page);
    expect(await run.message('optOutResult')).to.include({ cmp: OURS, result: true });
    expect(await run.message('selfTestResult')).to.include({ cmp: OURS, result: true });
    expect(part(element, 'banner')).to.equal(null);
    expect(part<HTMLDialogElement>(element, 'preferences')?.open ?? false, 'the preferences closed').to.equal(false);
    const record = await writtenRecord();
    expect(record.granted).to.deep.equal(['necessary']);
    expect(record.denied).to.have.members(DEMO_OPTIONAL);
  });
});
