/**
 * WCAG 2.2 AA over every state a visitor can see: the banner (also with the Global Privacy
 * Control line), the preferences dialog (on a first visit, and with the consent id after a
 * decision), the floating settings button and an iframe placeholder. Each check runs with the
 * element forced to the light and to the dark colour scheme (`color-scheme` attribute, which
 * works in every engine). This file is the one place that runs axe: once over each state of
 * STATES, with test/support/axe.ts.
 *
 * What is measured is what a visitor gets: axe's verdict, the colours the browser really paints
 * (computed colours composited over the backgrounds behind them), the focus ring after a real Tab
 * key press, the size and position of each control, the animations the browser runs, and the
 * names and descriptions that assistive technology reads. Most checks render the element in the
 * test document (as the component tests do, so axe and the keyboard reach it); reflow and the
 * first appearance of the banner use pages of the script-tag build at the given viewport size.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { CookieConsent } from '../../src/index.js';
import { expectAccessible, type VisibleState } from '../support/axe.js';
import { drawnPlaceholder, openPreferences, OPTIONAL, render as renderElement, SCRIPT } from '../support/banner.js';
import { consentElementOf, focused, gatedUrl, loadPage, newToken, part, parts, storeDecision, until } from '../support/helpers.js';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** Simulates a browser sending Global Privacy Control, in the test document. */
function setGpc(on: boolean): void {
  if (on) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  else delete (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
}

/**
 * The test page's own background while a check runs: a site that forces the banner dark with
 * `color-scheme="dark"` (a site with its own theme switch) is dark itself, and the floating
 * settings button's focus ring is drawn over the site.
 */
const PAGE_BACKGROUND: Record<Scheme, string> = { light: '#ffffff', dark: '#0d1117' };
function usePageBackground(scheme: Scheme | null): void {
  document.documentElement.style.backgroundColor = scheme ? PAGE_BACKGROUND[scheme] : '';
}

/** A short, readable name of a control for failure messages. */
function nameOf(element: Element): string {
  const partName = element.getAttribute('part');
  const name = element.getAttribute('name');
  return `<${element.localName}${partName ? ` part="${partName}"` : ''}${name ? ` name="${name}"` : ''}>`;
}

/** The buttons, links and switches in `root` that a visitor can operate (visible, enabled). */
function controlsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href], input')].filter(
    (control) => control.checkVisibility() && !(control as HTMLButtonElement | HTMLInputElement).disabled,
  );
}

/** The element with a policy link, forced to `scheme`, rendered in the test document. */
function render(scheme: Scheme, attributes: { settingsButton?: boolean; region?: string } = {}): Promise<CookieConsent> {
  return renderElement(
    html`<cookie-consent policy-url="/privacy" color-scheme=${scheme} region=${ifDefined(attributes.region)} ?settings-button=${attributes.settingsButton ?? false}></cookie-consent>`,
  );
}

/** First visit: the banner. */
async function bannerState(scheme: Scheme): Promise<VisibleState> {
  const element = await render(scheme);
  await until(() => !!part(element, 'banner'), 'the banner');
  const banner = part(element, 'banner')!;
  return { element, container: banner, controls: controlsIn(banner) };
}

/** First visit with Global Privacy Control on: the banner says the signal is honoured. */
async function gpcBannerState(scheme: Scheme): Promise<VisibleState> {
  setGpc(true);
  const state = await bannerState(scheme);
  await until(() => !!part(state.element, 'gpc-notice'), 'the GPC line');
  return state;
}

/** First visit from California under Global Privacy Control: the notice at collection, its opt-out icon and "Opt-Out Request Honored". */
async function usNoticeState(scheme: Scheme): Promise<VisibleState> {
  setGpc(true);
  const element = await render(scheme, { region: 'US-CA' });
  await until(() => !!part(element, 'do-not-sell') && !!part(element, 'gpc-notice'), 'the US notice');
  const banner = part(element, 'banner')!;
  return { element, container: banner, controls: controlsIn(banner) };
}

/** First visit, the preferences opened from the banner's Customize: every optional switch off, no consent id yet. */
async function firstVisitPreferencesState(scheme: Scheme): Promise<VisibleState> {
  const element = await render(scheme);
  const dialog = await openPreferences(element);
  return { element, container: dialog, controls: controlsIn(dialog) };
}

