/**
 * The preferences dialog's own styles: layout, category rows and the switches. Part of the UI
 * module, adopted beside the banner's styles (which give the dialog its colours, type and
 * buttons).
 */
import { css } from '../shared/css.js';

export const preferencesStyles: string = css`
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
    container-type: inline-size;
  }
  /* Its three decisions as the first layer's: same width and height, all three in one row where
     a third of the row holds the longest word of any built-in label, else all in one column,
     never two and an orphan; labels wrap between words only. */
  .dialog-body .actions {
    grid-template-columns: minmax(0, 1fr);
    grid-auto-rows: 1fr;
  }
  @container (min-width: 30rem) {
    .dialog-body .actions {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .dialog-body button.choice {
    overflow-wrap: normal;
    word-break: keep-all;
    hyphens: manual;
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
    inset-inline-start: 2px;
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
  input[type='checkbox']:checked:dir(rtl)::before {
    transform: translateX(-1.25rem);
  }
  /* A category with services: all on, all off, or some (mixed: the knob in the middle). */
  input[type='checkbox']:indeterminate {
    background: var(--_switch-on);
    border-color: var(--_switch-on);
  }
  input[type='checkbox']:indeterminate::before {
    background: var(--_bg);
    transform: translateX(0.625rem);
  }
  input[type='checkbox']:indeterminate:dir(rtl)::before {
    transform: translateX(-0.625rem);
  }
  ul.services {
    margin: 0.5rem 0 0;
    padding-inline-start: 1rem;
    border-inline-start: 2px solid var(--_border);
  }
  ul.services li {
    padding: 0.5rem 0;
    border: 0;
  }
  ul.services label {
    font-weight: 500;
  }
  details.cookies {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  details.cookies summary {
    cursor: pointer;
    min-height: 1.5rem;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.25rem;
    width: 100%;
  }
  th,
  td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-weight: 600;
  }
  tbody th {
    font-weight: 400;
  }
  code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .consent-id {
    font-size: 0.875em;
    overflow-wrap: anywhere;
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
    .dialog-body {
      padding: 1rem;
    }
  }
`;
