/**
 * A page with hundreds of gated scripts, iframes and images: each released once, in order, and
 * without quadratic work. The work is measured at two sizes; going from 100 to 500 elements
 * (5×) must cost about 5× (linear), far from the 25× a quadratic pass would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CookieConsent } from '../../src/index.js';
import { clearCookies, gatedUrl, newToken, requested, resetRuns, runs, until } from '../support/helpers.js';

// Count the MutationObserver callbacks the page runs (the gating module observes the document).
let observerCalls = 0;
const NativeObserver = window.MutationObserver;
window.MutationObserver = class extends NativeObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      observerCalls += 1;
      callback(records, observer);
    });
  }
};

/** `n` gated elements: 80% inline and external scripts, 10% iframes, 10% images, in one subtree. */
function gatedPage(token: string, n: number): HTMLElement {
  const parts: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const kind = i % 10;
    if (kind === 8) parts.push(`<iframe data-category="analytics" data-src="${gatedUrl(token, `f${i}.html`)}" title="f${i}" width="10" height="10"></iframe>`);
    else if (kind === 9) parts.push(`<img data-category="analytics" data-src="${gatedUrl(token, `i${i}.gif`)}" alt="">`);
    else if (kind % 4 === 0) parts.push(`<script type="text/plain" data-category="analytics" src="${gatedUrl(token, `s${i}.js`)}"></script>`);
    else parts.push(`<script type="text/plain" data-category="analytics">(window.__runs = window.__runs || []).push("s${i}")</script>`);
  }
  const container = document.createElement('div');
  container.innerHTML = parts.join('');
  return container;
}

const scriptNames = (n: number) => Array.from({ length: n }, (_, i) => i).filter((i) => i % 10 < 8).map((i) => `s${i}`);
/** Every URL the page should request once granted: external scripts, iframes, images. */
const requestNames = (n: number) =>
  Array.from({ length: n }, (_, i) => i)
    .filter((i) => i % 10 >= 8 || (i % 10) % 4 === 0)
    .map((i) => (i % 10 === 8 ? `f${i}.html` : i % 10 === 9 ? `i${i}.gif` : `s${i}.js`));

/** Adds `n` gated elements, grants them; returns the time and observer callbacks the release took. */
async function releaseMany(element: CookieConsent, n: number): Promise<{ ms: number; calls: number }> {
  clearCookies();
  element.reset();
  resetRuns();
  const token = newToken();
  const container = gatedPage(token, n);
  document.body.append(container);
  try {
    const callsBefore = observerCalls;
    const start = performance.now();
    element.acceptAll();
    await until(() => runs().length >= scriptNames(n).length, `${n} scripts to run`, 30000);
    const ms = performance.now() - start;
    const calls = observerCalls - callsBefore;
    // Each released once, scripts in document order, media each requested once.
    expect(runs()).to.deep.equal(scriptNames(n));
    await until(async () => (await requested(token)).length >= requestNames(n).length, 'the requests', 30000);
    const seen = await requested(token);
    expect([...seen].sort(), 'each URL requested exactly once').to.deep.equal(requestNames(n).sort());
    return { ms, calls };
  } finally {
    container.remove();
  }
}

describe('gating at scale', () => {
  it('releases 500 gated scripts, iframes and images once each, in order, in linear work', async function () {
    this.timeout(90000);
    const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
    // Warm up (first-run compilation, connection set-up), then measure.
    await releaseMany(element, 100);
    const small = await releaseMany(element, 100);
    const large = await releaseMany(element, 500);
    const timeRatio = large.ms / small.ms;
    const callRatio = large.calls / small.calls;
    const figures = `100 → ${small.ms.toFixed(0)} ms, ${small.calls} callbacks; 500 → ${large.ms.toFixed(0)} ms, ${large.calls} callbacks`;
    expect(callRatio, `observer callbacks grow linearly (${figures})`).to.be.below(7);
    expect(large.calls, `at most a few observer callbacks per element (${figures})`).to.be.below(500 * 3);
    expect(timeRatio, `time grows linearly, quadratic would be ~25× (${figures})`).to.be.below(12);
  });
});