/** After a decision, the preferences reopened: switches on and off, and the consent id. */
async function preferencesState(scheme: Scheme, gpc = false): Promise<VisibleState> {
  setGpc(gpc);
  const element = await render(scheme);
  element.accept(['analytics']);
  element.showPreferences();
  await element.updateComplete;
  await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open && !!part(element, 'consent-id'), 'the preferences with the consent id');
  const dialog = part(element, 'preferences')!;
  return { element, container: dialog, controls: controlsIn(dialog) };
}

/**
 * A page declaring services: Analytics mixed (one of its two services on), each service's
 * switch, description, provider and policy link, and every cookie table open.
 */
async function servicesPreferencesState(scheme: Scheme): Promise<VisibleState> {
  const element = await renderElement(html`<cookie-consent policy-url="/privacy" color-scheme=${scheme} categories="analytics functionality">
    <cookie-category name="analytics" cookies="_site_stats">
      <cookie-service name="heatmaps" label="Heatmaps" provider="Hotjar Ltd" policy-url="https://www.hotjar.com/legal/policies/privacy/">
        Records how visitors use the pages.
        <cookie-item name="_hjSessionUser_*" lifetime="365 days">Recognises a returning visitor.</cookie-item>
        <cookie-item name="_hjSession_*" lifetime="30 minutes">Keeps the current visit together.</cookie-item>
      </cookie-service>
      <cookie-service name="visits" label="Visit counter" provider="InnoCraft Ltd" cookies="_pk_id.* _pk_ses.*">Counts visits on our own server.</cookie-service>
    </cookie-category>
  </cookie-consent>`);
  element.accept(['heatmaps']);
  element.showPreferences();
  await element.updateComplete;
  await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open && parts(element, 'cookie-list').length === 3, 'the preferences with services');
  for (const list of parts<HTMLDetailsElement>(element, 'cookie-list')) list.open = true;
  const dialog = part(element, 'preferences')!;
  return { element, container: dialog, controls: controlsIn(dialog) };
}

/** The cookie declaration on a policy page, after a decision: every table open, the choices and the button. */
async function declarationState(scheme: Scheme): Promise<VisibleState> {
  usePageBackground(scheme);
  const wrapper = await fixture<HTMLDivElement>(
    // A dark policy page says so (color-scheme), which gives its links their light default colour.
    html`<div style=${`color-scheme: ${scheme}; color: ${scheme === 'dark' ? '#e6edf3' : '#1f2328'}`}>
      <cookie-declaration></cookie-declaration>
      <cookie-consent policy-url="/privacy" color-scheme=${scheme} categories="analytics">
        <cookie-category name="analytics" cookies="_site_stats">
          <cookie-service name="heatmaps" label="Heatmaps" provider="Hotjar Ltd" policy-url="https://www.hotjar.com/legal/policies/privacy/">
            Records how visitors use the pages.
            <cookie-item name="_hjSessionUser_*" lifetime="365 days">Recognises a returning visitor.</cookie-item>
          </cookie-service>
        </cookie-category>
      </cookie-consent>
    </div>`,
  );
  const element = wrapper.querySelector('cookie-consent')!;
  element.accept(['heatmaps']);
  const declaration = wrapper.querySelector<HTMLElement>('cookie-declaration')!;
  await until(() => !!declaration.shadowRoot?.querySelector('[part~="consent-id"]'), 'the declaration with the decision');
  return { element, container: declaration, controls: controlsIn(declaration.shadowRoot!) };
}

/** A returning visitor on a page with `settings-button`: the floating button. */
async function settingsButtonState(scheme: Scheme): Promise<VisibleState> {
  storeDecision([], OPTIONAL);
  const element = await render(scheme, { settingsButton: true });
  await until(() => !!part(element, 'settings-button'), 'the settings button');
  const button = part(element, 'settings-button')!;
  return { element, container: button, controls: [button] };
}

