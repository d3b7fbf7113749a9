/**
 * A placeholder's own styles, on top of the shared ones (colours, type, buttons, focus rings).
 */
import { css } from '../shared/css.js';

export const placeholderStyles: string = css`
  :host {
    display: block;
    max-width: 100%;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.5rem;
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
