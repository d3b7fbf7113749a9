/**
 * The first layer's own styles, on top of the shared ones (colours, type, buttons, focus rings).
 */
import { css } from '../shared/css.js';

export const bannerStyles: string = css`
  /* The first layer floats over the page, so it never moves the page's layout. It is the
     container the decision buttons' grid measures (three in a row, or one column). */
  .banner {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto 1rem 1rem;
    max-width: var(--cc-max-width, 40rem);
    max-height: calc(100% - 2rem);
    margin: 0 auto;
    padding: 1.25rem 1.5rem;
    overflow: auto;
    container-type: inline-size;
  }
  /* The three decisions in one grid: same width and height. All three in one row where a third
     of the row holds the longest word of any built-in label (36rem of the banner's width), else
     all in one column, never two and an orphan. A label wraps between words only, never inside
     one (keep-all: nor inside a Chinese or Japanese word). */
  .banner .actions {
    grid-template-columns: minmax(0, 1fr);
    grid-auto-rows: 1fr;
  }
  @container (min-width: 36rem) {
    .banner .actions {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .banner button.choice {
    overflow-wrap: normal;
    word-break: keep-all;
    hyphens: manual;
  }
  /* California's opt-out icon beside "Your Privacy Choices", in its own colours on any theme. */
  .opt-out-icon {
    vertical-align: middle;
    margin-inline-end: 0.25em;
  }
  /* The region takes focus only so that screen readers announce it and Tab starts inside it;
     it is not a control, so it draws no focus ring (its links and buttons do). */
  .banner:focus {
    outline: none;
  }

  /* Phones, upright (narrow) or sideways (short): the same texts, link and buttons, set tighter,
     so the first layer covers at most half of a 320×640 screen and two thirds of a 640×360 one
     in every built-in language (test/views/banner/phones.test.ts). Text stays at 14 px or more,
     targets at 24 px or more. */
  @media (max-width: 30rem), (max-height: 30rem) {
    .banner {
      inset: auto 0.5rem 0.5rem;
      max-height: calc(100% - 1rem);
      padding: 0.5rem 0.625rem;
      font-size: calc(var(--cc-font-size, 1rem) * 0.875);
      line-height: 1.3;
    }
    /* One flow of text: the title, bold, runs into the description (it is still the region's
       heading), then the purposes, muted, and the policy link; a GPC notice starts a new line. */
    .banner .text > * {
      display: inline;
      margin: 0;
    }
    .banner h2 {
      font-size: 1em;
      line-height: inherit;
    }
    /* The gap after the title and the description: a margin, since the production build drops
       the whitespace between tags; as specific as the margin reset above, and after it. */
    .banner .text > h2,
    .banner .text > .description {
      margin-inline-end: 0.25em;
    }
    .banner .gpc::before {
      content: '\A';
      white-space: pre;
    }
    /* Inline in the text, like a link in a sentence (WCAG 2.5.8 lets those be smaller). */
    .banner a[part~='policy-link'] {
      display: inline;
      min-height: 0;
      margin-inline-start: 0.5em;
      line-height: inherit;
    }
    .banner .actions {
      gap: 0.25rem;
      margin-top: 0.5rem;
    }
    .banner button.choice {
      min-height: 1.75rem;
      padding: 0.125rem 0.625rem;
    }
  }

  /* Sideways: the text on the left, the three buttons in one column on the right. */
  @media (max-height: 30rem) and (min-width: 30.0625rem) {
    .banner {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      column-gap: 1rem;
    }
    .banner > .actions {
      grid-template-columns: minmax(0, 1fr);
      width: max-content;
      max-width: 12rem;
      margin-top: 0;
    }
  }
`;
