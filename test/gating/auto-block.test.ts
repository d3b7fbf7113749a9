/**
 * Tags nobody marked: a service's `urls` hold back what other scripts create for them, and
 * refuse requests to them, until the service is granted. Each page is the script-tag build in a
 * same-origin iframe; the "third party" is this test server under another origin
 * (127.0.0.1 instead of localhost), and the server's request log says what left the browser.
 */
import { expect } from '@open-wc/testing';
import { SCRIPT } from '../support/banner.js';
import { consentElementOf, loadPage, newToken, requested, runs, settle, storeDecision, until } from '../support/helpers.js';

/** The stand-in third party's origin: this server, under another host name. */
const THIRD_PARTY = `http://127.0.0.1:${location.port}`;
const WAY_BACK = '<a href="#" data-cookie-consent="preferences">Cookie settings</a>';

/** A page with one service whose pattern covers the token's stand-in files, and `script` run after the element. */
function page(token: string, script: string, attributes = ''): string {
  return `<cookie-consent policy-url="/privacy" categories="analytics" ${attributes}>
      <cookie-category name="analytics"><cookie-service name="stats" urls="127.0.0.1/__gated/${token}/"></cookie-service></cookie-category>
    </cookie-consent>${WAY_BACK}
    <script>const THIRD = ${JSON.stringify(`${THIRD_PARTY}/__gated/${token}`)}; window.__results = {};\n${script}</script>`;
}

/** A loader as tag managers and plugins write them: scripts, a frame and a pixel, made every way a script can. */
const LOADER = `
  const a = document.createElement('script'); a.async = false; a.src = THIRD + '/a.js'; document.head.append(a);
  const b = document.createElement('script'); b.async = false; b.setAttribute('src', THIRD + '/b.js'); document.head.append(b);
  const c = document.createElement('script'); c.async = false; document.head.append(c); c.src = THIRD + '/c.js';
  const frame = document.createElement('iframe'); frame.setAttribute('src', THIRD + '/frame.html'); frame.title = 'Embed'; document.body.append(frame);
  new Image().src = THIRD + '/pixel.gif';
  const own = document.createElement('script'); own.src = '/__gated/OWN_TOKEN/own.js'; document.head.append(own);
  fetch(THIRD + '/fetch.gif').then(() => (__results.fetch = 'sent'), (error) => (__results.fetch = error.name));
  const xhr = new XMLHttpRequest(); xhr.open('GET', THIRD + '/xhr.gif'); xhr.onerror = () => (__results.xhr = 'error'); xhr.onload = () => (__results.xhr = 'load'); xhr.send();
  __results.beacon = navigator.sendBeacon(THIRD + '/beacon.gif', 'x');
`;

