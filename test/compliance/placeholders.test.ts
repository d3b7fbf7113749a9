/**
 * Placeholders for held iframes: a video or map that needs a category the visitor has not granted
 * is not requested; in its place and at its size a notice names the category, with "Load this
 * once" (this frame, this page view, nothing stored) and "Allow <category>" (a stored decision).
 * Pages load the script-tag build in a same-origin iframe. The axe check of a placeholder, in the
 * light and the dark colour scheme, is test/compliance/wcag.test.ts's.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { drawnPlaceholder, inPlaceholder, OPTIONAL, placeholderOf, SCRIPT } from '../support/banner.js';
import { consentElementOf, cookieValue, focused, gatedUrl, loadPage, newToken, removePages, requested, settle, storeDecision, storedRecord, until } from '../support/helpers.js';

/** A held video, 400 × 225, that needs targeting (`style` for the iframe's own CSS). */
const video = (token: string, name = 'video', style = '') =>
  `<iframe data-category="targeting" data-src="${gatedUrl(token, `${name}.html`)}" width="400" height="225" title="Video"${style ? ` style="${style}"` : ''}></iframe>`;

/** Whether `frame` was released: it shows and its src is the gated URL. */
const released = (frame: HTMLIFrameElement, token: string, name = 'video') =>
  !frame.hidden && (frame.getAttribute('src') ?? '').endsWith(gatedUrl(token, `${name}.html`));

