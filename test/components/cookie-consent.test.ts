import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ConsentChangeEvent } from '../../src/index.js';
import { categorySwitch, loadBannerPage, openPreferences, render, SCRIPT } from '../support/banner.js';
import { consentElementOf, cookieValue, focused, loadPage, part, parts, removePages, storeDecision, storedCookie, storedRecord, until } from '../support/helpers.js';

const ALL_DENIED = { necessary: true, analytics: false, functionality: false, targeting: false };
const ALL_GRANTED = { necessary: true, analytics: true, functionality: true, targeting: true };

/** A page of its own (the script-tag build), `width` × `height` CSS pixels, with the banner showing. */
const bannerPage = (width: number, height = 700) => loadBannerPage('<cookie-consent policy-url="/privacy"></cookie-consent>', SCRIPT, { width, height });

const daysFromNow = (time: number | null) => ((time ?? 0) - Date.now()) / 86_400_000;

describe('<cookie-consent> first visit', () => {
  it('shows the banner with the purposes, the policy link and three buttons', async () => {
    const element = await render();
    const banner = part(element, 'banner')!;
    expect(banner).to.exist;
    expect(banner.checkVisibility()).to.equal(true);
    expect(banner.textContent).to.contain('Analytics').and.contain('Functionality').and.contain('Targeting');
    expect(part<HTMLAnchorElement>(element, 'policy-link')!.getAttribute('href')).to.equal('/privacy');
    expect(part(element, 'accept-all')!.textContent.trim()).to.equal('Accept all');
    expect(part(element, 'reject-all')!.textContent.trim()).to.equal('Reject all');
    expect(part(element, 'customize')!.textContent.trim()).to.equal('Customize');
    expect(element.consent).to.equal(null);
    expect(cookieValue()).to.equal(undefined);
  });

  it('gives accept, reject and customize equal visual weight, on desktops and phones', async () => {
    for (const width of [1024, 360]) {
      const { page, element } = await bannerPage(width);
      const buttons = ['accept-all', 'reject-all', 'customize'].map((name) => part(element, name)!);
      const boxes = buttons.map((button) => button.getBoundingClientRect());
      const styles = buttons.map((button) => page.getComputedStyle(button));
      for (const [index, box] of boxes.entries()) {
        expect(Math.round(box.width), `width ${index} at ${width}px`).to.equal(Math.round(boxes[0]!.width));
        expect(Math.round(box.height), `height ${index} at ${width}px`).to.equal(Math.round(boxes[0]!.height));
        for (const property of ['font-size', 'font-weight', 'font-family', 'color', 'background-color', 'border-color'])
          expect(styles[index]!.getPropertyValue(property), property).to.equal(styles[0]!.getPropertyValue(property));
      }
      await removePages();
    }
  });

  it("sets its text in the page's typeface unless --cc-font-family names another", async () => {
    for (const [style, expected] of [
      ['body { font-family: "Courier New", monospace }', /monospace/],
      ['body { font-family: serif } cookie-consent { --cc-font-family: "Verdana", sans-serif }', /Verdana.*sans-serif/],
    ] as const) {
      const { page, element } = await loadBannerPage('<cookie-consent policy-url="/privacy"></cookie-consent>', `<style>${style}</style>${SCRIPT}`);
      for (const name of ['banner', 'accept-all', 'policy-link'])
        expect(page.getComputedStyle(part(element, name)!).fontFamily, `${name} with ${style}`).to.match(expected);
      await removePages();
    }
  });

  it('is a labelled region that takes focus when the visitor has not started interacting', async () => {
    const element = await render();
    const banner = part(element, 'banner')!;
    expect(banner.localName).to.equal('section');
    const labelId = banner.getAttribute('aria-labelledby')!;
    expect(element.shadowRoot!.getElementById(labelId)!.textContent).to.equal('Your privacy choices');
    expect(focused()).to.equal(banner);
  });

  it('does not take focus the visitor has placed elsewhere', async () => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Search');
    document.body.append(input);
    input.focus();
    await render();
    expect(focused()).to.equal(input);
    input.remove();
  });

  it('accept all grants every category, stores it and hides the banner', async () => {
    const element = await render();
    const event = oneEvent<ConsentChangeEvent>(element, 'consent-change');
    part(element, 'accept-all')!.click();
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail.consent).to.deep.equal(ALL_GRANTED);
    expect(detail.changed).to.deep.equal(['analytics', 'functionality', 'targeting']);
    expect(element.consent).to.deep.equal(ALL_GRANTED);
    await element.updateComplete;
    expect(part(element, 'banner')).to.equal(null);
    const stored = storedRecord();
    expect(stored).to.include({ v: 3, rev: '1', id: detail.id, rule: 'site' });
    expect(stored.granted).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
    expect(stored.denied).to.deep.equal([]);
    expect(Math.abs(stored.updated - Date.now())).to.be.lessThan(10_000);
    expect(new Date(detail.time).getTime()).to.equal(stored.updated);
  });

  it('reject all stores the refusal and grants only necessary', async () => {
    const element = await render();
    part(element, 'reject-all')!.click();
    expect(element.consent).to.deep.equal(ALL_DENIED);
    expect(storedRecord().denied).to.deep.equal(['analytics', 'functionality', 'targeting']);
    expect(element.hasConsent('analytics')).to.equal(false);
    expect(element.hasConsent('necessary')).to.equal(true);
  });

  it('stores the decision for /, SameSite=Lax, host-only, not Secure on http, for 182 days by default', async () => {
    const element = await render();
    element.rejectAll();
    const cookie = await storedCookie('cookie_consent');
    expect(cookie.path).to.equal('/');
    expect(cookie.sameSite).to.equal('lax');
    expect(cookie.domain.replace(/^\./, '')).to.equal(location.hostname);
    expect(cookie.domain.startsWith('.'), 'host-only').to.equal(false);
    expect(cookie.secure).to.equal(false);
    expect(daysFromNow(cookie.expires)).to.be.closeTo(182, 0.1);
  });

  it('honours expires-days and cookie-name', async () => {
    const element = await render(html`<cookie-consent expires-days="30" cookie-name="site_choice"></cookie-consent>`);
    element.acceptAll();
    expect(cookieValue('cookie_consent')).to.equal(undefined);
    expect(daysFromNow((await storedCookie('site_choice')).expires)).to.be.closeTo(30, 0.1);
  });

  it('offers only the configured categories, in their order', async () => {
    const element = await render(html`<cookie-consent categories="targeting analytics"></cookie-consent>`);
    const dialog = await openPreferences(element);
    expect(parts<HTMLInputElement>(element, 'toggle').map((toggle) => toggle.name)).to.deep.equal(['necessary', 'targeting', 'analytics']);
    expect(part(element, 'banner')!.textContent).to.contain('Targeting, Analytics').and.not.contain('Functionality');
    dialog.close();
    element.acceptAll();
    expect(element.consent).to.deep.equal({ necessary: true, targeting: true, analytics: true });
  });
});

