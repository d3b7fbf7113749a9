/**
 * The styles every view needs: the host's colour pairs, type, buttons, focus rings. Adopted as a constructed stylesheet (no `<style>`
 * element, so a CSP of `style-src 'self'` works). Every colour and size reads a `--cc-*` custom
 * property with a default; which of each light/dark pair applies follows the page's own
 * `color-scheme`, unless the `color-scheme` attribute says otherwise.
 */
import { css } from './css.js';

export const sharedStyles: string = css`
  /* Colours come in light/dark pairs through light-dark(): the host's color-scheme picks one.
     By default (color-scheme absent or "page") the host inherits the page's: a page that
     declares none (normal) is light, one that declares "light dark" (in CSS or with
     <meta name="color-scheme">) follows the visitor, a dark-only one is dark. Inherited, it
     costs no script and no style lookup (reading the root's computed color-scheme mid-parse
     took 75 ms at 4x CPU). The attribute forces the other cases. */
  :host {
    all: initial;
    /* The page's typeface: a first visit's banner then loads no font of its own, which on a
       4x-throttled phone took 10-25 ms of its first layout (font matching and loading). */
    font-family: inherit;
    display: contents;
    color-scheme: inherit;
    --_bg: var(--cc-bg, light-dark(#ffffff, #1c1f24));
    --_fg: var(--cc-fg, light-dark(#1f2328, #f0f3f6));
    --_muted: var(--cc-muted, light-dark(#4b535c, #c2c9d1));
    --_border: var(--cc-border, light-dark(#6e7781, #8c959f));
    --_button-bg: var(--cc-button-bg, light-dark(#1f2328, #f0f3f6));
    --_button-fg: var(--cc-button-fg, light-dark(#ffffff, #1c1f24));
    --_button-hover-bg: var(--cc-button-hover-bg, light-dark(#3b434c, #d0d7de));
    --_link: var(--cc-link, light-dark(#0a58ca, #8cb4ff));
    --_focus: var(--cc-focus, light-dark(#0a58ca, #8cb4ff));
    --_switch-on: var(--cc-switch-on, light-dark(#0a58ca, #5b9bff));
    --_backdrop: var(--cc-backdrop, light-dark(rgb(0 0 0 / 0.5), rgb(0 0 0 / 0.7)));
  }
  :host([color-scheme='auto']) {
    color-scheme: light dark;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }

  .banner,
  dialog {
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--cc-font-family, inherit);
    font-size: var(--cc-font-size, 1rem);
    line-height: 1.5;
    border: 1px solid var(--_border);
    border-radius: var(--cc-radius, 0.75rem);
    box-shadow: var(--cc-shadow, 0 0.5rem 2rem rgb(0 0 0 / 0.25));
    overflow-wrap: break-word;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .muted {
    color: var(--_muted);
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  /* A 24 px tall target (WCAG 2.2, 2.5.8) on its own line. */
  a[part~='policy-link'] {
    display: inline-block;
    min-height: 1.5rem;
    line-height: 1.5rem;
  }

  /* Equal visual weight: a grid gives every decision button the same width, in one row
     where they fit and in equal columns where they wrap; same font and colours too. The first
     layer's three never wrap two and one: see banner.styles.ts. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(7.5rem, 100%), 1fr));
    gap: 0.5rem;
    margin-top: 1rem;
  }
  button.choice {
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    font-weight: 600;
    color: var(--_button-fg);
    background: var(--_button-bg);
    border: 2px solid var(--_button-bg);
    border-radius: var(--cc-button-radius, 0.5rem);
    cursor: pointer;
  }
  button.choice:hover {
    background: var(--_button-hover-bg);
    border-color: var(--_button-hover-bg);
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The Global Privacy Control line: short, set apart from the purposes. */
  .gpc {
    font-size: 0.875em;
  }
`;