/** A held iframe (targeting not granted): its placeholder. */
async function placeholderState(scheme: Scheme): Promise<VisibleState> {
  storeDecision([], OPTIONAL);
  const url = gatedUrl(newToken(), 'video.html');
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <cookie-consent color-scheme=${scheme}></cookie-consent>
      <iframe data-category="targeting" data-src=${url} width="400" height="225" title="Video"></iframe>
    </div>`,
  );
  const element = wrapper.querySelector('cookie-consent')!;
  const placeholder = await drawnPlaceholder(wrapper.querySelector('iframe')!);
  return { element, container: placeholder, controls: controlsIn(placeholder.shadowRoot!) };
}

const STATES: Record<string, (scheme: Scheme) => Promise<VisibleState>> = {
  'the banner': bannerState,
  'the banner with the GPC line': gpcBannerState,
  'the US notice at collection': usNoticeState,
  'the preferences on a first visit': firstVisitPreferencesState,
  'the preferences with the consent id': (scheme) => preferencesState(scheme),
  'the preferences with the GPC line': (scheme) => preferencesState(scheme, true),
  'the preferences with services and their cookies': servicesPreferencesState,
  'the settings button': settingsButtonState,
  'an iframe placeholder': placeholderState,
  'the cookie declaration': declarationState,
};

// ---------------------------------------------------------------------------------------------
// Colours as painted: any CSS colour string the engine computes (rgb(), color(srgb …), lab(),
// oklch(), with alpha) is painted onto a 1×1 canvas and read back as sRGB, and layers are
// composited there exactly as the browser stacks them.

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** Sets the fill colour, failing loudly if the canvas cannot read the string. */
function fill(color: string): void {
  for (const sentinel of ['#010203', '#040506']) {
    paint.fillStyle = sentinel;
    paint.fillStyle = color;
    if (paint.fillStyle !== sentinel) return;
  }
  throw new Error(`the canvas cannot parse the colour "${color}"`);
}

/** A colour's alpha, 0..1. */
function alphaOf(color: string): number {
  paint.globalAlpha = 1;
  paint.clearRect(0, 0, 1, 1);
  fill(color);
  paint.fillRect(0, 0, 1, 1);
  return paint.getImageData(0, 0, 1, 1).data[3]! / 255;
}

type Rgb = readonly [number, number, number];
interface Layer {
  color: string;
  opacity: number;
}

/** The colour seen when `layers` (bottom first) are painted over white, the initial canvas. */
function composite(layers: readonly Layer[]): Rgb {
  paint.globalAlpha = 1;
  paint.fillStyle = '#ffffff';
  paint.fillRect(0, 0, 1, 1);
  for (const layer of layers) {
    paint.globalAlpha = layer.opacity;
    fill(layer.color);
    paint.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** The parent in the flat tree: the parent element, or the shadow root's host. */
function parentOf(element: Element): Element | null {
  const root = element.getRootNode();
  return element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

/** The background layers behind `element` (bottom first), walking up to the first opaque one. */
function backgroundLayers(element: Element | null): Layer[] {
  const layers: Layer[] = [];
  for (let current = element; current; current = parentOf(current)) {
    const color = getComputedStyle(current).backgroundColor;
    const alpha = alphaOf(color);
    if (alpha > 0) layers.unshift({ color, opacity: 1 });
    if (alpha === 1) break;
  }
  return layers;
}

/** The product of the opacities of `element` and its ancestors. */
function opacityOf(element: Element): number {
  let opacity = 1;
  for (let current: Element | null = element; current; current = parentOf(current)) opacity *= Number(getComputedStyle(current).opacity);
  return opacity;
}

const effectiveBackground = (element: Element | null): Rgb => composite(backgroundLayers(element));

/** The colour a foreground colour of `element` is seen as, over the background behind it. */
const effectiveForeground = (element: Element, color: string): Rgb => composite([...backgroundLayers(element), { color, opacity: opacityOf(element) }]);

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** Every visible piece of text in `container` (and its shadow root), with its element. */
function textsIn(container: Element): { text: string; element: Element }[] {
  const roots: Node[] = [container];
  if (container.shadowRoot) roots.push(container.shadowRoot);
  const found: { text: string; element: Element }[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text && element?.checkVisibility()) found.push({ text, element });
    }
  }
  return found;
}

/** Failure lines for texts in `container` below 4.5:1 against what is behind them. */
function lowContrastTexts(container: Element): string[] {
  const texts = textsIn(container);
  expect(texts, 'no text found to check').to.not.be.empty;
  return texts.flatMap(({ text, element }) => {
    const foreground = effectiveForeground(element, getComputedStyle(element).color);
    const background = effectiveBackground(element);
    const ratio = contrast(foreground, background);
    return ratio >= 4.5 ? [] : [`"${text.slice(0, 40)}" in ${nameOf(element)}: ${hex(foreground)} on ${hex(background)} is ${ratio.toFixed(2)}:1`];
  });
}

// ---------------------------------------------------------------------------------------------

/** Presses Tab until `target` has focus; fails if it is not reached within 30 presses. */
async function tabTo(target: Element): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await sendKeys({ press: 'Tab' });
    if (focused() === target) return;
  }
  throw new Error(`${nameOf(target)} cannot be reached with Tab`);
}

/**
 * Runs `check` on each control once the keyboard has focused it: the control that already has
 * focus (the dialog's first control, focused when the dialog was opened with the keyboard)
 * first, then each of the others reached with Tab.
 */
async function visitWithKeyboard(controls: readonly HTMLElement[], check: (control: HTMLElement) => void): Promise<void> {
  for (const control of controls) {
    if (control !== focused()) await tabTo(control);
    check(control);
  }
}

/** Failure line if the focused `control`'s outline is not a visible ring of 3:1. */
function weakFocusRing(control: HTMLElement): string[] {
  const style = getComputedStyle(control);
  const width = parseFloat(style.outlineWidth);
  // The ring is drawn around the control (outline-offset ≥ 0), over what surrounds it.
  const background = effectiveBackground(parentOf(control));
  const ring = effectiveForeground(parentOf(control) ?? control, style.outlineColor);
  const ratio = contrast(ring, background);
  const problems: string[] = [];
  if (style.outlineStyle === 'none') problems.push('outline-style is none');
  if (!(width >= 2)) problems.push(`outline-width is ${style.outlineWidth}`);
  if (ratio < 3) problems.push(`outline ${hex(ring)} on ${hex(background)} is ${ratio.toFixed(2)}:1`);
  return problems.length ? [`${nameOf(control)}: ${problems.join(', ')}`] : [];
}

// ---------------------------------------------------------------------------------------------

describe('WCAG 2.2 AA: axe finds no violations', () => {
  afterEach(() => {
    setGpc(false);
  });

  for (const scheme of SCHEMES) {
    for (const [state, show] of Object.entries(STATES)) {
      it(`in ${state} (${scheme})`, async () => {
        await expectAccessible(await show(scheme));
      });
    }
  }
});

describe('WCAG 2.2 AA: contrast (1.4.3, 1.4.11)', () => {
  afterEach(() => {
    setGpc(false);
  });

  for (const scheme of SCHEMES) {
    for (const state of ['the banner', 'the banner with the GPC line', 'the preferences with the consent id', 'the preferences with the GPC line', 'an iframe placeholder']) {
      it(`every text in ${state} has at least 4.5:1 against its background (${scheme})`, async () => {
        const { container } = await STATES[state]!(scheme);
        expect(lowContrastTexts(container)).to.deep.equal([]);
      });
    }

    for (const state of ['the banner', 'the preferences with the consent id', 'an iframe placeholder']) {
      it(`the buttons' text in ${state} has at least 4.5:1 against the buttons (${scheme})`, async () => {
        const { controls } = await STATES[state]!(scheme);
        const buttons = controls.filter((control) => control.localName === 'button' && control.textContent.trim());
        expect(buttons.length).to.be.at.least(2);
        const failures = buttons.flatMap((button) => {
          const text = effectiveForeground(button, getComputedStyle(button).color);
          const background = effectiveBackground(button);
          const ratio = contrast(text, background);
          return ratio >= 4.5 ? [] : [`${nameOf(button)} "${button.textContent.trim()}": ${hex(text)} on ${hex(background)} is ${ratio.toFixed(2)}:1`];
        });
        expect(failures).to.deep.equal([]);
      });
    }

    it(`the switches, on and off, stand out at least 3:1 from the dialog (${scheme})`, async () => {
      const { element, container } = await preferencesState(scheme);
      const dialogBackground = effectiveBackground(container);
      const toggles = parts<HTMLInputElement>(element, 'toggle').filter((toggle) => !toggle.disabled);
      expect(toggles.some((toggle) => toggle.checked) && toggles.some((toggle) => !toggle.checked), 'switches on and off').to.equal(true);
      const failures = toggles.flatMap((toggle) => {
        const style = getComputedStyle(toggle);
        // An off switch is seen by its border; an on switch by its fill.
        const seen = effectiveForeground(toggle, toggle.checked ? style.backgroundColor : style.borderTopColor);
        const ratio = contrast(seen, dialogBackground);
        return ratio >= 3 ? [] : [`${nameOf(toggle)} (${toggle.checked ? 'on' : 'off'}): ${hex(seen)} on ${hex(dialogBackground)} is ${ratio.toFixed(2)}:1`];
      });
      expect(failures).to.deep.equal([]);
    });

    it(`the settings button's icon has at least 3:1 against the button (${scheme})`, async () => {
      const { container: button } = await settingsButtonState(scheme);
      const icon = button.querySelector('svg')!;
      const ratio = contrast(effectiveForeground(button, getComputedStyle(icon).color), effectiveBackground(button));
      expect(ratio).to.be.at.least(3);
    });
  }
});

