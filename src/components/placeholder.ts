/**
 * Contextual placeholders: a held `<iframe>` (a video, a map) is hidden and, in its place and at
 * its size, a short notice names the category it needs, with "Load this once" (this frame, this
 * page view, nothing stored) and "Allow <category>" (a decision, stored). Plain DOM in its own
 * shadow root, so the page's CSS cannot break it and it cannot break the page's.
 */
import { parseCategoryList } from '../core/categories.js';
import { categoryText, fillCategory, textDirection } from '../core/texts/catalog.js';
import { completeTexts } from '../core/texts/complete-english.js';
import type { Texts } from '../core/texts/texts.js';
import { adoptStyles } from './adopt-styles.js';
import { h } from './dom.js';
import { placeholderStyles } from './placeholder.styles.js';

/** What one placeholder shows and does. */
export interface PlaceholderView {
  readonly texts: Texts;
  /** The labels of the categories the frame still needs, joined. */
  readonly label: string;
  /** Adopts the host's shared styles (colours, type, buttons) into a root, under the placeholder's own. */
  readonly adoptShared: (root: ShadowRoot) => void;
  /** `light`, `dark` or `auto`, as the banner's `color-scheme`. */
  readonly colorScheme: string;
  readonly onLoadOnce: () => void;
  readonly onAllow: () => void;
}

const HIDDEN_BY_US = 'data-cookie-consent-hidden';

/** What each placeholder shows now. */
const drawn = new WeakMap<Element, { texts: Texts; label: string }>();

/** The placeholder standing in for `frame`, if any. */
const placeholderOf = (frame: HTMLIFrameElement): Element | null => {
  const previous = frame.previousElementSibling;
  return previous?.hasAttribute('data-cookie-consent-placeholder') ? previous : null;
};

/** Puts a placeholder in place of `frame`, or redraws the one already there. */
export function showPlaceholder(frame: HTMLIFrameElement, view: PlaceholderView): void {
  const document = frame.ownerDocument;
  let host = placeholderOf(frame) as HTMLElement | null;
  if (!host) {
    // The frame's size as laid out (its width/height attributes or the page's CSS), measured
    // before it is hidden; 300 × 150 is an iframe's default size.
    const box = frame.getBoundingClientRect();
    host = h(document, 'div', { 'data-cookie-consent-placeholder': '' });
    host.style.width = box.width ? `${box.width}px` : `${frame.width || 300}px`;
    host.style.height = box.height ? `${box.height}px` : `${frame.height || 150}px`;
    host.attachShadow({ mode: 'open' });
    frame.before(host);
    if (!frame.hidden) {
      frame.hidden = true;
      frame.setAttribute(HIDDEN_BY_US, '');
    }
  }
  host.setAttribute('color-scheme', view.colorScheme);
  // The host redraws on every render: rebuild only when the wording changed, so a focused
  // button keeps its focus.
  const last = drawn.get(host);
  if (last?.texts === view.texts && last.label === view.label) return;
  drawn.set(host, { texts: view.texts, label: view.label });
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- attached above
  const root = host.shadowRoot!;
  view.adoptShared(root);
  adoptStyles(root, placeholderStyles);
  const texts = completeTexts(view.texts);
  const notice = fillCategory(texts.placeholderNotice, view.label);
  const button = (label: string, part: string, onClick: () => void) => {
    const element = h(document, 'button', { type: 'button', class: 'choice', part }, label);
    element.addEventListener('click', onClick);
    return element;
  };
  root.replaceChildren(
    h(
      document,
      'div',
      { class: 'placeholder', part: 'placeholder', role: 'group', 'aria-label': notice, lang: texts.lang, dir: textDirection(texts.lang) },
      h(document, 'p', {}, notice),
      h(
        document,
        'div',
        { class: 'actions' },
        button(texts.loadOnce, 'load-once', view.onLoadOnce),
        button(fillCategory(texts.allowCategory, view.label), 'allow-category', view.onAllow),
      ),
    ),
  );
}

/** Removes the placeholder of `frame` and shows the frame again. */
export function removePlaceholder(frame: HTMLIFrameElement): void {
  placeholderOf(frame)?.remove();
  if (frame.hasAttribute(HIDDEN_BY_US)) {
    frame.removeAttribute(HIDDEN_BY_US);
    frame.hidden = false;
  }
}

/** What the host hands over to keep the placeholders in line with the held iframes. */
export interface PlaceholderHost {
  /** The texts to show; `null` while they load (no placeholder then). */
  readonly texts: Texts | null;
  readonly isGranted: (id: string) => boolean;
  readonly adoptShared: (root: ShadowRoot) => void;
  readonly colorScheme: string;
  readonly loadOnce: (frame: HTMLIFrameElement) => void;
  /** Grants these categories on top of the current decision. */
  readonly allow: (ids: string[]) => void;
}

/**
 * Gives each held frame a placeholder naming the categories it still needs, and takes the
 * placeholders of frames no longer held away.
 * @param frames the iframes held now
 * @param shown the iframes with a placeholder until now
 * @returns the iframes with a placeholder now
 */
export function syncPlaceholders(frames: readonly HTMLIFrameElement[], shown: readonly HTMLIFrameElement[], host: PlaceholderHost): HTMLIFrameElement[] {
  const { texts } = host;
  for (const frame of shown) if (!frames.includes(frame) || !texts) removePlaceholder(frame);
  if (!texts) return [];
  for (const frame of frames) {
    const needed = parseCategoryList(frame.getAttribute('data-category')).ids.filter((id) => !host.isGranted(id));
    showPlaceholder(frame, {
      texts,
      label: needed.map((id) => categoryText(id, texts).label).join(', '),
      adoptShared: host.adoptShared,
      colorScheme: host.colorScheme,
      onLoadOnce: () => {
        host.loadOnce(frame);
      },
      onAllow: () => {
        host.allow(needed);
      },
    });
  }
  return [...frames];
}
