/**
 * Drawing every `<cookie-declaration>` of the page: each gets the declaration in its own shadow
 * root, drawn again whenever the state changes.
 */
import { render } from 'lit/html.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { declarationStyles } from './declaration.styles.js';
import { declarationTemplate, type DeclarationView } from './declaration.template.js';

/** Draws `view` (or nothing, while the texts load) into each declaration host. */
export function drawDeclarations(hosts: Iterable<HTMLElement>, view: DeclarationView | null): void {
  for (const host of hosts) {
    let root = host.shadowRoot;
    if (!root) {
      root = host.attachShadow({ mode: 'open' });
      adoptStyles(root, declarationStyles);
    }
    render(view ? declarationTemplate(view) : '', root);
  }
}
