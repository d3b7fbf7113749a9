/**
 * Finding gated elements in the DOM, by the core's gating rule.
 */
import { GATED_SELECTOR } from '../core/gating-rules.js';

/** An element held back until its categories are granted. */
export type GatedElement = HTMLScriptElement | HTMLIFrameElement | HTMLImageElement;

/** Whether `node` is a gated element. */
export function isGated(node: Node): node is GatedElement {
  return node instanceof Element && node.matches(GATED_SELECTOR);
}

/** The gated elements at `node` and below it, in document order. */
export function gatedWithin(node: Node): GatedElement[] {
  if (!(node instanceof Element || node instanceof Document || node instanceof DocumentFragment)) return [];
  // The parser adds elements one at a time, still empty: no subtree to search then.
  const found = node.firstElementChild ? [...node.querySelectorAll<GatedElement>(GATED_SELECTOR)] : [];
  return isGated(node) ? [node, ...found] : found;
}
