/**
 * The first layer: purposes, policy link and three buttons of equal weight. Plain DOM, so it is
 * part of the script-tag file and paints in the first frame.
 */
import { NECESSARY } from '../core/categories.js';
import { categoryText, textDirection } from '../core/texts/catalog.js';
import type { Texts } from '../core/texts/texts.js';
import { h } from './dom.js';

/** What the first layer shows and does. */
export interface BannerView {
  readonly texts: Texts;
  readonly categories: readonly string[];
  readonly policyUrl: string | null;
  /** The browser's Global Privacy Control signal is honoured: one short line says so. */
  readonly gpc: boolean;
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  /** Opens the preferences; the event's currentTarget is the opener. */
  readonly onCustomize: (event: Event) => void;
}

/** Builds the first layer's `<section part="banner">`. */
export function createBanner(document: Document, view: BannerView): HTMLElement {
  const { texts } = view;
  const purposes = view.categories.filter((id) => id !== NECESSARY).map((id) => categoryText(id, texts).label);
  const button = (part: string, label: string, onClick: (event: Event) => void, popup = false) => {
    const element = h(document, 'button', { type: 'button', class: 'choice', part, 'aria-haspopup': popup ? 'dialog' : null }, label);
    element.addEventListener('click', onClick);
    return element;
  };
  return h(
    document,
    'section',
    { part: 'banner', class: 'banner', lang: texts.lang, dir: textDirection(texts.lang), 'aria-labelledby': 'cc-banner-title', tabindex: '-1' },
    h(document, 'h2', { id: 'cc-banner-title' }, texts.bannerTitle),
    h(document, 'p', {}, texts.bannerDescription),
    purposes.length > 0 && h(document, 'p', { class: 'muted' }, `${texts.purposesLabel} ${purposes.join(', ')}`),
    view.gpc && h(document, 'p', { class: 'muted gpc', part: 'gpc-notice' }, texts.gpcNotice),
    view.policyUrl !== null && h(document, 'a', { part: 'policy-link', href: view.policyUrl }, texts.policyLink),
    h(
      document,
      'div',
      { class: 'actions' },
      button('accept-all', texts.acceptAll, view.onAcceptAll),
      button('reject-all', texts.rejectAll, view.onRejectAll),
      button('customize', texts.customize, view.onCustomize, true),
    ),
  );
}
