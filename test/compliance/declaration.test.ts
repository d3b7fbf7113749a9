/**
 * `<cookie-declaration>` on a privacy-policy page: every declared category and service with its
 * purpose, provider and cookies, and the visitor's own decision (consent id, date, choices),
 * kept up to date, with a button that opens the preferences. The script-tag build in a
 * same-origin iframe.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/index.js';
import { SCRIPT } from '../support/banner.js';
import { consentElementOf, loadPage, part, storeDecision, storedRecord, until } from '../support/helpers.js';

const POLICY_PAGE = `<main><h1>Privacy policy</h1><h2>Cookies</h2><cookie-declaration></cookie-declaration></main>
  <cookie-consent policy-url="/privacy" categories="analytics">
    <cookie-category name="analytics" label="Statistics" cookies="_stats">
      <cookie-service name="heatmaps" label="Heatmaps" provider="Hotjar Ltd" policy-url="https://www.hotjar.com/legal/policies/privacy/">
        Records how visitors use the pages.
        <cookie-item name="_hjSessionUser_*" lifetime="365 days">Recognises a returning visitor.</cookie-item>
      </cookie-service>
      <cookie-service name="visits" label="Visit counter" cookies="_pk_id.*">Counts visits on our own server.</cookie-service>
    </cookie-category>
  </cookie-consent>`;

/** The declaration's shadow root once drawn. */
async function declarationOf(page: Window): Promise<ShadowRoot> {
  const host = page.document.querySelector('cookie-declaration')!;
  await until(() => !!host.shadowRoot?.querySelector('[part~="declaration"]'), 'the declaration');
  return host.shadowRoot!;
}
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Each line of the visitor's choices: a category or service and its state. */
const choices = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('[part~="choices"] li')].map((item) =>
    [...item.childNodes]
      // Text and elements but the nested list (nodeType: the page's nodes are of another realm).
      .filter((node) => node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && node.nodeName !== 'UL'))
      .map((node) => node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe('<cookie-declaration>', () => {
  it('lists every category and service with its purpose, provider, policy link and cookies', async () => {
    const page = await loadPage(POLICY_PAGE, SCRIPT);
    const root = await declarationOf(page);
    expect([...root.querySelectorAll('h3')].map((heading) => text(heading))).to.deep.equal(['Your choices', 'Strictly necessary (Always on)', 'Statistics']);
    expect([...root.querySelectorAll('[part~="declared-service"] h4')].map((heading) => text(heading))).to.deep.equal(['Heatmaps', 'Visit counter']);
    const heatmaps = root.querySelector('[part~="declared-service"]')!;
    expect(text(heatmaps)).to.include('Records how visitors use the pages.').and.include('Provider: Hotjar Ltd.');
    expect(heatmaps.querySelector('a')!.href).to.equal('https://www.hotjar.com/legal/policies/privacy/');
    // On the policy page the tables are open: it is there to be read.
    const tables = [...root.querySelectorAll<HTMLDetailsElement>('[part~="cookie-list"]')];
    expect(tables.map((details) => details.open)).to.deep.equal([true, true, true]);
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('[part~="cookie-table"] tbody tr')].map((row) => [...row.cells].map((cell) => text(cell)));
    expect(rows).to.deep.equal([
      ['_stats', 'Cookie', '', ''],
      ['_hjSessionUser_*', 'Cookie', '365 days', 'Recognises a returning visitor.', 'Hotjar Ltd'],
      ['_pk_id.*', 'Cookie', '', ''],
    ]);
  });

  it("shows the visitor's consent id, date and choices, and follows each decision", async () => {
    const page = await loadPage(POLICY_PAGE, SCRIPT);
    const root = await declarationOf(page);
    expect(text(root.querySelector('[part~="decision"]'))).to.include('You have not made a choice yet.');
    const element = consentElementOf(page);
    element.accept(['heatmaps']);
    await until(() => !!root.querySelector('[part~="consent-id"]'), 'the consent id');
    expect(text(root.querySelector('[part~="consent-id"]'))).to.equal(storedRecord('cookie_consent', page.document).id);
    const time = root.querySelector('time')!;
    expect(Math.abs(Date.parse(time.dateTime) - Date.now())).to.be.below(60_000);
    expect(text(time)).to.match(/\d{4}/);
    expect(choices(root)).to.deep.equal(['Strictly necessary: Always on', 'Statistics: Allowed', 'Heatmaps: Allowed', 'Visit counter: Not allowed']);
    element.rejectAll();
    await until(() => choices(root).includes('Statistics: Not allowed'), 'the new decision');
  });

  it('its button opens the preferences, and focus comes back to it', async () => {
    storeDecision(['analytics', 'heatmaps', 'visits'], []);
    const page = await loadPage(POLICY_PAGE, SCRIPT);
    const root = await declarationOf(page);
    const button = root.querySelector<HTMLButtonElement>('[part~="change"]')!;
    expect(text(button)).to.equal('Change my choices');
    button.focus();
    button.click();
    const element: CookieConsent = consentElementOf(page);
    await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open, 'the preferences');
    part<HTMLDialogElement>(element, 'preferences')!.close();
    await until(() => root.activeElement === button, 'focus back on the button');
  });

  it('a declaration added later is drawn too, in the language shown', async () => {
    const page = await loadPage(POLICY_PAGE.replace('<cookie-declaration></cookie-declaration>', '').replace('<cookie-consent ', '<cookie-consent lang="de" '), SCRIPT);
    const element = consentElementOf(page);
    await element.updateComplete;
    page.document.querySelector('main')!.append(page.document.createElement('cookie-declaration'));
    const root = await declarationOf(page);
    await until(() => text(root.querySelector('h3')) === 'Ihre Auswahl', 'the German declaration');
    expect(root.querySelector('[part~="declaration"]')!.getAttribute('lang')).to.equal('de');
  });
});
