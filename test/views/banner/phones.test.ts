/**
 * The first layer on phones (issue 11), in every built-in language: at 320×640 it covers at most
 * half the screen, at 640×360 (a phone held sideways) at most two thirds; nothing scrolls inside
 * it; its three buttons are on screen, of equal weight, all in one row or all in one column, and
 * no label breaks inside a word.
 *
 * The banner is drawn in an iframe of the phone's size, a viewport of its own (media queries,
 * fixed positioning): the same in every engine, where resizing the test page's own viewport is
 * not (WebKit over WebDriver classic cannot set one).
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit/html.js';
import { BUILT_IN_LANGUAGES } from '../../../src/core/texts/catalog.js';
import { loadTexts } from '../../../src/core/texts/load-texts.js';
import type { Texts } from '../../../src/core/texts/texts.js';
import { bannerTemplate } from '../../../src/views/banner/banner.template.js';
import { bannerStyles } from '../../../src/views/banner/banner.styles.js';
import { sharedStyles } from '../../../src/views/shared/shared.styles.js';
import { inPart } from '../../support/render-view.js';

const BUTTONS = ['accept-all', 'reject-all', 'customize'] as const;
/**
 * The demo's typeface, a phone's system font: here DejaVu Sans, wider than Roboto or San
 * Francisco, so a phone's banner is no larger than measured. (The page's default would be a
 * narrow serif.)
 */
const FONT = "Arial, 'Liberation Sans', sans-serif";
/** Subpixel layout: rectangles compare within this many CSS pixels. */
const EPSILON = 0.5;

interface Screen {
  readonly width: number;
  readonly height: number;
  /** Largest share of the screen the first layer may cover. */
  readonly limit: number;
}
const SCREENS: readonly Screen[] = [
  { width: 320, height: 640, limit: 1 / 2 },
  { width: 640, height: 360, limit: 2 / 3 },
];

/** Where a banner is drawn: the test page resized, or an iframe of the screen's size. */
interface Stage {
  draw(texts: Texts): Promise<ShadowRoot>;
  readonly win: Window;
  close(): Promise<void>;
}

function view(texts: Texts) {
  const none = () => undefined;
  return { texts, categories: ['necessary', 'analytics', 'functionality', 'targeting'], policyUrl: '/privacy', gpc: false, onAcceptAll: none, onRejectAll: none, onCustomize: none };
}

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

async function phoneFrame(screen: Screen): Promise<Stage> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { border: '0', width: `${screen.width}px`, height: `${screen.height}px`, display: 'block' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body></body></html>';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  return {
    win,
    async draw(texts) {
      const body = win.document.body;
      body.style.fontFamily = FONT;
      body.replaceChildren();
      const root = body.appendChild(win.document.createElement('div')).attachShadow({ mode: 'open' });
      // A constructed stylesheet belongs to the document that made it: the same text as <style>.
      const style = win.document.createElement('style');
      style.textContent = sharedStyles + bannerStyles;
      root.append(style);
      render(bannerTemplate(view(texts)), root);
      await nextFrame(win);
      return root;
    },
    close: () => {
      frame.remove();
      return Promise.resolve();
    },
  };
}

async function stageFor(screen: Screen): Promise<Stage> {
  return phoneFrame(screen);
}

/**
 * Whether the engine has a font for `text`'s script. Without one it draws each letter as the same
 * box, as wide as an unassigned code point's, and a share measured in boxes says nothing about a
 * phone; with one, a few different letters never all measure the same as that box.
 */
function hasFont(text: string): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `14px ${FONT}`;
  const box = context.measureText('\u0378').width;
  const letters = [...new Set(text.replace(/[\s\p{P}\p{N}]/gu, ''))].slice(0, 8);
  return letters.some((letter) => Math.abs(context.measureText(letter).width - box) > 0.01);
}

/** Rectangle `inner` lies within `outer`. */
const within = (inner: DOMRect, outer: { left: number; top: number; right: number; bottom: number }) =>
  inner.left >= outer.left - EPSILON && inner.top >= outer.top - EPSILON && inner.right <= outer.right + EPSILON && inner.bottom <= outer.bottom + EPSILON;

