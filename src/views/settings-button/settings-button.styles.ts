/**
 * The floating settings button's styles, on top of the shared ones.
 */
import { css } from '../shared/css.js';

export const settingsButtonStyles: string = css`
  /* settings-button: round, in the bottom corner on the reading direction's start side, or
     its end side with settings-button-side="end" (logical insets mirror in right-to-left pages). */
  .settings {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset-inline-start: 1rem;
    bottom: 1rem;
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    color: var(--_button-fg);
    background: var(--_button-bg);
    border: 2px solid var(--_bg);
    border-radius: 50%;
    box-shadow: var(--cc-shadow, 0 0.5rem 2rem rgb(0 0 0 / 0.25));
    cursor: pointer;
  }
  /* It floats over any page background: a halo in the banner's background colour keeps the
     focus ring's contrast whatever lies under it. */
  .settings:focus-visible {
    box-shadow: 0 0 0 6px var(--_bg);
  }
  .settings.end {
    inset-inline-start: auto;
    inset-inline-end: 1rem;
  }
  .settings[hidden] {
    display: none;
  }
  .settings:hover {
    background: var(--_button-hover-bg);
  }
`;
