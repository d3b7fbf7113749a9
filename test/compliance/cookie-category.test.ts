/**
 * `<cookie-category>` children of `<cookie-consent>`: the site owner's wording for a category,
 * categories of their own, and the cookies and `localStorage` keys deleted when a category is
 * denied; plus `reload-on-withdraw`. Each page is the script-tag build in a same-origin iframe.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/index.js';
import { cookieLocations, matchesName } from '../../src/core/category-details.js';
import { categorySwitch, loadBannerPage, openPreferences, SCRIPT } from '../support/banner.js';
import { consentElementOf, gatedUrl, loadPage, newToken, part, parts, requested, runs, settle, storeDecision, storedRecord, until } from '../support/helpers.js';

/** The paths a test sets its cookies on: `/`, and the page's own path when it differs. */
const cookiePaths = (): string[] => [...new Set(['/', location.pathname])];

/** Sets each cookie on every path of {@link cookiePaths}. */
function setCookies(names: readonly string[]): void {
  for (const name of names) for (const path of cookiePaths()) document.cookie = `${name}=1; Path=${path}`;
}

/** Names of the cookies the page can read (a name set on two paths counts once). */
const cookieNames = (): string[] => [...new Set(document.cookie.split(';').map((cookie) => cookie.split('=')[0]!.trim()).filter(Boolean))];

/** Deletes the cookies set by {@link setCookies}, wherever they were set. */
function removeCookies(names: readonly string[]): void {
  for (const name of names) for (const path of cookiePaths()) document.cookie = `${name}=; Max-Age=0; Path=${path}`;
}

const ANALYTICS_COOKIES = ['_ga', '_ga_ABC123', '_ga_XYZ', '_gid'];
const TARGETING_COOKIES = ['_fbp', 'ads_1', 'ads_2'];
/** Cookies no category declares: `_gat` and `_gidx` look close to declared ones but do not match. */
const UNDECLARED_COOKIES = ['session_id', '_gat', '_gidx'];
const ALL_TEST_COOKIES = [...ANALYTICS_COOKIES, ...TARGETING_COOKIES, ...UNDECLARED_COOKIES];
const STORAGE_KEYS = ['plausible_ignore', 'ads_seen', 'keep_me'];

const ANALYTICS_CHILD =
  '<cookie-category name="analytics" label="Statistics" cookies="_ga _ga_* _gid" storage="plausible_ignore">Counts visits and shows which pages are popular.</cookie-category>';
const TARGETING_CHILD = '<cookie-category name="targeting" cookies="_fbp ads_*" storage="ads_seen"></cookie-category>';

/** A page offering analytics and targeting, both declared with their cookies and keys. */
const DECLARED_PAGE = `<cookie-consent categories="analytics targeting">${ANALYTICS_CHILD}${TARGETING_CHILD}</cookie-consent>`;

/** The banner's line listing the optional categories. */
function purposesLine(element: CookieConsent): string | undefined {
  const lines = [...(part(element, 'banner')?.querySelectorAll('p') ?? [])].map((p) => p.textContent.trim());
  return lines.find((line) => line.startsWith('Optional cookies:'));
}

/** The preferences' row of a category: its switch, its label's text and its description. */
function row(element: CookieConsent, id: string): { toggle: HTMLInputElement; label: string; description: string } {
  const toggle = categorySwitch(element, id);
  const description = element.shadowRoot!.getElementById(toggle.getAttribute('aria-describedby')!);
  return { toggle, label: toggle.closest('label')!.textContent.replace(/\s+/g, ' ').trim(), description: description?.textContent.trim() ?? '' };
}

