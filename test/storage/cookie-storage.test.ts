import { expect } from '@open-wc/testing';
import { readCookie, removeCookie, writeCookie } from '../../src/storage/cookie-storage.js';
import { clearCookies } from '../support/helpers.js';

describe('cookie storage', () => {
  afterEach(clearCookies);

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

  it('does not set a Secure cookie from an http page', () => {
    // localhost is http here: a Secure cookie would be dropped by non-Chromium engines.
    writeCookie('storage_secure', 'x', { days: 1, domain: null, secure: location.protocol === 'https:' });
    expect(readCookie('storage_secure')).to.equal('x');
  });
});