describe('WCAG 2.2 AA: focus is visible (2.4.7, 1.4.11)', () => {
  afterEach(() => {
    usePageBackground(null);
    setGpc(false);
  });

  for (const scheme of SCHEMES) {
    it(`each control of the banner shows a focus ring after Tab (${scheme})`, async () => {
      usePageBackground(scheme);
      const { container, controls } = await bannerState(scheme);
      // The banner takes focus on a first visit; Tab starts from there.
      await until(() => focused() === container, 'the banner to take focus');
      expect(controls.length).to.be.at.least(4);
      const failures: string[] = [];
      await visitWithKeyboard(controls, (control) => failures.push(...weakFocusRing(control)));
      expect(failures).to.deep.equal([]);
    });

    it(`each control of the preferences shows a focus ring after Tab (${scheme})`, async () => {
      usePageBackground(scheme);
      // Opened with the keyboard from the banner: Tab to Customize and press Enter.
      const { element, container: banner } = await bannerState(scheme);
      await until(() => focused() === banner, 'the banner to take focus');
      await tabTo(part(element, 'customize')!);
      await sendKeys({ press: 'Enter' });
      await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open && parts(element, 'toggle').length === 4, 'the preferences');
      const dialog = part(element, 'preferences')!;
      expect(dialog.contains(focused()), 'focus moved into the dialog').to.equal(true);
      const controls = controlsIn(dialog);
      expect(controls.filter((control) => control.getAttribute('role') === 'switch')).to.have.length(OPTIONAL.length);
      const failures: string[] = [];
      await visitWithKeyboard(controls, (control) => failures.push(...weakFocusRing(control)));
      expect(failures).to.deep.equal([]);
    });

    it(`the settings button shows a focus ring after Tab (${scheme})`, async () => {
      usePageBackground(scheme);
      const { controls } = await settingsButtonState(scheme);
      const failures: string[] = [];
      await visitWithKeyboard(controls, (control) => failures.push(...weakFocusRing(control)));
      expect(failures).to.deep.equal([]);
    });

    it(`the placeholder's buttons show a focus ring after Tab (${scheme})`, async () => {
      usePageBackground(scheme);
      const { controls } = await placeholderState(scheme);
      expect(controls).to.have.length(2);
      const failures: string[] = [];
      await visitWithKeyboard(controls, (control) => failures.push(...weakFocusRing(control)));
      expect(failures).to.deep.equal([]);
    });
  }
});

