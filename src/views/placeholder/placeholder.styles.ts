/**
 * A placeholder's own styles, on top of the shared ones (colours, type, buttons, focus rings).
 */
import { css } from '../shared/css.js';

export const placeholderStyles: string = css`
  /* The box is in the site's light DOM, where any rule may reach it (a reset's margins, a theme's
     "figure > div", an "all: unset"). Its geometry is ours alone: in a shadow root's :host,
     !important outranks every rule of the page, !important ones included (and the box's inline
     styles, so none of these properties is set inline). Size, translation and stacking are inline
     (see frame-cover.ts); no transition, so it never lags behind the frame. */
  :host {
    display: block !important;
    position: absolute !important;
    inset: auto !important;
    float: none !important;
    box-sizing: border-box !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    min-width: 0 !important;
    min-height: 0 !important;
    max-width: none !important;
    max-height: none !important;
    aspect-ratio: auto !important;
    translate: none !important;
    rotate: none !important;
    scale: none !important;
    transform-origin: 0 0 !important;
    visibility: visible !important;
    opacity: 1 !important;
    clip-path: none !important;
    pointer-events: auto !important;
    transition: none !important;
    animation: none !important;
  }
  /* No box where the frame has none (display: none, zero-sized). */
  :host([hidden]) {
    display: none !important;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.5rem;
    /* Exactly the frame's box: padding and border inside it. */
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    padding: 1rem;
    overflow: auto;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px dashed var(--_border);
    border-radius: var(--cc-radius, 0.75rem);
    font-family: var(--cc-font-family, inherit);
    font-size: var(--cc-font-size, 1rem);
    line-height: 1.5;
    text-align: center;
  }
  p {
    margin: 0;
  }
  .actions {
    margin-top: 0;
  }
`;
