/**
 * `dist/cookie-consent.js` alone is the whole product in English: a site that copies only it
 * loses nothing but the other languages, and a slow or missing translation never holds up the
 * page or the visitor's choice (it falls back to English with one console error).
 */
import { expect } from '@open-wc/testing';
import de from '../../src/core/texts/de.js';
import { bannerTitle, openPreferences, SCRIPT_URL } from '../support/banner.js';
import { consentElementOf, cookieValue, loadPage, part, resourcePaths, settle, until } from '../support/helpers.js';

/** Records console errors in the page, as loadPage() records warnings. */
const CAPTURE_ERRORS = '<script>window.__errors=[];console.error=(...a)=>window.__errors.push(a.map(String).join(" "));</script>';
const errorsOf = (page: Window) => (page as unknown as { __errors: string[] }).__errors;
const ENGLISH_TITLE = 'Your privacy choices';

/** `cookie-consent.js` served as a site would, with its translations missing or slow (test/support/gated-server.mjs). */
const scriptFrom = (variant: string) => `${CAPTURE_ERRORS}<script src="/__dist/${variant}/cookie-consent.js"></script>`;
const title = (page: Window) => bannerTitle(consentElementOf(page));

describe('dist/cookie-consent.js copied alone', () => {
  it('gives an English page the banner, the preferences, placeholders and the settings button, from one request', async () => {
    const page = await loadPage(
      `<cookie-consent settings-button></cookie-consent>
       <iframe data-category="functionality" data-src="about:blank" title="Map" width="300" height="150"></iframe>`,
      scriptFrom('missing'),
    );
    const element = consentElementOf(page);
    await until(() => title(page) === ENGLISH_TITLE, 'the English banner');
    await until(() => !!page.document.querySelector('[data-cookie-consent-placeholder]')?.shadowRoot?.querySelector('[part~="load-once"]'), 'the placeholder');
    await openPreferences(element);
    const toggles = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="toggle"]')].map((toggle) => toggle.name);
    expect(toggles).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
    part(element, 'save')!.click();
    await until(() => !!part(element, 'settings-button') && !part(element, 'settings-button')!.hidden, 'the settings button');
    expect(resourcePaths(page, '/__dist/', '/dist/')).to.deep.equal(['/__dist/missing/cookie-consent.js']);
    expect(errorsOf(page)).to.deep.equal([]);
  });

  it('shows a German page in English when i18n/de.js is missing, with one console error naming the folder, and the visitor can decide', async () => {
    const page = await loadPage('<cookie-consent></cookie-consent>', scriptFrom('missing'), { lang: 'de' });
    await until(() => title(page) === ENGLISH_TITLE, 'the English banner');
    expect(errorsOf(page)).to.have.length(1);
    expect(errorsOf(page)[0]).to.contain('"de"').and.contain('i18n/').and.contain('next to cookie-consent.js');
    part(consentElementOf(page), 'reject-all')!.click();
    // Written by the frame, read here: Chromium may show this document the write a moment later.
    await until(() => cookieValue() !== undefined, 'the stored decision');
    expect(JSON.parse(cookieValue()!)).to.include({ rev: '1' });
    expect(consentElementOf(page).consent).to.deep.equal({ necessary: true, analytics: false, functionality: false, targeting: false });
  });

  it('never lets a slow translation hold up the page: it paints at once, and the banner shows in English after the documented 1.5 s, with one console error', async () => {
    // The page notes when it first painted and when the banner first showed, in its own clock.
    const watch = `<script>const watch = setInterval(() => {
      if (!document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]')) return;
      window.__bannerAt = performance.now();
      clearInterval(watch);
    }, 20);</script>`;
    const page = await loadPage('<cookie-consent></cookie-consent><p>content</p>', `${scriptFrom('slow-4000')}${watch}`, { lang: 'de' });
    await until(() => title(page) === ENGLISH_TITLE, 'the English banner', 6000);
    const noted = page as unknown as { __bannerAt?: number };
    await until(() => noted.__bannerAt !== undefined, 'the page to note the banner');
    const bannerAt = noted.__bannerAt;
    expect(bannerAt, 'the banner waited for the translation, but not longer than 1.5 s').to.be.within(1400, 3500);
    const paint = page.performance.getEntriesByName('first-contentful-paint')[0];
    if (paint) expect(paint.startTime, 'the page painted before the translation or the fallback').to.be.below(1400);
    expect(errorsOf(page)).to.have.length(1);
    expect(errorsOf(page)[0]).to.contain('"de"').and.contain('1500 ms');
    // Nothing the visitor needs waits for the file.
    await openPreferences(consentElementOf(page));
  });

  it('uses a translation that arrives in time', async () => {
    const page = await loadPage('<cookie-consent></cookie-consent>', scriptFrom('slow-300'), { lang: 'de' });
    await until(() => title(page) === de.bannerTitle, 'the German banner');
    await settle(100);
    expect(errorsOf(page)).to.deep.equal([]);
  });

  it('loaded inline (no script URL), works in English and says once how to load translations', async () => {
    const code = (await (await fetch(SCRIPT_URL, { cache: 'no-store' })).text()).replace(/<\/script/gi, '<\\/script');
    const page = await loadPage('<cookie-consent policy-url="/privacy"></cookie-consent><a href="#" data-cookie-consent="preferences">Cookie settings</a>', `${CAPTURE_ERRORS}<script>${code}</script>`, { lang: 'de' });
    await until(() => title(page) === ENGLISH_TITLE, 'the English banner');
    expect(errorsOf(page)).to.have.length(1);
    expect(errorsOf(page)[0]).to.contain('<script src');
    expect(page.__warnings).to.deep.equal([]);
  });
});
