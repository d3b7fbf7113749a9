import { expect } from '@open-wc/testing';
import { readCookie, removeCookie, writeCookie } from '../../src/storage/cookie-storage.js';
import { storedCookie } from '../support/helpers.js';

describe('cookie storage', () => {
  it('writes, reads back and removes a value with characters that need encoding', () => {
    const value = '{"v":1,"granted":["necessary"],"note":"a; b=c, d"}';
    writeCookie('storage_test', value, { days: 1, domain: null, secure: false });
    expect(readCookie('storage_test')).to.equal(value);
    removeCookie('storage_test', null);
    expect(readCookie('storage_test')).to.equal(undefined);
  });

  it('reads an absent cookie as undefined', () => {
    expect(readCookie('never_set')).to.equal(undefined);
  });

  it('does not set a Secure cookie from an http page', async () => {
    // The test server is plain http. document.cookie never shows a cookie's flags, so the flag is
    // read from the browser's cookie store through the automation protocol (puppeteer for
    // Chromium and Firefox, WebDriver for WebKit): every engine tells it. A Secure cookie set
    // here would be stored Secure where the engine takes localhost as secure, and dropped where
    // it does not; either way this fails.
    expect(location.protocol, 'the test page is served over http').to.equal('http:');
    writeCookie('storage_secure', 'x', { days: 1, domain: null, secure: location.protocol === 'https:' });
    expect(readCookie('storage_secure')).to.equal('x');
    const cookie = await storedCookie('storage_secure');
    expect(cookie.value).to.equal('x');
    expect(cookie.secure, 'the stored cookie is not Secure').to.equal(false);
  });
});
