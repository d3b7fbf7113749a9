/**
 * The built-in service catalogue: `<cookie-service name="hotjar">` alone fills in its category,
 * label, provider, privacy link, cookies and description from `services/hotjar.js` beside the
 * script, any attribute overriding; other languages' descriptions come from
 * `services/i18n/<lang>.js`; a site that copied the script alone still works and is told
 * which folder to copy. Each page is the script-tag build in a same-origin iframe.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/index.js';
import { categorySwitch, loadBannerPage, openPreferences, scriptTag } from '../support/banner.js';
import { gatedUrl, loadPage, newToken, part, parts, requested, runs, settle, storeDecision, until } from '../support/helpers.js';

/** Records console.error in `__errors`; first in the head. */
const CAPTURE_ERRORS = '<script>window.__errors=[];console.error=(...a)=>window.__errors.push(a.map(String).join(" "));</script>';
const WAY_BACK = '<a href="#" data-cookie-consent="preferences">Cookie settings</a>';

/** The description under a service's switch, as a visitor reads it. */
function described(element: CookieConsent, id: string): string {
  const toggle = categorySwitch(element, id);
  return element.shadowRoot!.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent.replace(/\s+/g, ' ').trim();
}

/** The rows of a service's cookie table. */
function cookieRows(element: CookieConsent, id: string): string[][] {
  const table = categorySwitch(element, id).closest('li')!.querySelector<HTMLTableElement>('[part~="cookie-table"]')!;
  return [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim()));
}

describe('the service catalogue', () => {
  it('<cookie-service name="hotjar"> alone fills in label, provider, policy link, cookies and description', async () => {
    const token = newToken();
    const { page, element } = await loadBannerPage(
      `<cookie-consent policy-url="/privacy" categories="analytics"><cookie-category name="analytics"><cookie-service name="hotjar"></cookie-service></cookie-category></cookie-consent>
       <script type="text/plain" data-service="hotjar" src="${gatedUrl(token, 'hotjar.js')}"></script>${WAY_BACK}`,
    );
    await element.updateComplete;
    await openPreferences(element);
    expect(categorySwitch(element, 'hotjar').closest('label')!.textContent.trim()).to.equal('Hotjar');
    expect(described(element, 'hotjar')).to.match(/^Records how visitors move, click and scroll .* Provider: Hotjar Ltd\. Privacy policy$/);
    expect(element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="service"] a')!.href).to.equal('https://www.hotjar.com/legal/policies/privacy/');
    expect(cookieRows(element, 'hotjar')[0]).to.deep.equal(['_hjSessionUser_*', 'Cookie', '365 days', 'Recognises your browser on later visits', 'Hotjar Ltd']);
    expect(await requested(token)).to.deep.equal([]);
    categorySwitch(element, 'hotjar').click();
    part(element, 'save')!.click();
    await until(() => runs(page).includes('hotjar'), 'the Hotjar script');
    expect(page.__warnings).to.deep.equal([]);
  });

  it('takes its category from the catalogue, and any attribute overrides the entry', async () => {
    const { element } = await loadBannerPage(
      `<cookie-consent policy-url="/privacy" categories="analytics">
         <cookie-service name="clarity"></cookie-service>
         <cookie-service name="youtube" category="targeting" label="Videos" cookies="own_cookie">Our videos, from YouTube.</cookie-service>
       </cookie-consent>${WAY_BACK}`,
    );
    await element.updateComplete;
    await openPreferences(element);
    expect(parts<HTMLInputElement>(element, 'toggle').map((toggle) => toggle.name)).to.deep.equal(['necessary', 'analytics', 'clarity', 'targeting', 'youtube']);
    expect(categorySwitch(element, 'youtube').closest('label')!.textContent.trim()).to.equal('Videos');
    expect(described(element, 'youtube')).to.match(/^Our videos, from YouTube\. Provider: Google/);
    expect(cookieRows(element, 'youtube').map((row) => row[0])).to.include.members(['YSC', 'own_cookie']);
  });

  it('describes services in the language shown, with the catalogue’s purposes and lifetimes in it', async () => {
    const { element } = await loadBannerPage(
      `<cookie-consent lang="de" policy-url="/privacy" categories="analytics"><cookie-category name="analytics"><cookie-service name="hotjar"></cookie-service></cookie-category></cookie-consent>${WAY_BACK}`,
    );
    await element.updateComplete;
    await openPreferences(element);
    await until(() => !described(element, 'hotjar').startsWith('Records'), 'the German description');
    expect(described(element, 'hotjar')).to.match(/Anbieter: Hotjar Ltd\./);
    expect(cookieRows(element, 'hotjar')[0]!.slice(1, 4)).to.deep.equal(['Cookie', '365 Tage', 'Erkennt Ihren Browser bei späteren Besuchen wieder']);
  });

  it('a returning visitor gets a granted catalogue service’s script, once the entry is there', async () => {
    storeDecision(['analytics', 'hotjar'], []);
    const token = newToken();
    const page = await loadPage(
      `<cookie-consent policy-url="/privacy" categories="analytics"><cookie-service name="hotjar"></cookie-service></cookie-consent>
       <script type="text/plain" data-service="hotjar" src="${gatedUrl(token, 'hotjar.js')}"></script>${WAY_BACK}`,
      scriptTag(),
    );
    await until(() => runs(page).includes('hotjar'), 'the Hotjar script');
    expect(page.__warnings, 'nothing is reported unknown while the entry loads').to.deep.equal([]);
  });

  it('without the services/ folder beside the script: one console error naming it, the banner works, nothing unknown is granted', async () => {
    const token = newToken();
    const { page, element } = await loadBannerPage(
      `<cookie-consent policy-url="/privacy"><cookie-category name="analytics"><cookie-service name="hotjar"></cookie-service></cookie-category><cookie-service name="clarity"></cookie-service></cookie-consent>
       <script type="text/plain" data-service="clarity" src="${gatedUrl(token, 'clarity.js')}"></script>${WAY_BACK}`,
      `${CAPTURE_ERRORS}<script src="/__dist/missing/cookie-consent.js"></script>`,
    );
    await element.updateComplete;
    const errors = (page as unknown as { __errors: string[] }).__errors;
    expect(errors.filter((error) => error.includes('services/hotjar.js'))).to.have.length(1);
    expect(errors.join('\n')).to.include('copy the services/ folder of dist/ next to cookie-consent.js');
    // Hotjar has its category from its parent; Clarity has none without its entry, and says so.
    expect(page.__warnings.join('\n')).to.include('<cookie-service name="clarity"> has no category');
    element.acceptAll();
    expect(element.services).to.deep.equal({ hotjar: true });
    await settle(200);
    expect(await requested(token)).to.deep.equal([]);
  });
});
