/**
 * Languages, with the script-tag build: right-to-left languages are drawn right to left, a page
 * downloads only the translation it shows, the site's `text-…` attributes override any language,
 * and regional variants (Brazilian Portuguese, Traditional Chinese) are told apart.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/index.js';
import ar from '../../src/core/texts/ar.js';
import de from '../../src/core/texts/de.js';
import fa from '../../src/core/texts/fa.js';
import he from '../../src/core/texts/he.js';
import ptBr from '../../src/core/texts/pt-br.js';
import pt from '../../src/core/texts/pt.js';
import type { Texts } from '../../src/core/texts/texts.js';
import zhHans from '../../src/core/texts/zh-hans.js';
import zhHant from '../../src/core/texts/zh-hant.js';
import { bannerTitle, openPreferences, SCRIPT, scriptTag } from '../support/banner.js';
import { consentElementOf, loadPage, part, resourcePaths, settle, until } from '../support/helpers.js';

const ENGLISH = { bannerTitle: 'Your privacy choices', acceptAll: 'Accept all', rejectAll: 'Reject all', customize: 'Customize', preferencesTitle: 'Cookie settings' };

const text = (element: CookieConsent, name: string) => part(element, name)?.textContent.trim() ?? null;

/** Waits for the banner to show `title` (a translation loads asynchronously). */
async function bannerTitled(element: CookieConsent, title: string): Promise<HTMLElement> {
  await until(() => bannerTitle(element) === title, `the banner titled "${title}" (it shows "${String(bannerTitle(element))}")`);
  return part(element, 'banner')!;
}

