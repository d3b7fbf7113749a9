/**
 * Placeholders for held iframes: a video or map that needs a category the visitor has not granted
 * is not requested; in its place and at its size a notice names the category, with "Load this
 * once" (this frame, this page view, nothing stored) and "Allow <category>" (a stored decision).
 * On real sites' CSS (Tailwind's preflight, Bootstrap's reboot, WordPress's embed block, as
 * published, in test/fixtures/site-css; a theme's own rules; the demo) the placeholder lies
 * exactly over the frame's box, on top and clickable, the held frame never shows, and releasing
 * it moves nothing. Pages load the script-tag build in a same-origin iframe. The axe check of a
 * placeholder, in the light and the dark colour scheme, is test/compliance/wcag.test.ts's.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { drawnPlaceholder, inPlaceholder, OPTIONAL, placeholderOf, SCRIPT } from '../support/banner.js';
import { consentElementOf, cookieValue, focused, gatedUrl, loadPage, loadUrl, newToken, removePages, requested, settle, storeDecision, storedRecord, until } from '../support/helpers.js';

/** A held video, 400 × 225, that needs targeting (`style` for the iframe's own CSS). */
const video = (token: string, name = 'video', style = '') =>
  `<iframe data-category="targeting" data-src="${gatedUrl(token, `${name}.html`)}" width="400" height="225" title="Video"${style ? ` style="${style}"` : ''}></iframe>`;

/** Whether `frame` was released: it shows and its src is the gated URL. */
const released = (frame: HTMLIFrameElement, token: string, name = 'video') =>
  shows(frame) && (frame.getAttribute('src') ?? '').endsWith(gatedUrl(token, `${name}.html`));

/** Whether `element` is painted: it has a box and its visibility lets it show. */
const shows = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility === 'visible';

describe('iframe placeholders', () => {
  it('stand in for a held iframe at its size; the iframe does not show and its URL is not requested', async () => {
    const token = newToken();
    // Borderless, as embeds usually are, so that its laid-out size is exactly 400 × 225 (an iframe's
    // default 2 px inset border would make it 404 × 229); a page wide enough not to squeeze it.
    const page = await loadPage(`<cookie-consent></cookie-consent><p>Our latest video:</p>${video(token, 'video', 'border: 0')}<p>after</p>`, SCRIPT, { width: 800, height: 600 });
    const frame = page.document.querySelector('iframe')!;
    const host = await drawnPlaceholder(frame);
    // What shows: the notice's own box, border and padding included, not only its host's.
    const box = inPlaceholder(host, 'placeholder')!.getBoundingClientRect();
    expect(box.width, 'placeholder width').to.be.closeTo(400, 1);
    expect(box.height, 'placeholder height').to.be.closeTo(225, 1);
    expect(host.checkVisibility(), 'the placeholder shows').to.equal(true);
    expect(shows(frame), 'the iframe does not show').to.equal(false);
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
    expect(cookieValue('cookie_consent', page.document), 'no decision stored').to.equal(undefined);
    expect(element.hasConsent('targeting')).to.equal(false);
    expect(element.consent).to.equal(null);

    await removePages();
    const again = await loadPage(body, SCRIPT);
    const frameAgain = again.document.querySelector('iframe')!;
    await drawnPlaceholder(frameAgain);
    expect(shows(frameAgain)).to.equal(false);
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
    const stored = storedRecord('cookie_consent', page.document);
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
    expect(shows(frame)).to.equal(true);
    await until(async () => (await requested(token)).includes('video.html'), 'video.html to be requested');
    await until(() => frame.contentWindow?.location.pathname === gatedUrl(token, 'video.html'), 'the video page in the iframe');
  });
});

/** A site stylesheet as published, verbatim in test/fixtures/site-css. */
const siteCss = (name: 'tailwind-preflight' | 'bootstrap-reboot' | 'wordpress-embed') => `<link rel="stylesheet" href="/test/fixtures/site-css/${name}.css">`;

/** Resolves after `count` frames of `win` have been rendered (ResizeObserver callbacks included). */
const frames = (win: Window, count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => win.requestAnimationFrame(() => (left > 1 ? step(left - 1) : resolve()));
    step(count);
  });

/** An element's border box; two boxes are the same to within the 1 px the tests allow. */
type Box = Pick<DOMRect, 'left' | 'top' | 'width' | 'height'>;
const boxOf = (element: Element): Box => {
  const { left, top, width, height } = element.getBoundingClientRect();
  return { left, top, width, height };
};
const sameBox = (a: Box, b: Box) => (['left', 'top', 'width', 'height'] as const).every((side) => Math.abs(a[side] - b[side]) <= 1);
const show = (box: Box) => `${box.width.toFixed(1)}×${box.height.toFixed(1)} at ${box.left.toFixed(1)},${box.top.toFixed(1)}`;
function expectSameBox(actual: Box, expected: Box, what: string): void {
  expect(sameBox(actual, expected), `${what}: ${show(actual)}, expected ${show(expected)}`).to.equal(true);
}

