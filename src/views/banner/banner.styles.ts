/**
 * The first layer's own styles, on top of the shared ones (colours, type, buttons, focus rings).
 */
import { css } from '../shared/css.js';

export const bannerStyles: string = css`
  /* The first layer floats over the page, so it never moves the page's layout. */
  .banner {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto 1rem 1rem;
    max-width: var(--cc-max-width, 40rem);
    max-height: calc(100% - 2rem);
    margin: 0 auto;
    padding: 1.25rem 1.5rem;
    overflow: auto;
  }
  /* The region takes focus only so that screen readers announce it and Tab starts inside it;
     it is not a control, so it draws no focus ring (its links and buttons do). */
  .banner:focus {
    outline: none;
  }

  @media (max-width: 30rem) {
    .banner {
      inset: auto 0.5rem 0.5rem;
      max-height: calc(100% - 1rem);
      padding: 1rem;
    }
  }
`;
