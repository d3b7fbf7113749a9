/**
 * Draws one view's template alone, as the element's view host does: in a shadow root of a
 * fixture, with the shared styles and the view's own.
 */
import { fixture, html as litHtml } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit/html.js';
import { adoptStyles } from '../../src/views/shared/adopt-styles.js';
import { sharedStyles } from '../../src/views/shared/shared.styles.js';

/** The shadow root the template was drawn into. */
export async function renderView(template: TemplateResult, styles: string): Promise<ShadowRoot> {
  const host = await fixture<HTMLDivElement>(litHtml`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, sharedStyles);
  adoptStyles(root, styles);
  render(template, root, { host });
  return root;
}

/** The element carrying `part` in `root`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- same contract as querySelector<E>()
export function inPart<T extends Element = HTMLElement>(root: ShadowRoot, name: string): T {
  const found = root.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no [part~="${name}"]`);
  return found;
}
