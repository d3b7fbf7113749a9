/**
 * Issue 11: a site owner's mistakes each get one clear console message naming the element or
 * attribute and the fix, and none of them throws or grants anything. Each page is a fresh
 * same-origin iframe (messages print once per page) that loads the element from src/ as a
 * module; console.warn (loadPage) and console.error (below) are stubbed in it.
 */
import { expect } from '@open-wc/testing';
import { checkRequirement } from '../../src/core/categories.js';
import { didYouMean, editDistance } from '../../src/core/did-you-mean.js';
import { scriptTagWarnings } from '../../src/core/setup-checks.js';
import { ENGLISH, loadTexts } from '../../src/cdn-load-data.js';
import type { CookieConsent } from '../../src/index.js';
import { consentElementOf, gatedUrl, loadPage, newToken, part, requested, settle, storeDecision, until, type PageOptions } from '../support/helpers.js';

type Page = Window & { __warnings: string[]; __errors: string[] };

/** Records console.error and uncaught errors in `__errors`; first in the head. */
const CAPTURE_ERRORS =
  '<script>window.__errors=[];console.error=(...a)=>window.__errors.push(a.map(String).join(" "));addEventListener("error",(e)=>window.__errors.push("uncaught: "+e.message));addEventListener("unhandledrejection",(e)=>window.__errors.push("unhandled: "+String(e.reason)));</script>';
/** A module script by absolute URL: WebKit resolves a srcdoc page's relative ones against about:srcdoc. */
const moduleScript = (path: string, attributes = ''): string => `<script type="module" src="${new URL(path, location.href).href}"${attributes}></script>`;
/** The way back to the choice that a correct page has. */
const LINK = '<a href="#" data-cookie-consent="preferences">Cookie settings</a>';

/** Loads `body` with the element from src/index.ts and resolves once its setup checks have run. */
async function open(body: string, options: PageOptions = {}): Promise<{ page: Page; element: CookieConsent }> {
  const page = (await loadPage(body, `${CAPTURE_ERRORS}${moduleScript('/src/index.ts')}`, options)) as Page;
  await page.customElements.whenDefined('cookie-consent');
  const element = consentElementOf(page);
  await element.updateComplete;
  // The setup checks run a task after the page is built.
  await settle(50);
  return { page, element };
}

/**
 * The page's console warnings without Lit's dev-mode notice (src/ uses Lit's development
 * build) and without the element each one names, which the capture prints as `[object …]`.
 */
const warnings = (page: Page): string[] =>
  page.__warnings.filter((message) => !message.startsWith('Lit is in dev mode')).map((message) => message.replace(/ \[object \w+\]$/, ''));
const about = (page: Page, text: string): string[] => warnings(page).filter((message) => message.includes(text));