describe('auto-blocking: tags nobody marked', () => {
  it('holds scripts, frames and pixels that scripts create, and refuses requests, before consent: nothing leaves the browser', async () => {
    const token = newToken();
    const own = newToken();
    const win = await loadPage(page(token, LOADER.replace('OWN_TOKEN', own)), SCRIPT);
    const results = (win as unknown as { __results: Record<string, unknown> }).__results;
    await until(() => results['fetch'] !== undefined && results['xhr'] !== undefined, 'the refused requests to settle');
    await settle(300);
    expect(await requested(token), 'requests to the service before consent').to.deep.equal([]);
    expect(results).to.deep.equal({ fetch: 'TypeError', xhr: 'error', beacon: false });
    // What does not match the service's URLs loads as ever.
    expect(await requested(own)).to.deep.equal(['own.js']);
    expect(win.document.querySelector('iframe[title="Embed"]')!.getAttribute('data-cookie-consent-held')).to.equal('stats');
  });

  it('on consent, releases each held element once, in the order held; refused requests stay refused', async () => {
    const token = newToken();
    const win = await loadPage(page(token, LOADER.replace('OWN_TOKEN', newToken())), SCRIPT);
    await settle(200);
    consentElementOf(win).accept(['stats']);
    await until(async () => (await requested(token)).length >= 5, 'the released elements');
    await settle(300);
    expect((await requested(token)).sort()).to.deep.equal(['a.js', 'b.js', 'c.js', 'frame.html', 'pixel.gif']);
    expect(runs(win).filter((name) => name !== 'own')).to.deep.equal(['a', 'b', 'c']);
    expect(win.document.querySelector('[data-cookie-consent-held]')).to.equal(null);
    // Once granted, new ones go straight through.
    const later = win.document.createElement('script');
    later.src = `${THIRD_PARTY}/__gated/${token}/later.js`;
    win.document.head.append(later);
    // (no-cors: the stand-in sends no CORS headers; what counts is that the request leaves.)
    await win.fetch(`${THIRD_PARTY}/__gated/${token}/after.gif`, { mode: 'no-cors' });
    await until(() => runs(win).includes('later'), 'the later script');
    expect(await requested(token)).to.include('after.gif');
    expect((await requested(token)).filter((name) => name === 'a.js')).to.have.length(1);
  });

  it("a returning visitor who granted the service gets every tag at once; another service's stay held", async () => {
    storeDecision(['analytics', 'stats'], ['targeting', 'ads']);
    const token = newToken();
    const other = newToken();
    const win = await loadPage(
      `<cookie-consent policy-url="/privacy" categories="analytics targeting">
         <cookie-service name="stats" category="analytics" urls="127.0.0.1/__gated/${token}/"></cookie-service>
         <cookie-service name="ads" category="targeting" urls="127.0.0.1/__gated/${other}/"></cookie-service>
       </cookie-consent>${WAY_BACK}
       <script>
         for (const [token, name] of [[${JSON.stringify(token)}, 'stats'], [${JSON.stringify(other)}, 'ads']]) {
           const script = document.createElement('script'); script.src = ${JSON.stringify(THIRD_PARTY)} + '/__gated/' + token + '/' + name + '.js'; document.head.append(script);
         }
       </script>`,
      SCRIPT,
    );
    await until(() => runs(win).includes('stats'), 'the granted service');
    await settle(200);
    expect(await requested(other)).to.deep.equal([]);
    expect(runs(win)).to.deep.equal(['stats']);
  });

  it('patches nothing on a page whose services declare no URLs', async () => {
    const win = await loadPage(
      `<cookie-consent policy-url="/privacy"><cookie-service name="stats" category="analytics"></cookie-service></cookie-consent>${WAY_BACK}`,
      SCRIPT,
    );
    await settle(100);
    const w = win as unknown as typeof globalThis;
    const native = (owner: object, name: string) => {
      const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- only its source text is read
      return String(descriptor.set ?? descriptor.value).includes('[native code]');
    };
    expect(native(w.HTMLScriptElement.prototype, 'src')).to.equal(true);
    expect(native(w.Element.prototype, 'setAttribute')).to.equal(true);
    expect(native(w, 'fetch')).to.equal(true);
    expect(native(w.XMLHttpRequest.prototype, 'open')).to.equal(true);
    expect(native(Object.getPrototypeOf(w.navigator) as object, 'sendBeacon')).to.equal(true);
  });

  it('keeps what a loader reads back: a held script still reports the src it was given', async () => {
    const token = newToken();
    const win = await loadPage(page(token, "const s = document.createElement('script'); s.src = THIRD + '/a.js'; __results.src = s.src; __results.attr = s.getAttribute('src');"), SCRIPT);
    const results = (win as unknown as { __results: Record<string, unknown> }).__results;
    expect(results['src']).to.equal(`${THIRD_PARTY}/__gated/${token}/a.js`);
    // The attribute itself is never set: that is what keeps the browser from fetching it.
    expect(results['attr']).to.equal(null);
  });

  it('says so, with the fix, when a tag the service matches came before the service declared its URLs', async () => {
    const token = newToken();
    const early = `<script>const early = document.createElement('script'); early.src = ${JSON.stringify(`${THIRD_PARTY}/__gated/${token}/early.js`)}; document.head.append(early);</script>`;
    const win = await loadPage(page(token, ''), `${SCRIPT}${early}`);
    await until(() => win.__warnings.some((warning) => warning.includes('early.js')), 'the warning');
    const warning = win.__warnings.find((line) => line.includes('early.js'))!;
    expect(warning).to.include('matches the urls of <cookie-service name="stats"> but was in the page before the service declared them, so it loaded without consent');
    expect(warning).to.include('Put <cookie-consent> with its services before the code that adds it, or mark it: data-service="stats" with type="text/plain"');
    // What the warning is about: it could not be held.
    expect(await requested(token)).to.deep.equal(['early.js']);
  });
});