describe('languages', () => {
  for (const [lang, texts] of [
    ['ar', ar],
    ['he', he],
    ['fa', fa],
  ] as [string, Texts][]) {
    it(`draws the banner and the preferences right to left, in that language, for lang="${lang}"`, async () => {
      const page = await loadPage('<cookie-consent></cookie-consent>', SCRIPT, { lang });
      const element = consentElementOf(page);
      const banner = await bannerTitled(element, texts.bannerTitle);
      expect(banner.getAttribute('dir')).to.equal('rtl');
      expect(page.getComputedStyle(banner).direction).to.equal('rtl');
      expect(texts.acceptAll).to.not.equal(ENGLISH.acceptAll);
      expect(text(element, 'accept-all')).to.equal(texts.acceptAll);
      expect(texts.rejectAll).to.not.equal(ENGLISH.rejectAll);
      expect(text(element, 'reject-all')).to.equal(texts.rejectAll);
      expect(texts.customize).to.not.equal(ENGLISH.customize);
      expect(text(element, 'customize')).to.equal(texts.customize);
      expect(banner.textContent).to.not.contain(ENGLISH.bannerTitle);
      const dialog = await openPreferences(element);
      expect(dialog.getAttribute('dir')).to.equal('rtl');
      expect(page.getComputedStyle(dialog).direction).to.equal('rtl');
      expect(dialog.querySelector('h2')!.textContent.trim()).to.equal(texts.preferencesTitle);
      expect(text(element, 'save')).to.equal(texts.save);
      expect(dialog.textContent).to.not.contain('Save my choices').and.not.contain(ENGLISH.preferencesTitle);
    });
  }

  it('draws an English banner left to right', async () => {
    const page = await loadPage('<cookie-consent></cookie-consent>', SCRIPT);
    const banner = await bannerTitled(consentElementOf(page), ENGLISH.bannerTitle);
    expect(page.getComputedStyle(banner).direction).to.equal('ltr');
  });

  it('shows a German page in German, downloading exactly the script and i18n/de.js', async () => {
    const page = await loadPage('<cookie-consent></cookie-consent>', SCRIPT, { lang: 'de' });
    const element = consentElementOf(page);
    const banner = await bannerTitled(element, de.bannerTitle);
    expect(banner.getAttribute('lang')).to.equal('de');
    expect(text(element, 'accept-all')).to.equal(de.acceptAll);
    expect(text(element, 'reject-all')).to.equal(de.rejectAll);
    expect(text(element, 'customize')).to.equal(de.customize);
    await settle(300);
    expect(resourcePaths(page, '/dist/').sort()).to.deep.equal(['/dist/cookie-consent.js', '/dist/i18n/de.js']);
  });

  it('downloads no translation for an English page', async () => {
    const page = await loadPage('<cookie-consent></cookie-consent>', SCRIPT);
    await bannerTitled(consentElementOf(page), ENGLISH.bannerTitle);
    await settle(300);
    expect(resourcePaths(page, '/dist/').filter((path) => path.startsWith('/dist/i18n/'))).to.deep.equal([]);
  });

  describe('the text-… attributes override the built-in texts', () => {
    const overrides = 'text-banner-title="Cookies at Example Shop" text-accept-all="Yes to all" text-customize="Let me choose"';

    it('in English', async () => {
      const page = await loadPage(`<cookie-consent ${overrides}></cookie-consent>`, SCRIPT);
      const element = consentElementOf(page);
      await bannerTitled(element, 'Cookies at Example Shop');
      expect(text(element, 'accept-all')).to.equal('Yes to all');
      expect(text(element, 'customize')).to.equal('Let me choose');
      expect(text(element, 'reject-all'), 'the others stay').to.equal(ENGLISH.rejectAll);
    });

    it('in German', async () => {
      const page = await loadPage(`<cookie-consent ${overrides}></cookie-consent>`, SCRIPT, { lang: 'de' });
      const element = consentElementOf(page);
      await until(() => text(element, 'reject-all') === de.rejectAll, 'the German banner');
      expect(bannerTitle(element)).to.equal('Cookies at Example Shop');
      expect(text(element, 'accept-all')).to.equal('Yes to all');
      expect(text(element, 'customize')).to.equal('Let me choose');
    });

    it('given on the script tag (data-text-banner-title)', async () => {
      const page = await loadPage('<p>content</p>', scriptTag('data-text-banner-title="Cookies at Example Shop"'));
      const element = consentElementOf(page);
      await bannerTitled(element, 'Cookies at Example Shop');
      expect(text(element, 'accept-all')).to.equal(ENGLISH.acceptAll);
    });
  });

  describe('regional variants', () => {
    /** Pretends the browser's preferred languages are `languages`, before the product reads them. */
    const browserLanguages = (...languages: string[]) =>
      `<script>Object.defineProperty(navigator, 'languages', { value: ${JSON.stringify(languages)}, configurable: true }); Object.defineProperty(navigator, 'language', { value: ${JSON.stringify(languages[0])}, configurable: true });</script>`;

    it('a pt-BR page gets Brazilian Portuguese, not European', async () => {
      expect(ptBr.bannerTitle).to.not.equal(pt.bannerTitle);
      const page = await loadPage('<cookie-consent></cookie-consent>', SCRIPT, { lang: 'pt-BR' });
      const element = consentElementOf(page);
      await bannerTitled(element, ptBr.bannerTitle);
      const dialog = await openPreferences(element);
      expect(dialog.querySelector('h2')!.textContent.trim()).to.equal(ptBr.preferencesTitle);
    });

    it('a pt-BR browser on a page without a language gets Brazilian Portuguese', async () => {
      const page = await loadPage('<cookie-consent></cookie-consent>', `${browserLanguages('pt-BR', 'pt')}${SCRIPT}`, { lang: '' });
      expect(page.navigator.languages[0]).to.equal('pt-BR');
      await bannerTitled(consentElementOf(page), ptBr.bannerTitle);
    });

    it('a zh-TW page gets Traditional Chinese, not Simplified', async () => {
      expect(zhHant.bannerTitle).to.not.equal(zhHans.bannerTitle);
      const page = await loadPage('<cookie-consent></cookie-consent>', SCRIPT, { lang: 'zh-TW' });
      const element = consentElementOf(page);
      await bannerTitled(element, zhHant.bannerTitle);
      expect(text(element, 'customize')).to.equal(zhHant.customize);
      const dialog = await openPreferences(element);
      expect(dialog.querySelector('h2')!.textContent.trim()).to.equal(zhHant.preferencesTitle);
    });

    it('a zh-TW browser on a page without a language gets Traditional Chinese', async () => {
      const page = await loadPage('<cookie-consent></cookie-consent>', `${browserLanguages('zh-TW', 'zh')}${SCRIPT}`, { lang: '' });
      expect(page.navigator.languages[0]).to.equal('zh-TW');
      await bannerTitled(consentElementOf(page), zhHant.bannerTitle);
    });
  });
});
