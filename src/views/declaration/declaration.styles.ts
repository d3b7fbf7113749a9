/**
 * The declaration's styles: it is part of the policy page, so it keeps the page's font and
 * colours and only lays out its tables and lists.
 */
import { css } from '../shared/css.js';

export const declarationStyles: string = css`
  :host {
    display: block;
  }
  .declaration {
    line-height: 1.5;
  }
  section.category,
  section.decision {
    margin-block: 1.5rem;
  }
  h3,
  h4 {
    margin-block: 1rem 0.5rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .always-on {
    font-weight: 400;
  }
  /* Drawn in the page's own colours: a browser's default button can be unreadable on a dark page. */
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 2px solid currentColor;
    border-radius: 0.375rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
  details.cookies {
    margin-block: 0.5rem;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 0.25rem 0.75rem 0.25rem 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid currentColor;
  }
  tbody th {
    font-weight: 400;
  }
`;