describe('<cookie-consent> preferences', () => {
  it('opens as a modal dialog with one switch per category, none pre-ticked, necessary on and disabled', async () => {
    const element = await render();
    // Open by the end of the update after the click (openPreferences() would wait longer).
    part(element, 'customize')!.click();
    await element.updateComplete;
    const dialog = part<HTMLDialogElement>(element, 'preferences')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const toggles = parts<HTMLInputElement>(element, 'toggle');
    expect(toggles.map((toggle) => [toggle.name, toggle.checked, toggle.disabled])).to.deep.equal([
      ['necessary', true, true],
      ['analytics', false, false],
      ['functionality', false, false],
      ['targeting', false, false],
    ]);
    for (const toggle of toggles) {
      expect(toggle.getAttribute('role')).to.equal('switch');
      expect(toggle.closest('label')!.textContent).to.not.equal('');
      const description = element.shadowRoot!.getElementById(toggle.getAttribute('aria-describedby')!)!;
      expect(description.textContent.length).to.be.greaterThan(40);
    }
  });

  it('saves exactly the switched-on categories', async () => {
    const element = await render();
    await openPreferences(element);
    const event = oneEvent<ConsentChangeEvent>(element, 'consent-change');
    categorySwitch(element, 'functionality').click();
    part(element, 'save')!.click();
    expect((await event).detail.consent).to.deep.equal({ ...ALL_DENIED, functionality: true });
    await element.updateComplete;
    expect(part(element, 'preferences')).to.equal(null);
    expect(part(element, 'banner')).to.equal(null);
  });

  it("has its own accept-all and reject-all", async () => {
    const element = await render();
    await openPreferences(element);
    const inDialog = (name: string) => parts(element, name).find((button) => button.closest('dialog'))!;
    inDialog('reject-all').click();
    expect(element.consent).to.deep.equal(ALL_DENIED);
    element.showPreferences();
    await element.updateComplete;
    expect(parts<HTMLInputElement>(element, 'toggle').map((toggle) => toggle.checked)).to.deep.equal([true, false, false, false]);
    inDialog('accept-all').click();
    expect(element.consent).to.deep.equal(ALL_GRANTED);
  });

  it('shows the current decision when reopened, and reports what changed', async () => {
    storeDecision(['analytics'], ['functionality', 'targeting']);
    const element = await render();
    expect(part(element, 'banner')).to.equal(null);
    element.showPreferences();
    await element.updateComplete;
    const toggles = parts<HTMLInputElement>(element, 'toggle');
    expect(toggles.map((toggle) => toggle.checked)).to.deep.equal([true, true, false, false]);
    toggles[1]!.click();
    toggles[3]!.click();
    const event = oneEvent<ConsentChangeEvent>(element, 'consent-change');
    part(element, 'save')!.click();
    const { detail } = await event;
    expect(detail.changed).to.deep.equal(['analytics', 'targeting']);
    expect(detail.id).to.equal('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('closes on Escape without deciding, and focus returns to the customize button', async () => {
    const element = await render();
    const customize = part(element, 'customize')!;
    customize.focus();
    customize.click();
    await element.updateComplete;
    await sendKeys({ press: 'Escape' });
    await until(() => part(element, 'preferences') === null, 'the dialog to close');
    await element.updateComplete;
    expect(focused()).to.equal(customize);
    expect(element.consent).to.equal(null);
    expect(part(element, 'banner')).to.exist;
  });

  it('hides the first layer while they are open, and shows it again when they close without a decision', async () => {
    const element = await render();
    const banner = part(element, 'banner')!;
    const shown = () => banner.isConnected && banner.getClientRects().length > 0 && getComputedStyle(banner).visibility !== 'hidden';
    expect(shown(), 'before').to.equal(true);
    const dialog = await openPreferences(element);
    expect(shown(), 'behind the open preferences').to.equal(false);
    // Nothing of it peeks out around the dialog: the point just outside the dialog's corner
    // that the banner covered before is the page again.
    const box = dialog.getBoundingClientRect();
    const under = element.shadowRoot!.elementFromPoint(box.left + 2, box.bottom + 4);
    expect(under === null || !banner.contains(under), 'no edge of the banner around the dialog').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => part(element, 'preferences') === null, 'the dialog to close');
    expect(shown(), 'after closing without a decision').to.equal(true);
  });

  it('opens from any data-cookie-consent="preferences" link, and focus returns to it', async () => {
    storeDecision([], ['analytics', 'functionality', 'targeting']);
    const element = await render();
    const link = document.createElement('a');
    link.href = '#settings';
    link.dataset['cookieConsent'] = 'preferences';
    link.innerHTML = '<span>Cookie settings</span>';
    document.body.append(link);
    try {
      link.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(part<HTMLDialogElement>(element, 'preferences')!.open).to.equal(true);
      expect(location.hash).to.not.equal('#settings');
      await sendKeys({ press: 'Escape' });
      await until(() => part(element, 'preferences') === null, 'the dialog to close');
      await element.updateComplete;
      expect(document.activeElement).to.equal(link);
      // A click on a child of the link counts too.
      link.querySelector('span')!.click();
      await element.updateComplete;
      expect(part<HTMLDialogElement>(element, 'preferences')!.open).to.equal(true);
    } finally {
      link.remove();
    }
  });

  it('can be used with the keyboard alone', async () => {
    const element = await render();
    // The banner has focus; Tab goes to its link, then the buttons.
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(element, 'policy-link'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(element, 'customize'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const dialog = part<HTMLDialogElement>(element, 'preferences')!;
    expect(dialog.contains(focused())).to.equal(true);
    // Tab to the analytics switch, switch it on with Space, then Tab to save and press Enter.
    const analytics = parts<HTMLInputElement>(element, 'toggle')[1]!;
    for (let i = 0; i < 10 && focused() !== analytics; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(analytics);
    await sendKeys({ press: ' ' });
    const save = part(element, 'save')!;
    for (let i = 0; i < 10 && focused() !== save; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(save);
    await sendKeys({ press: 'Enter' });
    expect(element.consent).to.deep.equal({ ...ALL_DENIED, analytics: true });
  });
});

describe('<cookie-consent> returning visitor', () => {
  it('renders no UI and exposes the stored decision', async () => {
    storeDecision(['targeting'], ['analytics', 'functionality']);
    const element = await render();
    expect(element.shadowRoot, 'no shadow root: nothing was rendered').to.equal(null);
    expect(element.consent).to.deep.equal({ ...ALL_DENIED, targeting: true });
    expect(element.hasConsent('targeting')).to.equal(true);
  });

  it('is asked again when the revision changes', async () => {
    storeDecision(['analytics'], ['functionality', 'targeting'], { rev: '1' });
    const element = await render(html`<cookie-consent revision="2"></cookie-consent>`);
    expect(part(element, 'banner')).to.exist;
    expect(element.consent).to.equal(null);
  });

  it('is asked again when the revision attribute changes at run time', async () => {
    storeDecision(['analytics'], ['functionality', 'targeting']);
    const element = await render();
    expect(part(element, 'banner')).to.equal(null);
    element.setAttribute('revision', '2');
    await element.updateComplete;
    expect(part(element, 'banner')).to.exist;
    expect(element.hasConsent('analytics')).to.equal(false);
  });
});

describe('<cookie-consent> properties', () => {
  it('reflects every attribute as a property, both ways, and applies changes', async () => {
    const element = await render(html`<cookie-consent categories="analytics" expires-days="30"></cookie-consent>`);
    expect(element.categories).to.equal('analytics');
    expect(element.expiresDays).to.equal('30');
    expect(element.cookieDomain).to.equal(null);
    element.policyUrl = '/privacy-v2';
    element.categories = 'analytics targeting';
    expect(element.getAttribute('policy-url')).to.equal('/privacy-v2');
    await element.updateComplete;
    expect(part<HTMLAnchorElement>(element, 'policy-link')!.getAttribute('href')).to.equal('/privacy-v2');
    expect(part(element, 'banner')!.textContent).to.contain('Analytics, Targeting');
    element.policyUrl = null;
    expect(element.hasAttribute('policy-url')).to.equal(false);
  });

  it('keeps properties a framework set before the element was defined', async () => {
    const page = await loadPage(
      // A cookie of its own: its decision then reaches no other test's consent store as another tab's.
      `<script>const early = document.createElement('cookie-consent'); early.policyUrl = '/early'; early.categories = 'targeting'; early.cookieName = 'early_consent'; document.body.append(early);</script>`,
      '',
    );
    const script = page.document.createElement('script');
    script.src = '/dist/cookie-consent.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    page.document.head.append(script);
    await loaded;
    const element = consentElementOf(page);
    expect(element.getAttribute('policy-url')).to.equal('/early');
    expect(element.getAttribute('cookie-name')).to.equal('early_consent');
    await until(() => !!part(element, 'banner'), 'the banner');
    element.acceptAll();
    expect(element.consent).to.deep.equal({ necessary: true, targeting: true });
  });
});

describe('<cookie-consent> API', () => {
  it('accept(ids) grants exactly those, fires one event like a click does', async () => {
    const element = await render();
    let events = 0;
    const count = () => (events += 1);
    document.addEventListener('consent-change', count);
    element.accept(['analytics', 'targeting']);
    await aTimeout(0);
    document.removeEventListener('consent-change', count);
    expect(events).to.equal(1);
    expect(element.consent).to.deep.equal({ ...ALL_DENIED, analytics: true, targeting: true });
  });

  it('showBanner, showPreferences and hide control the UI without deciding', async () => {
    storeDecision([], ['analytics', 'functionality', 'targeting']);
    const element = await render();
    element.showBanner();
    await element.updateComplete;
    expect(part(element, 'banner')).to.exist;
    element.showPreferences();
    await element.updateComplete;
    expect(part<HTMLDialogElement>(element, 'preferences')!.open).to.equal(true);
    element.hide();
    await element.updateComplete;
    expect(part(element, 'banner')).to.equal(null);
    expect(part(element, 'preferences')).to.equal(null);
    expect(element.consent).to.deep.equal(ALL_DENIED);
  });

  it('reset forgets the decision and shows the banner again', async () => {
    const element = await render();
    element.acceptAll();
    expect(cookieValue()).to.be.a('string');
    element.reset();
    await element.updateComplete;
    expect(cookieValue()).to.equal(undefined);
    expect(element.consent).to.equal(null);
    expect(element.hasConsent('analytics')).to.equal(false);
    expect(part(element, 'banner')).to.exist;
  });
});

describe('<cookie-consent> texts', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('uses the lang attribute', async () => {
    const element = await render(html`<cookie-consent lang="de"></cookie-consent>`);
    await until(() => !!part(element, 'accept-all'), 'the German banner');
    expect(part(element, 'accept-all')!.textContent.trim()).to.equal('Alle akzeptieren');
    expect(part(element, 'reject-all')!.textContent.trim()).to.equal('Alle ablehnen');
    expect(part(element, 'banner')!.getAttribute('lang')).to.equal('de');
  });

  it('falls back to <html lang>, matching on the primary language', async () => {
    document.documentElement.lang = 'fr-CA';
    const element = await render(html`<cookie-consent></cookie-consent>`);
    await until(() => !!part(element, 'accept-all'), 'the French banner');
    expect(part(element, 'accept-all')!.textContent.trim()).to.equal('Tout accepter');
  });

  it('switches language when the lang attribute changes', async () => {
    const element = await render();
    element.lang = 'nl';
    await until(() => part(element, 'reject-all')?.textContent.trim() === 'Alles weigeren', 'the Dutch texts');
  });

  it('uses English for a language it does not have', async () => {
    document.documentElement.lang = 'tlh';
    const element = await render();
    expect(part(element, 'accept-all')!.textContent.trim()).to.equal('Accept all');
  });
});

describe('<cookie-consent> look', () => {
  it('floats over the page without moving its layout', async () => {
    const marker = document.createElement('p');
    marker.textContent = 'page content';
    document.body.prepend(marker);
    const before: unknown = marker.getBoundingClientRect().toJSON();
    const height = document.documentElement.scrollHeight;
    const element = await render();
    // Moved to the top of the page, where a site owner is told to put it.
    document.body.prepend(element);
    try {
      await element.updateComplete;
      expect(part(element, 'banner')).to.exist;
      expect(marker.getBoundingClientRect().toJSON()).to.deep.equal(before);
      expect(document.documentElement.scrollHeight).to.equal(height);
      expect(getComputedStyle(part(element, 'banner')!).position).to.equal('fixed');
    } finally {
      marker.remove();
      element.remove();
    }
  });

  it('keeps a gap between the title and the description where a phone runs them into one line', async () => {
    // The script-tag build drops the whitespace between tags: only a margin separates them.
    const { element } = await bannerPage(320, 640);
    const title = part(element, 'banner')!.querySelector('h2')!;
    const description = title.nextElementSibling!;
    const titleEnd = [...title.getClientRects()].at(-1)!;
    const descriptionStart = description.getClientRects()[0]!;
    expect(Math.abs(descriptionStart.top - titleEnd.top), 'on one line').to.be.below(2);
    expect(descriptionStart.left - titleEnd.right, 'the gap, in px').to.be.at.least(2);
  });

  it('fits a 320 px phone without horizontal scrolling', async () => {
    const { page, element } = await bannerPage(320, 640);
    const box = part(element, 'banner')!.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
    part(element, 'customize')!.click();
    await element.updateComplete;
    const dialog = part(element, 'preferences')!;
    expect(dialog.getBoundingClientRect().left).to.be.at.least(0);
    expect(dialog.getBoundingClientRect().right).to.be.at.most(320);
    expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('takes the colours the color-scheme attribute forces', async () => {
    const dark = await render(html`<cookie-consent color-scheme="dark"></cookie-consent>`);
    expect(getComputedStyle(part(dark, 'banner')!).backgroundColor).to.equal('rgb(28, 31, 36)');
    expect(getComputedStyle(part(dark, 'accept-all')!).backgroundColor).to.equal('rgb(240, 243, 246)');
    dark.remove();
    const light = await render(html`<cookie-consent color-scheme="light"></cookie-consent>`);
    expect(getComputedStyle(part(light, 'banner')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    light.setAttribute('color-scheme', 'dark');
    await light.updateComplete;
    expect(getComputedStyle(part(light, 'banner')!).backgroundColor).to.equal('rgb(28, 31, 36)');
  });

  it('follows the page by default: dark only where the page declares a dark scheme and the visitor prefers dark', async () => {
    const LIGHT = 'rgb(255, 255, 255)';
    const DARK = 'rgb(28, 31, 36)';
    // What the page declares → the banner's background for a visitor who prefers light / dark.
    const cases: { name: string; head?: string; html?: string; attribute?: string; light: string; dark: string }[] = [
      { name: 'a page that declares nothing', light: LIGHT, dark: LIGHT },
      { name: '<meta name="color-scheme" content="light dark">', head: '<meta name="color-scheme" content="light dark">', light: LIGHT, dark: DARK },
      { name: 'color-scheme: light dark on the root', html: 'color-scheme: light dark', light: LIGHT, dark: DARK },
      { name: 'a dark-only page', html: 'color-scheme: dark', light: DARK, dark: DARK },
      { name: 'only light on the root over a light dark meta', head: '<meta name="color-scheme" content="light dark">', html: 'color-scheme: only light', light: LIGHT, dark: LIGHT },
      { name: 'color-scheme="auto" on a page that declares nothing', attribute: 'auto', light: LIGHT, dark: DARK },
      { name: 'color-scheme="light" on a dark page', html: 'color-scheme: dark', attribute: 'light', light: LIGHT, dark: LIGHT },
    ];
    let sawDarkVisitor = false;
    for (const scheme of ['light', 'dark']) {
      for (const { name, head = '', html: rootStyle, attribute, light, dark } of cases) {
        const body = `${rootStyle ? `<script>document.documentElement.setAttribute("style", ${JSON.stringify(rootStyle)})</script>` : ''}<cookie-consent${attribute ? ` color-scheme="${attribute}"` : ''}></cookie-consent>`;
        // An iframe's prefers-color-scheme follows the color-scheme its embedder gives it, where
        // the engine implements that; the expectation follows the media query either way.
        const { page, element } = await loadBannerPage(body, head + SCRIPT, { colorScheme: scheme });
        const prefersDark = page.matchMedia('(prefers-color-scheme: dark)').matches;
        sawDarkVisitor ||= prefersDark;
        expect(page.getComputedStyle(part(element, 'banner')!).backgroundColor, `${name}, visitor prefers ${prefersDark ? 'dark' : 'light'}`).to.equal(prefersDark ? dark : light);
        await removePages();
      }
    }
    // Chromium lets the embedder set the page's preference: there the dark visitor is covered.
    if (navigator.userAgent.includes('Chrome/')) expect(sawDarkVisitor, 'a visitor who prefers dark was tested').to.equal(true);
  });

  it('is themable with custom properties and ::part, from the page', async () => {
    const style = document.createElement('style');
    style.textContent = `cookie-consent { --cc-bg: rgb(1, 2, 3); } cookie-consent::part(accept-all) { outline: 5px solid rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const element = await render();
      expect(getComputedStyle(part(element, 'banner')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(element, 'accept-all')!).outlineColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('adopts its styles instead of adding a <style> element', async () => {
    const element = await render();
    await openPreferences(element);
    expect(element.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    expect(element.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  });
});