describe('iframe placeholders', () => {
  it('stand in for a held iframe at its size; the iframe is hidden and its URL not requested', async () => {
    const token = newToken();
    // Borderless, as embeds usually are, so that its laid-out size is exactly 400 × 225 (an iframe's
    // default 2 px inset border would make it 404 × 229); a page wide enough not to squeeze it.
    const page = await loadPage(`<cookie-consent></cookie-consent><p>Our latest video:</p>${video(token, 'video', 'border: 0')}<p>after</p>`, SCRIPT, { width: 800, height: 600 });
    const frame = page.document.querySelector('iframe')!;
    const host = await drawnPlaceholder(frame);
    const box = host.getBoundingClientRect();
    expect(box.width, 'placeholder width').to.be.closeTo(400, 1);
    expect(box.height, 'placeholder height').to.be.closeTo(225, 1);
    expect(host.checkVisibility(), 'the placeholder shows').to.equal(true);
    expect(frame.hidden, 'the iframe is hidden').to.equal(true);
    expect(frame.checkVisibility(), 'the iframe does not show').to.equal(false);
    expect(frame.getAttribute('src')).to.equal(null);
    await settle(300);
    expect(await requested(token), 'nothing requested before consent').to.deep.equal([]);
  });

  it('name the category the content needs, in a labelled group', async () => {
    storeDecision([], OPTIONAL);
    const page = await loadPage(`<cookie-consent></cookie-consent>${video(newToken())}`, SCRIPT);
    const host = await drawnPlaceholder(page.document.querySelector('iframe')!);
    const notice = inPlaceholder(host, 'placeholder')!;
    expect(notice.getAttribute('role')).to.equal('group');
    expect(notice.textContent).to.contain('Targeting');
    expect(notice.getAttribute('aria-label') ?? '').to.contain('Targeting');
    expect(notice.checkVisibility()).to.equal(true);
  });

  it('offer two labelled buttons that the keyboard reaches', async () => {
    storeDecision([], OPTIONAL);
    const page = await loadPage(`<cookie-consent></cookie-consent><button id="before">Before</button>${video(newToken())}<button id="after">After</button>`, SCRIPT);
    const host = await drawnPlaceholder(page.document.querySelector('iframe')!);
    const loadOnce = inPlaceholder(host, 'load-once') as HTMLButtonElement;
    const allow = inPlaceholder(host, 'allow-category') as HTMLButtonElement;
    expect(loadOnce.localName).to.equal('button');
    expect(allow.localName).to.equal('button');
    expect(loadOnce.textContent.trim()).to.equal('Load this once');
    expect(allow.textContent.trim()).to.equal('Allow Targeting');
    for (const button of [loadOnce, allow]) {
      expect(button.checkVisibility(), `${button.textContent} shows`).to.equal(true);
      expect(button.disabled).to.equal(false);
    }
    page.document.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(page.document), 'Tab from the button before').to.equal(loadOnce);
    await sendKeys({ press: 'Tab' });
    expect(focused(page.document)).to.equal(allow);
  });

  it('"Load this once" loads that iframe now, stores nothing, and the next page holds it again', async () => {
    const token = newToken();
    const body = `<cookie-consent></cookie-consent>${video(token)}`;
    const page = await loadPage(body, SCRIPT);
    const element = consentElementOf(page);
    const frame = page.document.querySelector('iframe')!;
    const host = await drawnPlaceholder(frame);
    inPlaceholder(host, 'load-once')!.click();
    await until(async () => (await requested(token)).includes('video.html'), 'video.html to be requested');
    await until(() => released(frame, token), 'the iframe to show');
    expect(placeholderOf(frame), 'the placeholder is gone').to.equal(null);
    expect(host.isConnected).to.equal(false);
    expect(cookieValue(), 'no decision stored').to.equal(undefined);
    expect(element.hasConsent('targeting')).to.equal(false);
    expect(element.consent).to.equal(null);

    removePages();
    const again = await loadPage(body, SCRIPT);
    const frameAgain = again.document.querySelector('iframe')!;
    await drawnPlaceholder(frameAgain);
    expect(frameAgain.hidden).to.equal(true);
    expect(frameAgain.getAttribute('src')).to.equal(null);
    await settle(300);
    expect(await requested(token), 'requested only by the first page').to.deep.equal(['video.html']);
  });

  it('"Allow Targeting" stores the grant, loads the iframe and removes the placeholder', async () => {
    const token = newToken();
    const page = await loadPage(`<cookie-consent></cookie-consent>${video(token)}`, SCRIPT);
    const element = consentElementOf(page);
    const frame = page.document.querySelector('iframe')!;
    const host = await drawnPlaceholder(frame);
    inPlaceholder(host, 'allow-category')!.click();
    await until(async () => (await requested(token)).includes('video.html'), 'video.html to be requested');
    await until(() => released(frame, token), 'the iframe to show');
    expect(placeholderOf(frame)).to.equal(null);
    const stored = storedRecord();
    expect(stored.granted).to.include('targeting');
    expect(stored.granted, 'nothing else granted').to.not.include.members(['analytics', 'functionality']);
    expect(element.hasConsent('targeting')).to.equal(true);
    expect(element.hasConsent('analytics')).to.equal(false);
    await until(() => !element.shadowRoot?.querySelector('[part~="banner"]'), 'the banner to go: a decision was made');
  });

  it('"Allow" loads every iframe of that category', async () => {
    const token = newToken();
    storeDecision([], OPTIONAL);
    const page = await loadPage(`<cookie-consent></cookie-consent>${video(token, 'first')}<p>and</p>${video(token, 'second')}`, SCRIPT);
    const [first, second] = [...page.document.querySelectorAll('iframe')];
    const firstHost = await drawnPlaceholder(first!);
    await drawnPlaceholder(second!);
    inPlaceholder(firstHost, 'allow-category')!.click();
    await until(async () => (await requested(token)).length === 2, 'both iframes to be requested');
    expect((await requested(token)).slice().sort()).to.deep.equal(['first.html', 'second.html']);
    await until(() => released(first!, token, 'first') && released(second!, token, 'second'), 'both iframes to show');
    expect(page.document.querySelectorAll('[data-cookie-consent-placeholder]')).to.have.length(0);
  });

  it('do not show for a returning visitor who granted the category, whose iframe loads', async () => {
    const token = newToken();
    storeDecision(['targeting'], ['analytics', 'functionality']);
    const page = await loadPage(`<cookie-consent></cookie-consent>${video(token)}`, SCRIPT);
    const frame = page.document.querySelector('iframe')!;
    await settle(300);
    expect(page.document.querySelectorAll('[data-cookie-consent-placeholder]'), 'no placeholder').to.have.length(0);
    expect(frame.hidden).to.equal(false);
    await until(async () => (await requested(token)).includes('video.html'), 'video.html to be requested');
    await until(() => frame.contentWindow?.location.pathname === gatedUrl(token, 'video.html'), 'the video page in the iframe');
  });
});
