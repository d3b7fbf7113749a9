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

/** An iframe of `width` × `height` CSS px in the test document: a viewport of its own (media queries, fixed positioning), the same in every engine. */
export async function viewportFrame(width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { border: '0', width: `${width}px`, height: `${height}px`, display: 'block' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body></body></html>';
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * Draws `template` with the shared styles and `styles` in a new shadow root in `win`'s body,
 * set in `font`, replacing what was drawn before; `then` runs on the root before the two frames
 * it waits for (to open a dialog). A constructed stylesheet belongs to the document that made
 * it, so the styles go in as a `<style>` of the same text.
 */
export async function renderInFrame(win: Window, template: TemplateResult, styles: string, font: string, then?: (root: ShadowRoot) => void): Promise<ShadowRoot> {
  const body = win.document.body;
  body.style.fontFamily = font;
  body.replaceChildren();
  const root = body.appendChild(win.document.createElement('div')).attachShadow({ mode: 'open' });
  const style = win.document.createElement('style');
  style.textContent = sharedStyles + styles;
  root.append(style);
  render(template, root);
  then?.(root);
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  return root;
}