describe('WCAG 2.2 AA: target size (2.5.8)', () => {
  afterEach(() => {
    setGpc(false);
  });

  for (const scheme of SCHEMES) {
    for (const state of ['the banner', 'the preferences with the consent id', 'the settings button', 'an iframe placeholder']) {
      it(`every button, link and switch in ${state} is at least 24 × 24 CSS px (${scheme})`, async () => {
        const { controls } = await STATES[state]!(scheme);
        expect(controls).to.not.be.empty;
        const small = controls.flatMap((control) => {
          const { width, height } = control.getBoundingClientRect();
          return width >= 24 && height >= 24 ? [] : [`${nameOf(control)} "${control.textContent.trim()}" is ${width.toFixed(1)} × ${height.toFixed(1)}`];
        });
        expect(small).to.deep.equal([]);
      });
    }
  }
});

describe('WCAG 2.2 AA: reflow (1.4.10)', () => {
  // 320 CSS px is the criterion's width; 640 px is a 1280 px wide window zoomed to 200%.
  const viewports = [
    { width: 320, height: 568 },
    { width: 640, height: 400 },
  ];

  /** Failure lines: horizontal scrolling, and controls outside the viewport horizontally. */
  function overflow(page: Window, controls: readonly HTMLElement[]): string[] {
    const root = page.document.documentElement;
    const problems = root.scrollWidth > root.clientWidth ? [`the page scrolls horizontally (${root.scrollWidth} > ${root.clientWidth})`] : [];
    for (const control of controls) {
      const { left, right } = control.getBoundingClientRect();
      if (left < -0.5 || right > root.clientWidth + 0.5) problems.push(`${nameOf(control)} spans ${left.toFixed(1)}..${right.toFixed(1)} of ${root.clientWidth}`);
    }
    return problems;
  }

  for (const scheme of SCHEMES) {
    for (const { width, height } of viewports) {
      it(`the banner needs no horizontal scrolling at ${width} CSS px (${scheme})`, async () => {
        const page = await loadPage(`<cookie-consent policy-url="/privacy" color-scheme="${scheme}"></cookie-consent><p>Page content.</p>`, SCRIPT, { width, height });
        const element = consentElementOf(page);
        await until(() => !!part(element, 'customize'), 'the banner');
        const banner = part(element, 'banner')!;
        const controls = controlsIn(banner);
        expect(controls.length).to.be.at.least(4);
        expect(overflow(page, [banner, ...controls])).to.deep.equal([]);
      });

      it(`the preferences need no horizontal scrolling at ${width} CSS px (${scheme})`, async () => {
        const page = await loadPage(`<cookie-consent policy-url="/privacy" color-scheme="${scheme}"></cookie-consent><p>Page content.</p>`, SCRIPT, { width, height });
        const element = consentElementOf(page);
        await until(() => !!part(element, 'customize'), 'the banner');
        part(element, 'customize')!.click();
        await until(() => !!part<HTMLDialogElement>(element, 'preferences')?.open && parts(element, 'toggle').length === 4, 'the preferences');
        const dialog = part(element, 'preferences')!;
        const controls = controlsIn(dialog);
        expect(controls.length).to.be.at.least(7);
        expect(overflow(page, [dialog, ...controls])).to.deep.equal([]);
      });
    }
  }
});

