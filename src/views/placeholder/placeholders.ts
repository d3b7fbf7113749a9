/**
 * Keeping a placeholder in place of each held `<iframe>`. The frame stays where it is, as the box
 * that holds the site's layout, only invisible (./frame-veil.ts); the placeholder is a box with
 * its own shadow root (so the page's CSS cannot break it and it cannot break the page's), inserted
 * right before the frame and laid over the frame's box (./frame-cover.ts), in which
 * {@link placeholderTemplate} is drawn. Releasing the frame removes the box and shows the frame
 * in the very box the placeholder covered: nothing moves.
 */
import { render } from 'lit/html.js';
import { parseCategoryList } from '../../core/categories.js';
import { categoryText } from '../../core/texts/catalog.js';
import type { Texts } from '../../core/texts/texts.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { keepCovered, stopCovering } from './frame-cover.js';
import { unveil, veil } from './frame-veil.js';
import { placeholderTemplate } from './placeholder.template.js';
import { placeholderStyles } from './placeholder.styles.js';

const PLACEHOLDER = 'data-cookie-consent-placeholder';

/** What the host hands over to keep the placeholders in line with the held iframes. */
export interface PlaceholderHost {
  /** The texts to show; `null` while they load (the frames stay invisible, with no placeholder yet). */
  readonly texts: Texts | null;
  readonly isGranted: (id: string) => boolean;
  /** `page`, `auto`, `light` or `dark`, as the banner's `color-scheme` (`page`: the box inherits the page's where it sits). */
  readonly colorScheme: string;
  readonly loadOnce: (frame: HTMLIFrameElement) => void;
  /** Grants these categories on top of the current decision. */
  readonly allow: (ids: string[]) => void;
}

/** Each frame's placeholder box, wherever a script may have moved the frame since. */
const boxes = new WeakMap<HTMLIFrameElement, HTMLElement>();

/** The placeholder box of `frame`, right before it: the one it has (moved back if need be) or a new one. */
function boxFor(frame: HTMLIFrameElement): HTMLElement {
  let box = boxes.get(frame);
  if (!box) {
    box = frame.ownerDocument.createElement('div');
    box.setAttribute(PLACEHOLDER, '');
    const root = box.attachShadow({ mode: 'open' });
    adoptStyles(root, sharedStyles);
    adoptStyles(root, placeholderStyles);
    boxes.set(frame, box);
  }
  // Right before the frame: its static position follows the frame, and the keyboard reaches its
  // buttons where the frame is in the page's order.
  if (frame.previousSibling !== box) frame.before(box);
  return box;
}

/** Removes the placeholder of `frame`, if any. */
function removeBox(frame: HTMLIFrameElement): void {
  stopCovering(frame);
  boxes.get(frame)?.remove();
  boxes.delete(frame);
}

/**
 * Gives each held frame a placeholder naming the categories it still needs, and takes the
 * placeholders of frames no longer held away, showing those frames again.
 * @param frames the iframes held now
 * @param shown the iframes this function was given as held last time
 * @returns the iframes it keeps invisible now (the `shown` of the next call)
 */
export function syncPlaceholders(frames: readonly HTMLIFrameElement[], shown: readonly HTMLIFrameElement[], host: PlaceholderHost): HTMLIFrameElement[] {
  const { texts } = host;
  for (const frame of shown) {
    if (frames.includes(frame)) continue;
    removeBox(frame);
    unveil(frame);
  }
  for (const frame of frames) {
    // Invisible as long as it is held, placeholder or not: never an empty box in the page.
    veil(frame);
    if (!texts || !frame.parentNode) {
      removeBox(frame);
      continue;
    }
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
    keepCovered(box, frame);
  }
  return [...frames];
}
