// A test-runner command, `read-cookies`, that reads the page's cookies through the browser's
// automation protocol (puppeteer for Chromium and Firefox, WebDriver for WebKit), so tests can
// check what document.cookie hides: path, domain, SameSite, Secure and expiry.

/** One cookie, the same shape whatever the engine; `expires` in ms since epoch, null for a session cookie. */
const normalise = ({ name, value, path, domain, sameSite, secure, expires }) => ({
  name,
  value,
  path,
  domain,
  sameSite: sameSite ? String(sameSite).toLowerCase() : null,
  secure: !!secure,
  expires: typeof expires === 'number' && expires > 0 ? Math.round(expires * 1000) : null,
});

export function readCookiesPlugin() {
  return {
    name: 'read-cookies',
    async executeCommand({ command, session }) {
      if (command !== 'read-cookies') return undefined;
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        return (await page.cookies()).map(normalise);
      }
      if (browser.type === 'webdriver') {
        // The launcher keeps its webdriverio session in `driver`.
        const cookies = await browser.driver.getCookies();
        return cookies.map((cookie) => normalise({ ...cookie, expires: cookie.expiry }));
      }
      throw new Error(`read-cookies is not supported for browser type ${browser.type}`);
    },
  };
}