describe('WCAG 2.2 AA: motion (2.2.2, 2.3.3)', () => {
  /** Animations that are running or about to (not finished, not idle). */
  const moving = (animations: Animation[]) =>
    animations
      .filter((animation) => animation.playState === 'running' || animation.playState === 'paused')
      .map((animation) => {
        const what = 'animationName' in animation ? String(animation.animationName) : 'transitionProperty' in animation ? String(animation.transitionProperty) : animation.id;
        return `${animation.constructor.name} ${what}`;
      });

  for (const scheme of SCHEMES) {
    it(`nothing animates when the banner appears (${scheme})`, async () => {
      const page = await loadPage(`<cookie-consent policy-url="/privacy" color-scheme="${scheme}"></cookie-consent>`, SCRIPT);
      const element = consentElementOf(page);
      await until(() => !!part(element, 'banner'), 'the banner');
      // At once, and a frame later (transitions start on the next style update).
      for (let frame = 0; frame < 2; frame += 1) {
        expect(moving(page.document.getAnimations()), 'animations in the page').to.deep.equal([]);
        expect(moving(element.shadowRoot!.getAnimations()), 'animations in the banner').to.deep.equal([]);
        await new Promise((resolve) => page.requestAnimationFrame(resolve));
      }
    });

    it(`under prefers-reduced-motion: reduce, the switches do not slide (${scheme})`, async function (this: Mocha.Context) {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        // emulateMedia exists for Chromium (and Playwright) launchers only; the WebDriver
        // launchers used for Firefox ESR and WebKitGTK cannot emulate the media feature.
        this.skip();
      }
      try {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the emulation is in force').to.equal(true);
        const { element } = await preferencesState(scheme);
        const toggles = parts<HTMLInputElement>(element, 'toggle');
        expect(toggles).to.have.length(4);
        const durations = (style: CSSStyleDeclaration) => style.transitionDuration.split(',').map((value) => parseFloat(value));
        for (const toggle of toggles) {
          expect(durations(getComputedStyle(toggle)), `${nameOf(toggle)} transition`).to.satisfy((list: number[]) => list.every((value) => value === 0));
          expect(durations(getComputedStyle(toggle, '::before')), `${nameOf(toggle)} knob transition`).to.satisfy((list: number[]) => list.every((value) => value === 0));
        }
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  }
});

describe('WCAG 2.2 AA: structure, names and descriptions (1.3.1, 4.1.2)', () => {
  /** The text of the elements an `aria-labelledby` / `aria-describedby` attribute points at. */
  function referencedText(element: Element, attribute: string): { elements: Element[]; text: string } {
    const root = element.getRootNode() as Document | ShadowRoot;
    const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
    const elements = ids.map((id) => root.getElementById(id)).filter((found): found is HTMLElement => !!found);
    expect(elements, `${attribute} of ${nameOf(element)} resolves`).to.have.length.greaterThan(0);
    expect(elements.length, `every id in ${attribute} of ${nameOf(element)} resolves`).to.equal(ids.length);
    return { elements, text: elements.map((found) => found.textContent.replace(/\s+/g, ' ').trim()).join(' ') };
  }

  for (const scheme of SCHEMES) {
    it(`the banner is a region named by its heading (${scheme})`, async () => {
      const { container: banner } = await bannerState(scheme);
      expect(banner.localName).to.equal('section');
      expect(banner.hasAttribute('aria-label'), 'no aria-label overriding the heading').to.equal(false);
      const { elements, text } = referencedText(banner, 'aria-labelledby');
      expect(elements).to.have.length(1);
      expect(elements[0]!.localName).to.match(/^h[1-6]$/);
      expect(banner.contains(elements[0]!), 'the heading is the banner\'s own').to.equal(true);
      expect(text).to.not.equal('');
      expect(text).to.equal(elements[0]!.textContent.trim());
    });

    it(`the preferences are a modal dialog labelled by its h2 heading (${scheme})`, async () => {
      const { container: dialog } = await preferencesState(scheme);
      expect(dialog.localName).to.equal('dialog');
      expect(dialog.matches(':modal'), 'modal').to.equal(true);
      const { elements, text } = referencedText(dialog, 'aria-labelledby');
      expect(elements).to.have.length(1);
      expect(elements[0]!.localName).to.equal('h2');
      expect(dialog.contains(elements[0]!)).to.equal(true);
      expect(text).to.not.equal('');
    });

    it(`every switch has a label and a description (${scheme})`, async () => {
      const { element } = await preferencesState(scheme);
      const toggles = parts<HTMLInputElement>(element, 'toggle');
      expect(toggles.map((toggle) => toggle.name)).to.deep.equal(['necessary', ...OPTIONAL]);
      const labels: string[] = [];
      const descriptions: string[] = [];
      for (const toggle of toggles) {
        expect(toggle.type).to.equal('checkbox');
        expect(toggle.getAttribute('role'), `${nameOf(toggle)} role`).to.equal('switch');
        const label = [...(toggle.labels ?? [])].map((each) => each.textContent.replace(/\s+/g, ' ').trim()).join(' ');
        expect(label, `${nameOf(toggle)} label`).to.not.equal('');
        labels.push(label);
        const { text } = referencedText(toggle, 'aria-describedby');
        expect(text, `${nameOf(toggle)} description`).to.not.equal('');
        descriptions.push(text);
      }
      // Each switch says which category it is, and describes it.
      expect(new Set(labels).size, `labels ${JSON.stringify(labels)}`).to.equal(toggles.length);
      expect(new Set(descriptions).size, `descriptions ${JSON.stringify(descriptions)}`).to.equal(toggles.length);
    });
  }
});
