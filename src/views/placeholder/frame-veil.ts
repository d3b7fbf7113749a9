/**
 * Making a held `<iframe>` invisible while it keeps its place, and undoing exactly that.
 *
 * Why `visibility: hidden`, inline and `!important`, rather than the `hidden` attribute: the
 * attribute is only the user agent's `display: none`, which any site rule that sets `display` on
 * iframes undoes (Tailwind's preflight, Bootstrap's reboot, a theme's `.video iframe`), bringing
 * the empty frame back; and where it works it takes the frame's box away, so the placeholder has
 * to guess a size and the page jumps on release. `visibility: hidden` keeps the box the site's
 * CSS gives the frame (so the placeholder can sit exactly on it and release shifts nothing), and
 * takes the frame out of painting, hit testing, focus and the accessibility tree. As an inline
 * `!important` declaration it outranks every author rule, `!important` ones included.
 */

/** The frame's inline style before it was veiled, and as veiling left it. */
interface Saved {
  /** The `style` attribute as the page wrote it, or null. */
  readonly attribute: string | null;
  /** Its own inline `visibility`, for when a script changed the style meanwhile. */
  readonly value: string;
  readonly priority: string;
  /** The style as veiling left it: unchanged since means the attribute can be put back verbatim. */
  readonly veiled: string;
}

const saved = new WeakMap<HTMLIFrameElement, Saved>();

/** Hides `frame`, keeping its layout. Idempotent; re-asserts itself if a script reset the style. */
export function veil(frame: HTMLIFrameElement): void {
  const { style } = frame;
  const before = saved.get(frame);
  if (before && style.getPropertyValue('visibility') === 'hidden' && style.getPropertyPriority('visibility') === 'important') return;
  const attribute = frame.getAttribute('style');
  const value = style.getPropertyValue('visibility');
  const priority = style.getPropertyPriority('visibility');
  style.setProperty('visibility', 'hidden', 'important');
  saved.set(frame, before ? { ...before, veiled: style.cssText } : { attribute, value, priority, veiled: style.cssText });
}

/** Shows `frame` again with the inline style it had before {@link veil}; nothing if it was not veiled. */
export function unveil(frame: HTMLIFrameElement): void {
  const before = saved.get(frame);
  if (!before) return;
  saved.delete(frame);
  const { style } = frame;
  if (style.cssText === before.veiled) {
    // Untouched since: the page's own text back, byte for byte (or no attribute, as before).
    if (before.attribute === null) {
      // Chromium writes the attribute from the CSSOM lazily; read first, or it writes style=""
      // back after the removal.
      frame.getAttribute('style');
      frame.removeAttribute('style');
    } else frame.setAttribute('style', before.attribute);
    return;
  }
  // A script changed the style meanwhile: keep its changes, undo only ours.
  if (before.value) style.setProperty('visibility', before.value, before.priority);
  else style.removeProperty('visibility');
}
