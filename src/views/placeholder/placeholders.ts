/**
 * Keeping a placeholder in place of each held `<iframe>`: hidden frame, and before it, at its
 * size, a box with its own shadow root (so the page's CSS cannot break it and it cannot break
 * the page's) in which {@link placeholderTemplate} is drawn.
 */
import { render } from 'lit/html.js';
import { parseCategoryList } from '../../core/categories.js';
import { categoryText } from '../../core/texts/catalog.js';
import type { Texts } from '../../core/texts/texts.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { placeholderTemplate } from './placeholder.template.js';
import { placeholderStyles } from './placeholder.styles.js';

const HIDDEN_BY_US = 'data-cookie-consent-hidden';
const PLACEHOLDER = 'data-cookie-consent-placeholder';

/** What the host hands over to keep the placeholders in line with the held iframes. */
export interface PlaceholderHost {
  /** The texts to show; `null` while they load (no placeholder then). */
  readonly texts: Texts | null;
  readonly isGranted: (id: string) => boolean;
  /** `light`, `dark` or `auto`, as the banner's `color-scheme`. */
  readonly colorScheme: string;
  readonly loadOnce: (frame: HTMLIFrameElement) => void;
  /** Grants these categories on top of the current decision. */
  readonly allow: (ids: string[]) => void;
}

/** The placeholder standing in for `frame`, if any. */
const placeholderOf = (frame: HTMLIFrameElement): HTMLElement | null => {
  const previous = frame.previousElementSibling;
  return previous instanceof HTMLElement && previous.hasAttribute(PLACEHOLDER) ? previous : null;
};

/** The placeholder box of `frame`: the one there, or a new one at the frame's size, the frame hidden. */
function boxFor(frame: HTMLIFrameElement): HTMLElement {
  const existing = placeholderOf(frame);
  if (existing) return existing;
  // The frame's size as laid out (its width/height attributes or the page's CSS), measured
  // before it is hidden; 300 × 150 is an iframe's default size.
  const size = frame.getBoundingClientRect();
  const box = frame.ownerDocument.createElement('div');
  box.setAttribute(PLACEHOLDER, '');
  box.style.width = size.width ? `${size.width}px` : `${frame.width || 300}px`;
  box.style.height = size.height ? `${size.height}px` : `${frame.height || 150}px`;
  const root = box.attachShadow({ mode: 'open' });
  adoptStyles(root, sharedStyles);
  adoptStyles(root, placeholderStyles);
  frame.before(box);
  if (!frame.hidden) {
    frame.hidden = true;
    frame.setAttribute(HIDDEN_BY_US, '');
  }
  return box;
}

/** Removes the placeholder of `frame` and shows the frame again. */
function removePlaceholder(frame: HTMLIFrameElement): void {
  placeholderOf(frame)?.remove();
  if (frame.hasAttribute(HIDDEN_BY_US)) {
    frame.removeAttribute(HIDDEN_BY_US);
    frame.hidden = false;
  }
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
    const box = boxFor(frame);
    box.setAttribute('color-scheme', host.colorScheme);
    // lit-html updates only what changed, so a focused button keeps its focus.
    render(
      placeholderTemplate({
        texts,
        label: needed.map((id) => categoryText(id, texts).label).join(', '),
        onLoadOnce: () => {
          host.loadOnce(frame);
        },
        onAllow: () => {
          host.allow(needed);
        },
      }),
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- attached by boxFor()
      box.shadowRoot!,
    );
  }
  return [...frames];
}