describe('<cookie-category> wording', () => {
  it("the banner's purposes line uses the declared label, from the moment the banner shows", async () => {
    // Checked as soon as the banner appears: a banner first drawn with the built-in label and
    // redrawn later shows the visitor the wrong wording.
    const { element } = await loadBannerPage(DECLARED_PAGE);
    expect(purposesLine(element)).to.equal('Optional cookies: Statistics, Targeting');
    await settle(300);
    expect(purposesLine(element)).to.equal('Optional cookies: Statistics, Targeting');
  });

  it('the preferences show the declared label and description; undeclared wording stays built in', async () => {
    const { element } = await loadBannerPage(DECLARED_PAGE);
    await openPreferences(element, 'api');
    const analytics = row(element, 'analytics');
    expect(analytics.label).to.equal('Statistics');
    expect(analytics.description).to.equal('Counts visits and shows which pages are popular.');
    // The targeting child declares data only: its built-in label and description remain.
    const targeting = row(element, 'targeting');
    expect(targeting.label).to.equal('Targeting');
    expect(targeting.description).to.not.equal('');
  });

  it("the children's text is not shown on the page", async () => {
    const page = await loadPage(`<p>Shop</p>${DECLARED_PAGE}`, SCRIPT);
    const element = consentElementOf(page);
    const child = element.querySelector('cookie-category')!;
    await until(() => !!part(element, 'banner'), 'the banner');
    expect(child.getClientRects().length, 'the <cookie-category> has no box on the page').to.equal(0);
    expect(page.document.body.innerText).to.contain('Shop');
    expect(page.document.body.innerText).to.not.contain('Counts visits');
  });

  it('a child with a new name adds that category: its switch appears and its gated script runs once granted', async () => {
    const token = newToken();
    const { element } = await loadBannerPage(
      `<cookie-consent policy-url="/privacy" categories="analytics"><cookie-category name="chat" label="Live chat">Lets you talk to our support team.</cookie-category></cookie-consent>
       <script type="text/plain" data-category="chat" src="${gatedUrl(token, 'chat.js')}"></script>
       <a href="#" data-cookie-consent="preferences">Cookie settings</a>`,
    );
    // (Whether the first banner drawn already has it is the label test's concern.)
    await until(() => purposesLine(element) === 'Optional cookies: Analytics, Live chat', 'the new category in the purposes line');
    await openPreferences(element, 'api');
    expect(parts<HTMLInputElement>(element, 'toggle').map((toggle) => toggle.name)).to.deep.equal(['necessary', 'analytics', 'chat']);
    const chat = row(element, 'chat');
    expect(chat.label).to.equal('Live chat');
    expect(chat.description).to.equal('Lets you talk to our support team.');
    expect(chat.toggle.checked).to.equal(false);
    await settle(100);
    expect(await requested(token), 'nothing requested before consent').to.deep.equal([]);
    chat.toggle.click();
    part(element, 'save')!.click();
    await until(() => runs(element.ownerDocument.defaultView!).includes('chat'), 'the chat script');
    expect(await requested(token)).to.deep.equal(['chat.js']);
    expect(element.consent).to.deep.equal({ necessary: true, analytics: false, chat: true });
    expect(storedRecord('cookie_consent', element.ownerDocument).granted).to.include('chat');
  });

  it('a returning visitor who granted a declared new category gets its gated script, without any warning', async () => {
    storeDecision(['chat'], ['analytics']);
    const token = newToken();
    const page = await loadPage(
      `<cookie-consent policy-url="/privacy" categories="analytics"><cookie-category name="chat" label="Live chat">Lets you talk to our support team.</cookie-category></cookie-consent>
       <script type="text/plain" data-category="chat" src="${gatedUrl(token, 'chat.js')}"></script>
       <a href="#" data-cookie-consent="preferences">Cookie settings</a>`,
      SCRIPT,
    );
    await until(() => runs(page).includes('chat'), 'the chat script');
    const element = consentElementOf(page);
    expect(element.consent).to.deep.equal({ necessary: true, analytics: false, chat: true });
    expect(part(element, 'banner')).to.equal(null);
    expect(await requested(token)).to.deep.equal(['chat.js']);
    expect(page.__warnings, 'a correct page gets no console warning').to.deep.equal([]);
  });

  it('a malformed child name is skipped with a warning', async () => {
    const { page, element } = await loadBannerPage(
      `<cookie-consent categories="analytics"><cookie-category name="Bad name!" label="Bogus">Bogus purpose.</cookie-category>${ANALYTICS_CHILD}</cookie-consent>`,
    );
    expect(page.__warnings.some((warning) => warning.includes('cookie-category') && warning.includes('Bad name!')), page.__warnings.join('\n')).to.equal(true);
    expect(purposesLine(element)).to.equal('Optional cookies: Statistics');
    await openPreferences(element, 'api');
    expect(parts<HTMLInputElement>(element, 'toggle').map((toggle) => toggle.name)).to.deep.equal(['necessary', 'analytics']);
    expect(element.shadowRoot!.textContent).to.not.contain('Bogus');
    element.acceptAll();
    expect(element.consent).to.deep.equal({ necessary: true, analytics: true });
  });
});

