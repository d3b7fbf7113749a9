/**
 * The package as users get it: `scripts/pack-check.mjs` packs it and installs the tarball into
 * .pack-test/ (run by `npm test` before this suite). These tests load the installed files, not
 * dist/, each in a fresh same-origin iframe page.
 */
import { expect } from '@open-wc/testing';
import { consentElementOf, loadPage, until } from '../support/helpers.js';

const INSTALLED = '/.pack-test/node_modules/cookie-consent-banner';
const SCRIPT = `${INSTALLED}/dist/cookie-consent.js`;
const ENTRY = `${INSTALLED}/dist/lib/index.js`;

describe('the installed package (.pack-test/)', () => {
  before(async () => {
    const response = await fetch(`${INSTALLED}/package.json`, { cache: 'no-store' });
    if (!response.ok) {
      throw new Error(`${INSTALLED}/package.json is not there (HTTP ${response.status}): run \`node scripts/pack-check.mjs\` (after \`npm run build\`) to pack and install the package into .pack-test/`);
    }
    const manifest = (await response.json()) as { name?: string };
    expect(manifest.name, '.pack-test/ holds another package').to.equal('cookie-consent-banner');
  });

  it('dist/cookie-consent.js, from a classic <script> tag, renders the banner', async () => {
    const page = await loadPage('<cookie-consent policy-url="/privacy"></cookie-consent><a href="#" data-cookie-consent="preferences">Cookie settings</a>', `<script src="${SCRIPT}"></script>`);
    const element = consentElementOf(page);
    expect(page.customElements.get('cookie-consent'), 'the script tag should define <cookie-consent>').to.be.a('function');
    await until(() => !!element.shadowRoot?.querySelector('[part~="banner"]'), 'the banner of the installed script-tag build');
    expect(page.__warnings).to.deep.equal([]);
  });

  it('dist/lib/index.js, imported as an ES module (bare `lit` imports resolved), defines the element', async () => {
    // An absolute URL: WebKit resolves a srcdoc page's module specifiers against about:srcdoc.
    const page = (await loadPage(
      '<cookie-consent></cookie-consent>',
      `<script type="module">
        window.__error = null;
        import(${JSON.stringify(new URL(ENTRY, location.href).href)})
          .then(({ CookieConsent }) => { window.__ok = !!CookieConsent && customElements.get('cookie-consent') === CookieConsent; })
          .catch((error) => { window.__error = String(error) + ' ' + String(error && error.stack); window.__ok = false; });
      </script>`,
    )) as Window & { __ok?: boolean; __error?: string | null; __warnings: string[] };
    await until(() => page.__ok !== undefined, `the import of ${ENTRY}`);
    expect(page.__error ?? null, `importing ${ENTRY} failed`).to.equal(null);
    expect(page.__ok, `importing ${ENTRY} should define <cookie-consent> as its CookieConsent export`).to.equal(true);
    const element = consentElementOf(page);
    await until(() => !!element.shadowRoot?.querySelector('[part~="banner"]'), 'the banner of the installed ES module build');
  });
});
