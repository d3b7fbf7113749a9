/**
 * Laying a box exactly over an `<iframe>`'s border box, and keeping it there.
 *
 * The box is the frame's previous sibling and absolutely positioned with its insets left `auto`,
 * so it sits at its static position: where the flow around the frame puts it, whatever the site's
 * containing blocks are (a positioned wrapper, none, a table cell). It takes no room, so the
 * frame keeps exactly the layout the site gives it. The box is then sized to the frame's border
 * box and moved onto it by a translation, the measured difference between the two rectangles;
 * so it covers the frame in a responsive wrapper (an absolutely positioned frame in a padding-top
 * box), with `aspect-ratio`, percentage sizes or `width`/`height` attributes alike. Because the
 * static position moves with the flow, content growing above the frame moves both together; what
 * can change the difference is re-measured: the frame's size or its parent's (ResizeObserver:
 * viewport, wrapper, late stylesheets, a `display: none` frame shown), and the scrolling of an
 * element between them. A frame with no box (`display: none`, detached, zero-sized) gets no box.
 */

/** The translation each box has now, so a new one adds the measured difference to it. */
const offsets = new WeakMap<HTMLElement, { x: number; y: number }>();

/** Puts `box` over `frame` now, or out of sight while the frame has no box. Never throws. */
export function cover(box: HTMLElement, frame: HTMLIFrameElement): void {
  const { style } = box;
  const target = frame.isConnected && frame.getClientRects().length ? frame.getBoundingClientRect() : null;
  // Nothing to stand in for: out of sight, and out of the tab order with it (`hidden` is made
  // binding in the box's own styles: its :host rules outrank inline styles).
  box.hidden = !target || target.width < 1 || target.height < 1;
  if (!target || box.hidden) return;
  style.setProperty('width', `${target.width}px`, 'important');
  style.setProperty('height', `${target.height}px`, 'important');
  // Painted at the frame's level: above what the frame would be above.
  const zIndex = getComputedStyle(frame).zIndex;
  if (/^-?\d+$/.test(zIndex)) style.setProperty('z-index', zIndex, 'important');
  else style.removeProperty('z-index');
  const now = box.getBoundingClientRect();
  const offset = offsets.get(box) ?? { x: 0, y: 0 };
  const next = { x: offset.x + target.left - now.left, y: offset.y + target.top - now.top };
  offsets.set(box, next);
  style.setProperty('transform', `translate(${next.x}px, ${next.y}px)`, 'important');
}

/** A covered frame: its box, and the elements watched for it. */
interface Covered {
  readonly box: HTMLElement;
  readonly watched: readonly Element[];
}

/** The frames covered in one document, and what watches them. */
interface Watch {
  readonly frames: Map<HTMLIFrameElement, Covered>;
  readonly observer: ResizeObserver | null;
  readonly onScroll: (event: Event) => void;
}

const watches = new WeakMap<Document, Watch>();

function watchOf(document: Document): Watch {
  let watch = watches.get(document);
  if (watch) return watch;
  const frames = new Map<HTMLIFrameElement, Covered>();
  const coverAll = (within?: Node) => {
    for (const [frame, { box }] of frames) if (!within || within.contains(frame)) cover(box, frame);
  };
  // Its callbacks run after layout and before paint: the box moves in the same frame as the iframe.
  const view = document.defaultView;
  const observer = view && 'ResizeObserver' in view ? new view.ResizeObserver(() => {
    coverAll();
  }) : null;
  // A scroll container between the frame and the box's containing block scrolls the frame, not
  // the box; the document's own scrolling moves both.
  const onScroll = (event: Event) => {
    if (event.target instanceof Node && event.target !== document) coverAll(event.target);
  };
  watch = { frames, observer, onScroll };
  watches.set(document, watch);
  return watch;
}

/** Covers `frame` with `box` now and whenever the layout may have moved one against the other. */
export function keepCovered(box: HTMLElement, frame: HTMLIFrameElement): void {
  const watch = watchOf(frame.ownerDocument);
  if (watch.frames.get(frame)?.box !== box) {
    stopCovering(frame);
    if (!watch.frames.size) frame.ownerDocument.addEventListener('scroll', watch.onScroll, { capture: true, passive: true });
    // The frame's size and its parent's are what can move it against its box (see above).
    const watched = frame.parentElement ? [frame, frame.parentElement] : [frame];
    watch.frames.set(frame, { box, watched });
    for (const element of watched) watch.observer?.observe(element);
  }
  cover(box, frame);
}

/** Stops keeping `frame` covered (its box is being removed). */
export function stopCovering(frame: HTMLIFrameElement): void {
  const document = frame.ownerDocument;
  const watch = watches.get(document);
  const covered = watch?.frames.get(frame);
  if (!watch || !covered) return;
  watch.frames.delete(frame);
  const stillWatched = new Set([...watch.frames.values()].flatMap(({ watched }) => watched));
  for (const element of covered.watched) if (!stillWatched.has(element)) watch.observer?.unobserve(element);
  if (!watch.frames.size) document.removeEventListener('scroll', watch.onScroll, { capture: true });
}