/** The sum of the layout shifts `win` reports until `stop()` (Chromium only: `null` elsewhere). */
function watchLayoutShifts(win: Window): { stop: () => Promise<number | null> } {
  // The page's own observer: entries are per document.
  const Observer = (win as Window & { PerformanceObserver: typeof PerformanceObserver }).PerformanceObserver;
  if (!Observer.supportedEntryTypes.includes('layout-shift')) return { stop: () => Promise.resolve(null) };
  let sum = 0;
  const observer = new Observer((list) => {
    for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
  });
  observer.observe({ type: 'layout-shift' });
  return {
    stop: async () => {
      await frames(win, 3);
      for (const entry of observer.takeRecords()) sum += (entry as PerformanceEntry & { value: number }).value;
      observer.disconnect();
      return sum;
    },
  };
}

/**
 * What a visitor sees of a held frame: it does not show, its placeholder's notice covers exactly
 * its box, and at the box's centre the pointer reaches the placeholder, whose button takes the
 * click there. Returns that button.
 */
async function expectPlaceholderOver(frame: HTMLIFrameElement, what: string): Promise<HTMLElement> {
  const doc = frame.ownerDocument;
  const host = await drawnPlaceholder(frame);
  const notice = inPlaceholder(host, 'placeholder')!;
  // A moment for a ResizeObserver round after a change of layout; the assertion below says what is wrong.
  await until(() => sameBox(boxOf(notice), boxOf(frame)), `${what}: the placeholder over the frame`, 2000).catch(() => undefined);
  expectSameBox(boxOf(notice), boxOf(frame), `${what}: the placeholder covers the frame's box`);
  expect(getComputedStyle(frame).visibility, `${what}: the held frame does not show`).to.equal('hidden');
  const { left, top, width, height } = boxOf(frame);
  const [x, y] = [left + width / 2, top + height / 2];
  // Booleans, not elements: an element in a failure message cannot be sent to the test runner.
  const atCentre = doc.elementFromPoint(x, y);
  expect(atCentre === host, `${what}: the placeholder is on top at the frame's centre, not ${atCentre?.localName ?? 'nothing'}`).to.equal(true);
  // A point on the "Load this once" button, found by hit testing: the button a click there reaches.
  const button = inPlaceholder(host, 'load-once')!;
  const target = boxOf(button);
  const hit = host.shadowRoot!.elementFromPoint(target.left + target.width / 2, target.top + target.height / 2);
  expect(hit === button || button.contains(hit), `${what}: "Load this once" takes the click`).to.equal(true);
  return button;
}

/** One kind of site: its stylesheets, and its markup around a held video `frame`. */
interface Site {
  readonly head: string;
  readonly body: (frame: string) => string;
  /** The frame's box as the site's CSS lays it out, from the page (an independent reference). */
  readonly expected: (doc: Document) => Pick<Box, 'width' | 'height'>;
}

const SITES: Record<string, Site> = {
  // Preflight's iframe { display: block } and the utilities Tailwind v4 generates for a
  // full-width 16:9 video (class="block w-full h-auto aspect-video"), as they appear in its output.
  'Tailwind (preflight, a full-width 16:9 video)': {
    head: `${siteCss('tailwind-preflight')}<style>:root{--aspect-video:16 / 9}.block{display:block}.w-full{width:100%}.h-auto{height:auto}.aspect-video{aspect-ratio:var(--aspect-video)}main{margin:0 auto;max-width:640px;padding:0 16px}</style>`,
    body: (frame) => `<main id="column"><p>Our latest video:</p>${frame.replace('<iframe ', '<iframe class="block w-full h-auto aspect-video" ')}<p id="after">after</p></main>`,
    expected: (doc) => {
      const width = doc.getElementById('column')!.clientWidth - 32;
      return { width, height: (width * 9) / 16 };
    },
  },
  // Reboot's iframe { border: 0 }: an inline frame in the flow at its attributes' size.
  'Bootstrap (reboot, an inline 400 × 225 frame)': {
    head: siteCss('bootstrap-reboot'),
    body: (frame) => `<p>Our latest video:</p>${frame}<p id="after">after</p>`,
    expected: () => ({ width: 400, height: 225 }),
  },
  // WordPress's YouTube embed block: an absolutely positioned frame in a 56.25 % padding wrapper
  // (YouTube's oEmbed markup has frameborder="0").
  'WordPress (embed block, responsive 16:9)': {
    head: siteCss('wordpress-embed'),
    body: (frame) =>
      `<div class="wp-embed-responsive"><p>Our latest video:</p><figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
${frame.replace('<iframe ', '<iframe frameborder="0" ')}
</div><figcaption class="wp-element-caption">A video</figcaption></figure><p id="after">after</p></div>`,
    expected: (doc) => {
      const { width } = doc.querySelector('.wp-block-embed__wrapper')!.getBoundingClientRect();
      return { width, height: width * 0.5625 };
    },
  },
  // A theme's own rule, no reset: display, position and a percentage size, with !important.
  "a theme's iframe rule (display, position, percentage width, aspect-ratio, !important)": {
    head: '<style>.embed iframe{display:block !important;position:relative !important;width:50% !important;height:auto !important;aspect-ratio:4/3;margin:0 auto;border:4px solid #333}</style>',
    body: (frame) => `<p>Our latest video:</p><div class="embed" id="column">${frame}</div><p id="after">after</p>`,
    expected: (doc) => {
      // Content-box sizes, plus the 4 px border on each side.
      const content = doc.getElementById('column')!.clientWidth / 2;
      return { width: content + 8, height: (content * 3) / 4 + 8 };
    },
  },
};

