/**
 * The `settings-button` attribute: once the visitor has decided, a small floating button reopens
 * the preferences, so withdrawing stays as easy as giving on a site without a footer link.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CookieConsent } from '../../src/index.js';
import { OPTIONAL, render, scriptTag } from '../support/banner.js';
import { clearCookies, consentElementOf, focused, loadPage, part, settle, storeDecision, until } from '../support/helpers.js';

/** The element as these tests render it in the test document, with the settings button. */
const WITH_BUTTON = html`<cookie-consent settings-button></cookie-consent>`;

/** Waits for the floating button to show and returns it. */
async function settingsButton(element: CookieConsent): Promise<HTMLButtonElement> {
  await until(() => !!part(element, 'settings-button')?.checkVisibility(), 'the settings button');
  return part<HTMLButtonElement>(element, 'settings-button')!;
}

/** The floating button, if it shows now. */
const visibleButton = (element: CookieConsent) => {
  const button = part(element, 'settings-button');
  return button?.checkVisibility() ? button : null;
};

describe('settings button', () => {
  it('shows for a visitor who has decided: a fixed, labelled button of at least 24 × 24 px', async () => {
    storeDecision(['analytics'], ['functionality', 'targeting']);
    const element = await render(WITH_BUTTON);
    const button = await settingsButton(element);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Cookie settings');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    const box = button.getBoundingClientRect();
    expect(box.width, 'width').to.be.at.least(24);
    expect(box.height, 'height').to.be.at.least(24);
    expect(getComputedStyle(button).position).to.equal('fixed');
    // Inside the viewport, where a visitor can see and click it.
    expect(box.left).to.be.at.least(0);
    expect(box.top).to.be.at.least(0);
    expect(box.right).to.be.at.most(innerWidth);
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(part(element, 'banner'), 'no banner for a visitor who has decided').to.equal(null);
  });

  it('sits in the bottom corner settings-button-side names, mirrored in right-to-left pages', async () => {
    storeDecision([], OPTIONAL);
    // Page direction, the attribute → which corner: the button's centre left or right of the middle.
    const cases: [dir: string, side: string | null, corner: 'left' | 'right'][] = [
      ['ltr', null, 'left'],
      ['ltr', 'start', 'left'],
      ['ltr', 'end', 'right'],
      ['rtl', null, 'right'],
      ['rtl', 'end', 'left'],
    ];
    for (const [dir, side, corner] of cases) {
      const page = await loadPage(`<cookie-consent settings-button${side ? ` settings-button-side="${side}"` : ''}></cookie-consent>`, `<script>document.documentElement.dir = '${dir}'</script>${scriptTag()}`, { width: 600, height: 400 });
      const element = consentElementOf(page);
      await until(() => !!part(element, 'settings-button')?.checkVisibility(), 'the settings button');
      const box = part(element, 'settings-button')!.getBoundingClientRect();
      const centre = box.left + box.width / 2;
      expect(centre < page.innerWidth / 2 ? 'left' : 'right', `${dir} page, settings-button-side=${String(side)}`).to.equal(corner);
      expect(page.innerHeight - box.bottom, 'in a bottom corner').to.be.below(40);
    }
  });

  it('is reachable with Tab, opens the preferences, and gets focus back when they close with Escape', async () => {
    storeDecision([], OPTIONAL);
    const element = await render(WITH_BUTTON);
    const button = await settingsButton(element);
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 20 && focused() !== part(element, 'settings-button'); i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(), 'Tab reaches the settings button').to.equal(button);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open, 'the preferences to open');
    const dialog = part<HTMLDialogElement>(element, 'preferences')!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(focused()), 'focus moves into the dialog').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => part(element, 'preferences') === null, 'the dialog to close');
    await element.updateComplete;
    await until(() => !!visibleButton(element), 'the settings button to show again');
    expect(focused(), 'focus returns to the settings button').to.equal(part(element, 'settings-button'));
    expect(element.consent, 'closing decided nothing').to.deep.equal({ necessary: true, analytics: false, functionality: false, targeting: false });
  });

  it('opens the preferences on a click, showing the current decision', async () => {
    storeDecision(['functionality'], ['analytics', 'targeting']);
    const element = await render(WITH_BUTTON);
    (await settingsButton(element)).click();
    await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open, 'the preferences to open');
    const toggles = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="toggle"]')];
    expect(toggles.map((toggle) => [toggle.name, toggle.checked])).to.deep.equal([
      ['necessary', true],
      ['analytics', false],
      ['functionality', true],
      ['targeting', false],
    ]);
  });

  it('comes back after the visitor changes the decision in the preferences it opened', async () => {
    storeDecision([], OPTIONAL);
    const element = await render(WITH_BUTTON);
    (await settingsButton(element)).click();
    await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open, 'the preferences to open');
    element.shadowRoot!.querySelector<HTMLInputElement>('[part~="toggle"][name="analytics"]')!.click();
    part(element, 'save')!.click();
    expect(element.consent).to.deep.equal({ necessary: true, analytics: true, functionality: false, targeting: false });
    await until(() => part(element, 'preferences') === null, 'the dialog to close');
    await settingsButton(element);
  });

  it('is hidden while the banner shows on a first visit, and appears once the visitor decides', async () => {
    const element = await render(WITH_BUTTON);
    await until(() => !!part(element, 'banner'), 'the banner');
    await settle(200);
    await element.updateComplete;
    expect(visibleButton(element), 'no settings button beside the banner').to.equal(null);
    part(element, 'reject-all')!.click();
    await settingsButton(element);
    expect(part(element, 'banner')).to.equal(null);
  });

  it('is not there without the attribute', async () => {
    storeDecision(['analytics'], ['functionality', 'targeting']);
    const returning = await render(html`<cookie-consent></cookie-consent>`);
    await settle(200);
    await returning.updateComplete;
    expect(part(returning, 'settings-button')).to.equal(null);
    returning.remove();
    clearCookies();
    const first = await render(html`<cookie-consent></cookie-consent>`);
    await until(() => !!part(first, 'banner'), 'the banner');
    first.acceptAll();
    await settle(200);
    await first.updateComplete;
    expect(part(first, 'settings-button'), 'none after a decision either').to.equal(null);
  });

  it('works from the script tag (data-settings-button), in the script-tag build', async () => {
    storeDecision([], OPTIONAL);
    const page = await loadPage('<p>content</p>', scriptTag('data-settings-button'));
    const element = consentElementOf(page);
    await until(() => !!part(element, 'settings-button')?.checkVisibility(), 'the settings button');
    const button = part(element, 'settings-button')!;
    expect(button.getAttribute('aria-label')).to.equal('Cookie settings');
    expect(page.getComputedStyle(button).position).to.equal('fixed');
    button.click();
    await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open, 'the preferences to open');
  });
});