describe('site owner mistakes (issue 11)', () => {
  it('a correct page gets none of these messages', async () => {
    const { page, element } = await open(`<cookie-consent policy-url="/privacy" categories="analytics targeting"></cookie-consent>${LINK}`);
    expect(warnings(page)).to.deep.equal([]);
    expect(page.__errors).to.deep.equal([]);
    expect(element.consent).to.equal(null);
  });

  describe('1. data-category markup that is not gated', () => {
    it('names each script, iframe and image that ran or loaded before consent, and the fix', async () => {
      const token = newToken();
      const { page, element } = await open(`<cookie-consent policy-url="/privacy"></cookie-consent>${LINK}
        <script data-category="analytics">window.__inlineRan = true</script>
        <script data-category="analytics" src="${gatedUrl(token, 'ungated.js')}"></script>
        <iframe data-category="targeting" src="${gatedUrl(token, 'video.html')}" title="Video"></iframe>
        <img data-category="targeting" src="${gatedUrl(token, 'pixel.gif')}" alt="">
        <script data-category="necessary">window.__necessaryRan = true</script>
        <script type="application/ld+json" data-category="analytics">{}</script>
        <script type="text/plain" data-category="analytics">window.__gatedRan = true</script>
        <iframe data-category="targeting" src="about:blank" data-src="${gatedUrl(token, 'held.html')}" title="Held"></iframe>`);
      const ungated = about(page, 'before consent');
      expect(ungated, warnings(page).join('\n')).to.deep.equal([
        'cookie-consent: <script data-category="analytics"> ran before consent: add type="text/plain" to hold it until analytics is granted.',
        `cookie-consent: <script data-category="analytics" src="${gatedUrl(token, 'ungated.js')}"> ran before consent: add type="text/plain" to hold it until analytics is granted.`,
        `cookie-consent: <iframe data-category="targeting" src="${gatedUrl(token, 'video.html')}"> loaded before consent: rename src to data-src to hold it until targeting is granted.`,
        `cookie-consent: <img data-category="targeting" src="${gatedUrl(token, 'pixel.gif')}"> loaded before consent: rename src to data-src to hold it until targeting is granted.`,
      ]);
      expect(warnings(page).join('\n')).to.not.contain('held.html').and.not.contain('necessary"');
      // Gating itself is as before: nothing gated is released, nothing granted.
      expect(element.consent).to.equal(null);
      expect((page as unknown as { __gatedRan?: boolean }).__gatedRan).to.equal(undefined);
      expect((await requested(token)).sort()).to.deep.equal(['pixel.gif', 'ungated.js', 'video.html']);
      expect(page.__errors).to.deep.equal([]);
    });

    it('says nothing of markup whose categories are granted (a server writes it plain for a returning visitor)', async () => {
      storeDecision(['analytics', 'targeting'], ['functionality']);
      const { page } = await open(`<cookie-consent policy-url="/privacy"></cookie-consent>${LINK}
        <script data-category="analytics">window.__ran = true</script>
        <img data-category="targeting" src="${gatedUrl(newToken(), 'pixel.gif')}" alt="">`);
      expect(warnings(page)).to.deep.equal([]);
    });
  });

  describe('2. category ids', () => {
    it('a misspelt built-in id: "did you mean", the ids offered, and it is still offered as written', async () => {
      const token = newToken();
      const { page, element } = await open(`<cookie-consent policy-url="/privacy" categories="analytcs"></cookie-consent>${LINK}
        <script type="text/plain" data-category="analytics" src="${gatedUrl(token, 'stats.js')}"></script>`);
      expect(about(page, 'category "analytcs"')).to.deep.equal([
        'cookie-consent: category "analytcs" is not built in: did you mean "analytics"? It is offered as written, as "Analytcs" without a description. Offered: necessary, analytcs.',
      ]);
      expect(about(page, 'a gated <script>')).to.deep.equal([
        'cookie-consent: a gated <script> names "analytics", which this page does not offer (is categories="analytcs" misspelt? it offers necessary, analytcs); it stays blocked.',
      ]);
      expect(element.consent).to.equal(null);
      element.acceptAll();
      expect(element.consent).to.deep.equal({ necessary: true, analytcs: true });
      await settle(150);
      expect(await requested(token), 'the script still waits for "analytics"').to.deep.equal([]);
    });

    it("a site's own id: a warning only while it has no description", async () => {
      const bare = await open(`<cookie-consent policy-url="/privacy" categories="analytics live-chat"></cookie-consent>${LINK}`);
      expect(about(bare.page, 'live-chat')).to.deep.equal([
        'cookie-consent: category "live-chat" is shown as "Live chat" without a description: add <cookie-category name="live-chat">What it does</cookie-category> inside <cookie-consent>.',
      ]);
      const described = await open(
        `<cookie-consent policy-url="/privacy" categories="analytics live-chat"><cookie-category name="live-chat">Lets you talk to our support team.</cookie-category></cookie-consent>${LINK}`,
      );
      expect(warnings(described.page)).to.deep.equal([]);
    });

    it('"!analytics" in data-category: not supported, what it is, the fix; the element stays blocked', async () => {
      const token = newToken();
      const { page, element } = await open(`<cookie-consent policy-url="/privacy" categories="analytics"></cookie-consent>${LINK}
        <script type="text/plain" data-category="!analytics" src="${gatedUrl(token, 'refused.js')}"></script>`);
      expect(about(page, '!analytics')).to.deep.equal([
        'cookie-consent: a gated <script> names "!analytics": "!" (negation, "when denied") is not supported; to act on a refusal, listen for consent-change; it stays blocked.',
      ]);
      element.rejectAll();
      element.acceptAll();
      await settle(150);
      expect(await requested(token)).to.deep.equal([]);
    });
  });

  describe('3. and 4. the categories attribute', () => {
    it('"Analytics, Targeting" offers both, and says ids are space-separated and lowercase', async () => {
      const { page, element } = await open(`<cookie-consent policy-url="/privacy" categories="Analytics, Targeting"></cookie-consent>${LINK}`);
      expect(about(page, 'separated')).to.deep.equal([
        'cookie-consent: categories="Analytics, Targeting": ids are lowercase and separated by spaces only; using categories="analytics targeting".',
      ]);
      element.acceptAll();
      expect(element.consent).to.deep.equal({ necessary: true, analytics: true, targeting: true });
    });

    it('"!targeting": not supported syntax, with the value meant; nothing more offered than before', async () => {
      const { page, element } = await open(`<cookie-consent policy-url="/privacy" categories="!targeting"></cookie-consent>${LINK}`);
      const messages = about(page, '!targeting');
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('is not supported syntax').and.contain('categories="analytics functionality"');
      expect(warnings(page).join('\n')).to.not.contain('malformed');
      element.acceptAll();
      expect(element.consent).to.deep.equal({ necessary: true });
    });
  });

  describe('5. policy-url', () => {
    it('warns once when no privacy policy is linked', async () => {
      const { page, element } = await open(`<cookie-consent></cookie-consent>${LINK}`);
      expect(warnings(page)).to.deep.equal([
        'cookie-consent: no policy-url, so the banner links no privacy policy, which visitors must be able to read before they choose (GDPR Art. 13). Add policy-url="/privacy" (data-policy-url on the script tag).',
      ]);
      expect(part(element, 'banner')).to.exist;
      expect(element.consent).to.equal(null);
    });
  });

  describe('6. lang', () => {
    it('an unknown lang: which language shows instead, a suggestion and the built-in languages', async () => {
      const { page, element } = await open(`<cookie-consent policy-url="/privacy" lang="sp"></cookie-consent>${LINK}`);
      const messages = about(page, 'lang="sp"');
      expect(messages).to.have.length(1);
      expect(messages[0])
        .to.contain('lang="sp" has no built-in translation (did you mean "es"?)')
        .and.contain('showing "en"')
        .and.contain('Built in: en ar bg ')
        .and.contain('zh-hant.');
      expect(part(element, 'accept-all')!.textContent.trim()).to.equal('Accept all');
    });

    it('a lang a translation covers (by its primary language) gets no message', async () => {
      const { page, element } = await open(`<cookie-consent policy-url="/privacy" lang="de-AT"></cookie-consent>${LINK}`);
      await until(() => part(element, 'accept-all')?.textContent.trim() === 'Alle akzeptieren', 'the German banner');
      expect(warnings(page)).to.deep.equal([]);
    });
  });

  describe('7. data-* on the script tag', () => {
    it('names the setting a misspelt one likely means, and leaves other tools\' attributes alone', () => {
      expect(scriptTagWarnings(['src', 'data-policy-url', 'data-policyurl', 'data-categoris', 'data-category', 'data-cfasync', 'data-consent-mode'])).to.deep.equal([
        "cookie-consent: the script tag's data-policyurl is not a setting, so it is ignored: did you mean data-policy-url?",
        "cookie-consent: the script tag's data-categoris is not a setting, so it is ignored: did you mean data-categories?",
        "cookie-consent: the script tag's data-category is not a setting, so it is ignored: did you mean data-categories?",
      ]);
      expect(scriptTagWarnings(['data-widget'])).to.deep.equal(["cookie-consent: the script tag's data-widget is not a setting, so it is ignored."]);
    });
  });

  describe('8. loaded as a module', () => {
    it('does not throw: one message says what still works and to load it with a classic <script src>', async () => {
      const page = (await loadPage('<p>content</p>', `${CAPTURE_ERRORS}${moduleScript('/src/cdn.ts', ' data-policy-url="/privacy"')}`, { lang: 'de' })) as Page;
      const element = consentElementOf(page);
      await until(() => !!part(element, 'banner'), 'the banner');
      expect(page.__errors).to.have.length(1);
      expect(page.__errors).to.deep.equal([
        'cookie-consent: loaded as a module, it cannot read its script tag\'s data-* nor load i18n/<lang>.js: the banner works, in English. Load cookie-consent.js with a classic <script src="…/cookie-consent.js">.',
      ]);
      expect(element.consent).to.equal(null);
    });

    it('the script-tag build\'s translation loader, without a script URL, gives English instead of failing', async () => {
      // This test file is itself a module: document.currentScript was null when the loader ran.
      expect(await loadTexts('de')).to.equal(ENGLISH);
    });
  });

  describe('9. a way back to the choice', () => {
    it('warns once, naming both fixes, when the page has no preferences link and no settings button', async () => {
      const { page } = await open('<cookie-consent policy-url="/privacy"></cookie-consent>');
      expect(warnings(page)).to.deep.equal([
        'cookie-consent: this page has no way back to the cookie choice the banner promises. Add data-cookie-consent="preferences" to a link or button, or the settings-button attribute: withdrawing must be as easy as consenting (GDPR Art. 7(3)).',
      ]);
    });

    it('also for a returning visitor, who has no banner', async () => {
      storeDecision(['analytics'], ['functionality', 'targeting']);
      const { page, element } = await open('<cookie-consent policy-url="/privacy"></cookie-consent>');
      expect(part(element, 'banner')).to.equal(null);
      expect(about(page, 'no way back')).to.have.length(1);
    });

    it('is content with settings-button, or a link that a script of the page adds when the DOM is ready', async () => {
      const withButton = await open('<cookie-consent policy-url="/privacy" settings-button></cookie-consent>');
      expect(warnings(withButton.page)).to.deep.equal([]);
      const added = await open(
        `<cookie-consent policy-url="/privacy"></cookie-consent>
         <script>document.addEventListener('DOMContentLoaded', () => document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(LINK)}))</script>`,
      );
      expect(warnings(added.page)).to.deep.equal([]);
    });
  });
});

describe('did you mean', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('analytcs', 'analytics')).to.equal(1);
    expect(editDistance('analtyics', 'analytics')).to.equal(2);
    expect(editDistance('', 'abc')).to.equal(3);
  });

  it('suggests close names only, and never for a known one', () => {
    const ids = ['necessary', 'analytics', 'functionality', 'targeting'];
    expect(didYouMean('analytcs', ids)).to.equal('analytics');
    expect(didYouMean('functional', ids)).to.equal('functionality');
    expect(didYouMean('targetting', ids)).to.equal('targeting');
    expect(didYouMean('live-chat', ids)).to.equal(null);
    expect(didYouMean('analytics', ids)).to.equal(null);
  });

  it('in a gated element\'s problem, suggests the offered id a misspelt one means', () => {
    const { allowed, problem } = checkRequirement('analytcs', new Set(['necessary', 'analytics']), new Set(['necessary', 'analytics']));
    expect(allowed).to.equal(false);
    expect(problem).to.equal('names "analytcs", which this page does not offer (did you mean "analytics"? it offers necessary, analytics)');
  });
});