describe('iframe placeholders on real sites\' CSS', () => {
  for (const [name, site] of Object.entries(SITES)) {
    it(`take the frame's exact place, on top, and release it without a shift: ${name}`, async () => {
      const token = newToken();
      storeDecision([], OPTIONAL);
      const page = await loadPage(`<cookie-consent></cookie-consent>${site.body(video(token))}`, `${site.head}${SCRIPT}`, { width: 800, height: 900 });
      const doc = page.document;
      const frame = doc.querySelector('iframe')!;
      await expectPlaceholderOver(frame, 'at 800 px');
      const expected = site.expected(doc);
      expect(boxOf(frame).width, 'the frame keeps the width the site gives it').to.be.closeTo(expected.width, 1);
      expect(boxOf(frame).height, 'the frame keeps the height the site gives it').to.be.closeTo(expected.height, 1);

      // A narrower window (a phone turned, a sidebar opened): the placeholder follows the frame.
      (page.frameElement as HTMLIFrameElement).style.width = '560px';
      await frames(page);
      const button = await expectPlaceholderOver(frame, 'at 560 px');
      expect(await requested(token), 'nothing requested before consent').to.deep.equal([]);

      const before = { placeholder: boxOf(inPlaceholder(placeholderOf(frame)!, 'placeholder')!), after: boxOf(doc.getElementById('after')!) };
      const shifts = watchLayoutShifts(page);
      button.click();
      await until(() => released(frame, token), 'the iframe to show');
      await frames(page);
      expectSameBox(boxOf(frame), before.placeholder, 'the released frame is where the placeholder was');
      expectSameBox(boxOf(doc.getElementById('after')!), before.after, 'the text after it has not moved');
      const shift = await shifts.stop();
      if (shift !== null) expect(shift, 'cumulative layout shift of the release').to.equal(0);
    });
  }

  it('show the demo\'s video placeholder, on top of the video\'s box and clickable', async () => {
    storeDecision([], OPTIONAL);
    const page = await loadUrl('/demo/index.html');
    const outer = page.frameElement as HTMLIFrameElement;
    outer.style.width = '1024px';
    outer.style.height = '768px';
    // The page laid out at its new size before it scrolls to the video.
    await frames(page);
    const frame = page.document.querySelector<HTMLIFrameElement>('.video__frame iframe')!;
    // At once: the demo scrolls smoothly (scroll-behavior), which would take a while.
    frame.scrollIntoView({ block: 'center', behavior: 'instant' });
    await frames(page);
    const button = await expectPlaceholderOver(frame, 'the demo');
    expectSameBox(boxOf(frame), boxOf(page.document.querySelector('.video__frame')!), "the video keeps the demo's 16:9 box");
    button.click();
    await until(() => shows(frame) && (frame.getAttribute('src') ?? '').endsWith('/demo/vendor/video.html'), 'the video to load');
  });

  it('stay out of sight for a frame the site hides, and come with it when it shows', async () => {
    storeDecision([], OPTIONAL);
    const token = newToken();
    const page = await loadPage(`<cookie-consent></cookie-consent><div id="tab" style="display: none">${video(token, 'video', 'border: 0')}</div>`, SCRIPT, { width: 800, height: 600 });
    const frame = page.document.querySelector('iframe')!;
    await until(() => !!placeholderOf(frame), 'the placeholder');
    await frames(page);
    expect(placeholderOf(frame)!.getClientRects().length, 'no placeholder box for a hidden frame').to.equal(0);
    page.document.getElementById('tab')!.style.display = '';
    await frames(page);
    await expectPlaceholderOver(frame, 'once shown');
  });
});
