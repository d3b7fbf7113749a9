/**
 * The rules a view's decision buttons keep on any screen and in any language: all on screen and
 * inside their view, at least 24×24 px, the same size and look (equal weight), all in one row or
 * all in one column (never one orphaned), and no label broken inside a word.
 */

/** Subpixel layout: rectangles compare within this many CSS pixels. */
export const EPSILON = 0.5;

/**
 * The test's typeface: Liberation Sans, with Arial's metrics, close to a phone's system font
 * (Roboto, San Francisco). The page's default here would be a narrow serif.
 */
export const FONT = "Arial, 'Liberation Sans', sans-serif";

interface Box { left: number; top: number; right: number; bottom: number }

/** Rectangle `inner` lies within `outer`. */
export const within = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left - EPSILON && inner.top >= outer.top - EPSILON && inner.right <= outer.right + EPSILON && inner.bottom <= outer.bottom + EPSILON;

/** The words of `text`, as the language segments it, with their offsets. */
function words(text: string, lang: string): { start: number; end: number; word: string }[] {
  const found: { start: number; end: number; word: string }[] = [];
  for (const { segment, index, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (isWordLike) found.push({ start: index, end: index + segment.length, word: segment });
  }
  return found;
}

/**
 * Whether the engine has a font for `text`'s script. Without one it draws each letter as the same
 * box, as wide as an unassigned code point's, and sizes measured in boxes say nothing; with one,
 * a few different letters never all measure the same as that box.
 */
export function hasFont(text: string): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `14px ${FONT}`;
  const box = context.measureText('\u0378').width;
  const letters = [...new Set(text.replace(/[\s\p{P}\p{N}]/gu, ''))].slice(0, 8);
  return letters.some((letter) => Math.abs(context.measureText(letter).width - box) > 0.01);
}

/**
 * What is wrong with the decision buttons `buttons` (by part name) of a view whose box is
 * `view`, in `win`, for a text in `lang`; empty when nothing is.
 */
export function decisionButtonFaults(win: Window, buttons: { name: string; element: HTMLElement }[], view: DOMRect, lang: string): string[] {
  const faults: string[] = [];
  const screenBox = { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight };
  const measured = buttons.map((button) => ({ ...button, rect: button.element.getBoundingClientRect() }));
  for (const { name, rect } of measured) {
    if (!within(rect, screenBox) || !within(rect, view)) faults.push(`${name} is not all inside the screen and its view`);
    if (rect.height < 24 || rect.width < 24) faults.push(`${name} is smaller than 24×24 px`);
  }
  const rects = measured.map(({ rect }) => rect);
  const first = rects[0]!;
  if (rects.some((rect) => Math.abs(rect.width - first.width) > EPSILON || Math.abs(rect.height - first.height) > EPSILON)) {
    faults.push(`buttons differ in size: ${rects.map((rect) => `${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`).join(', ')}`);
  }
  const row = rects.every((rect) => Math.abs(rect.top - first.top) <= EPSILON);
  const column = rects.every((rect, i) => Math.abs(rect.left - first.left) <= EPSILON && (i === 0 || rect.top >= rects[i - 1]!.bottom - EPSILON));
  if (!row && !column) faults.push('buttons are neither all in one row nor all in one column');
  const looks = measured.map(({ element }) => {
    const style = win.getComputedStyle(element);
    return [style.fontWeight, style.fontSize, style.color, style.backgroundColor].join(' ');
  });
  if (new Set(looks).size > 1) faults.push(`buttons differ in look: ${looks.join(' / ')}`);
  // A word on two lines gives its range rectangles at two heights.
  const range = win.document.createRange();
  for (const { name, element, rect } of measured) {
    const text = [...element.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim());
    if (!text) throw new Error(`${name} has no text`);
    for (const { start, end, word } of words(text.data, lang)) {
      range.setStart(text, start);
      range.setEnd(text, end);
      const lines = new Set([...range.getClientRects()].filter((line) => line.width > 0).map((line) => Math.round(line.top)));
      if (lines.size > 1) faults.push(`${name} breaks "${word}" over ${lines.size} lines`);
      if (!within(range.getBoundingClientRect(), rect)) faults.push(`"${word}" sticks out of ${name}`);
    }
  }
  return faults;
}
