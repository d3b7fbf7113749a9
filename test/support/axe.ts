/**
 * The axe check of a state a visitor can see. test/compliance/wcag.test.ts holds the states and
 * runs it once over each of them, in the light and the dark colour scheme.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/index.js';

/** One state a visitor can see: the element showing it, where its content is, and its controls. */
export interface VisibleState {
  element: CookieConsent;
  /** The container whose text is checked (the banner, the dialog, the placeholder, the button). */
  container: HTMLElement;
  controls: HTMLElement[];
}

/**
 * Runs axe (chai-a11y-axe, through open-wc) over `state` and fails on any violation: over the
 * element with its shadow root, or, for content standing in the page outside the element (an
 * iframe placeholder), over that content.
 */
export async function expectAccessible({ element, container }: VisibleState): Promise<void> {
  const inElement = element.contains(container) || !!element.shadowRoot?.contains(container);
  await expect(inElement ? element : container).to.be.accessible();
}