/** The words of `text`, as the language segments it, with their offsets. */
function words(text: string, lang: string): { start: number; end: number; word: string }[] {
  const found: { start: number; end: number; word: string }[] = [];
  for (const { segment, index, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (isWordLike) found.push({ start: index, end: index + segment.length, word: segment });
  }
  return found;
}

/** What is wrong with the banner in `root` on this screen, if anything; and its share of the screen. */
function problems(root: ShadowRoot, win: Window, texts: Texts): { share: number; faults: string[] } {
  const faults: string[] = [];
  const banner = inPart(root, 'banner');
  const box = banner.getBoundingClientRect();
  const screenBox = { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight };
  const share = (box.width * box.height) / (win.innerWidth * win.innerHeight);
  if (banner.scrollHeight > banner.clientHeight) faults.push(`scrolls inside (${banner.scrollHeight} > ${banner.clientHeight} px)`);
  if (!within(box, screenBox)) faults.push('the banner is not all on screen');
  const buttons = BUTTONS.map((name) => {
    const element = inPart(root, name);
    return { name, element, rect: element.getBoundingClientRect() };
  });
  for (const { name, rect } of buttons) {
    if (!within(rect, screenBox) || !within(rect, box)) faults.push(`${name} is not all inside the screen and the banner`);
    if (rect.height < 24 || rect.width < 24) faults.push(`${name} is smaller than 24×24 px`);
  }
  const rects = buttons.map(({ rect }) => rect);
  const first = rects[0]!;
  if (rects.some((rect) => Math.abs(rect.width - first.width) > EPSILON || Math.abs(rect.height - first.height) > EPSILON)) {
    faults.push(`buttons differ in size: ${rects.map((rect) => `${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`).join(', ')}`);
  }
  const row = rects.every((rect) => Math.abs(rect.top - first.top) <= EPSILON);
  const column = rects.every((rect, i) => Math.abs(rect.left - first.left) <= EPSILON && (i === 0 || rect.top >= rects[i - 1]!.bottom - EPSILON));
  if (!row && !column) faults.push('buttons are neither all in one row nor all in one column');
  const looks = buttons.map(({ element }) => {
    const style = win.getComputedStyle(element);
    return [style.fontWeight, style.fontSize, style.color, style.backgroundColor].join(' ');
  });
  if (new Set(looks).size > 1) faults.push(`buttons differ in look: ${looks.join(' / ')}`);
  // A word on two lines gives its range rectangles at two heights.
  const range = win.document.createRange();
  for (const { name, element, rect } of buttons) {
    const text = [...element.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim());
    if (!text) throw new Error(`${name} has no text`);
    for (const { start, end, word } of words(text.data, texts.lang)) {
      range.setStart(text, start);
      range.setEnd(text, end);
      const lines = new Set([...range.getClientRects()].filter((line) => line.width > 0).map((line) => Math.round(line.top)));
      if (lines.size > 1) faults.push(`${name} breaks "${word}" over ${lines.size} lines`);
      if (!within(range.getBoundingClientRect(), rect)) faults.push(`"${word}" sticks out of ${name}`);
    }
  }
  const fontSize = parseFloat(win.getComputedStyle(root.querySelector('p')!).fontSize);
  if (fontSize < 14) faults.push(`the description is ${fontSize} px`);
  return { share, faults };
}

for (const screen of SCREENS) {
  describe(`the first layer at ${screen.width}×${screen.height}`, () => {
    let stage: Stage;
    before(async () => {
      stage = await stageFor(screen);
    });
    after(async () => {
      await stage.close();
    });

    for (const lang of BUILT_IN_LANGUAGES) {
      it(`covers at most ${Math.round(screen.limit * 100)}% with all three buttons on screen, of equal weight, in ${lang}`, async function () {
        const texts = (await loadTexts(lang)) as Texts;
        // No font for the script on this machine (Thai and Devanagari here): skipped, not passed.
        if (!hasFont(texts.bannerDescription)) this.skip();
        const root = await stage.draw(texts);
        const { share, faults } = problems(root, stage.win, texts);
        if (share > screen.limit) faults.unshift(`covers ${(share * 100).toFixed(1)}% of the screen`);
        expect(faults, `${lang} at ${screen.width}×${screen.height} (covers ${(share * 100).toFixed(1)}%)`).to.deep.equal([]);
      });
    }
  });
}