describe('<cookie-category> data deleted when its category is denied', () => {
  beforeEach(() => {
    for (const key of STORAGE_KEYS) localStorage.removeItem(key);
  });
  afterEach(() => {
    // The root hooks clear the cookies on `/` only: these are set on the page's own path too.
    removeCookies(ALL_TEST_COOKIES);
    for (const key of STORAGE_KEYS) localStorage.removeItem(key);
  });

  const setData = () => {
    setCookies(ALL_TEST_COOKIES);
    for (const key of STORAGE_KEYS) localStorage.setItem(key, '1');
  };
  const gone = (names: readonly string[]) => names.every((name) => !cookieNames().includes(name));
  const storageKeys = () => STORAGE_KEYS.filter((key) => localStorage.getItem(key) !== null);

  it('rejecting all deletes the declared cookies (exact and wildcard) and keys; undeclared ones stay', async () => {
    const { element } = await loadBannerPage(DECLARED_PAGE);
    setData();
    part(element, 'reject-all')!.click();
    await until(() => gone([...ANALYTICS_COOKIES, ...TARGETING_COOKIES]) && storageKeys().length === 1, 'the declared cookies and keys deleted');
    await settle(100);
    expect(cookieNames()).to.include.members([...UNDECLARED_COOKIES, 'cookie_consent']);
    expect(storageKeys()).to.deep.equal(['keep_me']);
  });

  it("denying one category deletes only its data; a granted category's cookies stay", async () => {
    const { element } = await loadBannerPage(DECLARED_PAGE);
    setData();
    element.accept(['analytics']);
    await until(() => gone(TARGETING_COOKIES) && localStorage.getItem('ads_seen') === null, "targeting's cookies and key deleted");
    await settle(200);
    expect(cookieNames()).to.include.members([...ANALYTICS_COOKIES, ...UNDECLARED_COOKIES]);
    expect(storageKeys()).to.deep.equal(['plausible_ignore', 'keep_me']);
  });

  it('withdrawing a granted category in the preferences deletes its data', async () => {
    const { element } = await loadBannerPage(DECLARED_PAGE);
    element.acceptAll();
    setData();
    await openPreferences(element, 'api');
    row(element, 'analytics').toggle.click();
    part(element, 'save')!.click();
    await until(() => gone(ANALYTICS_COOKIES) && localStorage.getItem('plausible_ignore') === null, "analytics' cookies and key deleted");
    await settle(100);
    expect(cookieNames()).to.include.members([...TARGETING_COOKIES, ...UNDECLARED_COOKIES]);
    expect(storageKeys()).to.deep.equal(['ads_seen', 'keep_me']);
  });

  it('a returning visitor whose stored decision denies a category gets its data deleted on page load', async () => {
    storeDecision(['targeting'], ['analytics']);
    setData();
    const page = await loadPage(DECLARED_PAGE, SCRIPT);
    await until(() => gone(ANALYTICS_COOKIES) && localStorage.getItem('plausible_ignore') === null, "analytics' cookies and key deleted");
    await settle(200);
    expect(cookieNames()).to.include.members([...TARGETING_COOKIES, ...UNDECLARED_COOKIES]);
    expect(storageKeys()).to.deep.equal(['ads_seen', 'keep_me']);
    expect(part(consentElementOf(page), 'banner'), 'no banner for a returning visitor').to.equal(null);
  });

  it('a returning visitor who granted every category keeps all its data', async () => {
    storeDecision(['analytics', 'targeting'], []);
    setData();
    const page = await loadPage(DECLARED_PAGE, SCRIPT);
    const element = consentElementOf(page);
    await element.updateComplete;
    await settle(300);
    expect(element.consent).to.deep.equal({ necessary: true, analytics: true, targeting: true });
    expect(cookieNames()).to.include.members(ALL_TEST_COOKIES);
    expect(storageKeys()).to.deep.equal(STORAGE_KEYS);
  });
});

