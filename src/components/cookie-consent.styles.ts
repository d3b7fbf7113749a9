/**
 * Styles of `<cookie-consent>`'s banner and preferences, part of the UI module, adopted as a
 * constructed stylesheet (no `<style>` element, so a CSP of `style-src 'self'` works). Every colour and size reads a `--cc-*` custom property with
 * a default; the defaults follow `prefers-color-scheme` unless the `color-scheme` attribute is set.
 */
/** Tags the stylesheet's text, so the build can find and minify it; returns it as written. */
const css = (strings: TemplateStringsArray): string => strings.raw.join('');

export const styles: string = css`
  /* Colours come in light/dark pairs through light-dark(): the host's color-scheme picks one,
     following the OS unless the color-scheme attribute forces it. */
  :host {
    all: initial;
    display: contents;
    color-scheme: light dark;
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
    font-family: var(--cc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
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

  /* Equal visual weight: a grid gives every decision button the same width, in one row
     where they fit and in equal columns where they wrap; same font and colours too. */
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

  dialog {
    width: min(36rem, calc(100% - 1rem));
    max-height: calc(100% - 1rem);
    padding: 0;
  }
  dialog::backdrop {
    background: var(--_backdrop);
  }
  .dialog-body {
    padding: 1.25rem 1.5rem;
  }
  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }
  button.close {
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
    margin: -0.5rem -0.75rem 0 0;
    font: inherit;
    font-size: 1.5rem;
    line-height: 1;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: 0.5rem;
    cursor: pointer;
  }
  ul {
    margin: 1rem 0 0;
    padding: 0;
    list-style: none;
  }
  li {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
  }
  label {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    font-weight: 600;
    cursor: pointer;
  }
  .always-on {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  li p {
    margin: 0.25rem 0 0;
    font-size: 0.9375em;
  }

  /* A checkbox drawn as a switch; role="switch" tells assistive technology the same. */
  input[type='checkbox'] {
    appearance: none;
    flex: none;
    position: relative;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_bg);
    cursor: pointer;
    transition: background-color 0.15s;
  }
  input[type='checkbox']::before {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--_border);
    transition: transform 0.15s;
  }
  input[type='checkbox']:checked {
    background: var(--_switch-on);
    border-color: var(--_switch-on);
  }
  input[type='checkbox']:checked::before {
    background: var(--_bg);
    transform: translateX(1.25rem);
  }
  input[type='checkbox']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  @media (prefers-reduced-motion: reduce) {
    input[type='checkbox'],
    input[type='checkbox']::before {
      transition: none;
    }
  }

  @media (max-width: 30rem) {
    .banner {
      inset: auto 0.5rem 0.5rem;
      max-height: calc(100% - 1rem);
      padding: 1rem;
    }
    .dialog-body {
      padding: 1rem;
    }
  }
`;
