/**
 * Search-engine and link-preview crawlers get no banner, so it never becomes their indexed
 * content or preview text; browsers, automation and audits (HeadlessChrome, Playwright,
 * Puppeteer, Lighthouse, `navigator.webdriver`) are visitors and get it.
 */
import { expect } from '@open-wc/testing';
import { isCrawler } from '../../src/core/crawler.js';
import { SCRIPT } from '../support/banner.js';
import { consentElementOf, gatedUrl, loadPage, newToken, part, requested, runs, settle, until } from '../support/helpers.js';

/** User agents as the crawlers send them. */
const CRAWLERS: Record<string, string> = {
  Googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Googlebot Smartphone':
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.201 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  Bingbot: 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36',
  Applebot:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
  DuckDuckBot: 'DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)',
  YandexBot: 'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
  Baiduspider: 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
  facebookexternalhit: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  Twitterbot: 'Twitterbot/1.0',
  LinkedInBot: 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  'Slackbot-LinkExpanding': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  Discordbot: 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
  WhatsApp: 'WhatsApp/2.23.20.0 A',
  TelegramBot: 'TelegramBot (like TwitterBot)',
};

/** User agents of visitors, automation and audits. */
const VISITORS: Record<string, string> = {
  'desktop Chrome': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'desktop Firefox': 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'desktop Safari': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  'a CUBOT Android phone': 'Mozilla/5.0 (Linux; Android 12; CUBOT KINGKONG 7 Build/SP1A.210812.016) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36',
  'another CUBOT phone': 'Mozilla/5.0 (Linux; Android 10; CUBOT_X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  HeadlessChrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.6367.60 Safari/537.36',
  "Puppeteer's default": 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/121.0.6167.85 Safari/537.36',
  "Playwright's request default": 'Playwright/1.43.1 (x64; ubuntu 22.04) node/20.12',
  "Playwright's Firefox": 'Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0',
  "Playwright's WebKit": 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Lighthouse (mobile)':
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
  'Lighthouse (desktop)': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 Chrome-Lighthouse',
};

/** A head script giving the page `userAgent`, before the product script. */
const withUserAgent = (userAgent: string) =>
  `<script>Object.defineProperty(navigator, 'userAgent', { value: ${JSON.stringify(userAgent)}, configurable: true })</script>`;

describe('isCrawler()', () => {
  for (const [name, userAgent] of Object.entries(CRAWLERS)) {
    it(`is true for ${name}`, () => {
      expect(isCrawler(userAgent), userAgent).to.equal(true);
    });
  }
  for (const [name, userAgent] of Object.entries(VISITORS)) {
    it(`is false for ${name}`, () => {
      expect(isCrawler(userAgent), userAgent).to.equal(false);
    });
  }
});

describe('a crawler visiting the page', () => {
  const body = (token: string) =>
    `<main><h1>Shop</h1></main><cookie-consent categories="analytics"></cookie-consent>
     <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'stats.js')}"></script>`;

  it('Googlebot gets no banner and the gated script is not requested', async () => {
    const token = newToken();
    const page = await loadPage(body(token), `${withUserAgent(CRAWLERS.Googlebot!)}${SCRIPT}`);
    expect(page.navigator.userAgent).to.contain('Googlebot');
    const element = consentElementOf(page);
    expect(page.customElements.get('cookie-consent'), 'the product ran').to.not.equal(undefined);
    await element.updateComplete;
    await settle(500);
    expect(part(element, 'banner')).to.equal(null);
    expect(page.document.body.innerText).to.not.contain('Accept all');
    expect(await requested(token)).to.deep.equal([]);
    expect(runs(page)).to.deep.equal([]);
    expect(element.hasConsent('analytics')).to.equal(false);
  });

  it('a browser under automation (navigator.webdriver, HeadlessChrome) sees the banner', async () => {
    const token = newToken();
    // navigator.webdriver is true in the test browsers; set it where an engine does not, so the
    // page always presents itself as automated.
    const page = await loadPage(
      body(token),
      `<script>if (!navigator.webdriver) Object.defineProperty(navigator, 'webdriver', { value: true, configurable: true })</script>${withUserAgent(VISITORS.HeadlessChrome!)}${SCRIPT}`,
    );
    expect(page.navigator.webdriver).to.equal(true);
    expect(page.navigator.userAgent).to.contain('HeadlessChrome');
    const element = consentElementOf(page);
    await until(() => !!part(element, 'banner'), 'the banner');
    expect(await requested(token)).to.deep.equal([]);
    element.acceptAll();
    await until(() => runs(page).includes('stats'), 'the gated script');
  });
});