describe('reload-on-withdraw', () => {
  type Marked = Window & { __warnings: string[]; __marker?: boolean };

  /** Loads a page and counts its reloads (the iframe's later load events). */
  async function watchedPage(attributes: string): Promise<{ page: Marked; element: CookieConsent; reloads: () => number }> {
    const page: Marked = await loadPage(`<cookie-consent categories="analytics targeting" ${attributes}></cookie-consent>`, SCRIPT);
    let reloads = 0;
    page.frameElement!.addEventListener('load', () => (reloads += 1));
    page.__marker = true;
    return { page, element: consentElementOf(page), reloads: () => reloads };
  }

  it('withdrawing a category granted earlier in the page reloads the page; granting does not', async () => {
    const { page, element, reloads } = await watchedPage('reload-on-withdraw');
    await until(() => !!part(element, 'banner'), 'the banner');
    element.acceptAll();
    await settle(400);
    expect(reloads(), 'granting does not reload').to.equal(0);
    expect(page.__marker).to.equal(true);
    element.accept(['targeting']);
    await until(() => reloads() === 1, 'the page to reload');
    expect(page.__marker, 'a fresh page').to.equal(undefined);
    const reloaded = consentElementOf(page);
    expect(reloaded.hasConsent('analytics')).to.equal(false);
    expect(reloaded.hasConsent('targeting')).to.equal(true);
  });

  it("withdrawing a returning visitor's stored grant reloads the page", async () => {
    storeDecision(['analytics'], ['targeting']);
    const { page, element, reloads } = await watchedPage('reload-on-withdraw');
    element.rejectAll();
    await until(() => reloads() === 1, 'the page to reload');
    expect(page.__marker).to.equal(undefined);
  });

  it('without the attribute, withdrawing does not reload', async () => {
    const { page, element, reloads } = await watchedPage('');
    await until(() => !!part(element, 'banner'), 'the banner');
    element.acceptAll();
    await settle(100);
    element.rejectAll();
    await settle(600);
    expect(reloads()).to.equal(0);
    expect(page.__marker).to.equal(true);
    expect(element.hasConsent('analytics')).to.equal(false);
  });
});

describe('cookieLocations() and matchesName()', () => {
  it('lists the host, its parent domains and each folder of the path', () => {
    expect(cookieLocations('shop.example.com', '/a/b')).to.deep.equal({
      domains: [null, 'shop.example.com', 'example.com'],
      paths: ['/', '/a', '/a/', '/a/b', '/a/b/'],
    });
  });

  it('a single-label host or an IP address has no parent domains', () => {
    expect(cookieLocations('localhost', '/').domains).to.deep.equal([null]);
    expect(cookieLocations('127.0.0.1', '/x').domains).to.deep.equal([null]);
    expect(cookieLocations('127.0.0.1', '/x').paths).to.deep.equal(['/', '/x', '/x/']);
  });

  it('matches exact names and * wildcards, case-sensitively', () => {
    expect(matchesName('_ga', '_ga')).to.equal(true);
    expect(matchesName('_ga', '_gat')).to.equal(false);
    expect(matchesName('_ga', '_GA')).to.equal(false);
    expect(matchesName('_ga_*', '_ga_ABC123')).to.equal(true);
    expect(matchesName('_ga_*', '_ga_')).to.equal(true);
    expect(matchesName('_ga_*', '_ga')).to.equal(false);
    expect(matchesName('_ga_*', 'x_ga_1')).to.equal(false);
    expect(matchesName('*_id', 'user_id')).to.equal(true);
    expect(matchesName('a*c', 'abbbc')).to.equal(true);
    expect(matchesName('a*c', 'abcd')).to.equal(false);
    expect(matchesName('*', 'anything')).to.equal(true);
  });

  it('treats other characters literally', () => {
    expect(matchesName('a.b*', 'axb1')).to.equal(false);
    expect(matchesName('a.b*', 'a.b1')).to.equal(true);
    expect(matchesName('a+*', 'aa')).to.equal(false);
    expect(matchesName('a+*', 'a+1')).to.equal(true);
  });
});
