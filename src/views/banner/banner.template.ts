/**
 * The first layer: purposes, policy link and three buttons of equal weight.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { NECESSARY } from '../../core/categories.js';
import { categoryText, textDirection } from '../../core/texts/catalog.js';
import type { Texts } from '../../core/texts/texts.js';

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

/** The first layer's `<section part="banner">`: a labelled region, focusable so it can be announced. */
export function bannerTemplate(view: BannerView): TemplateResult {
  const { texts } = view;
  const purposes = view.categories.filter((id) => id !== NECESSARY).map((id) => categoryText(id, texts).label);
  return html`
    <section part="banner" class="banner" lang=${texts.lang} dir=${textDirection(texts.lang)} aria-labelledby="cc-banner-title" tabindex="-1">
      <div class="text">
        <h2 id="cc-banner-title">${texts.bannerTitle}</h2>
        <p class="description">${texts.bannerDescription}</p>
        ${purposes.length ? html`<p class="muted purposes">${texts.purposesLabel} ${purposes.join(', ')}</p>` : nothing}
        ${view.gpc ? html`<p class="muted gpc" part="gpc-notice">${texts.gpcNotice}</p>` : nothing}
        ${view.policyUrl === null ? nothing : html`<a part="policy-link" href=${view.policyUrl}>${texts.policyLink}</a>`}
      </div>
      <div class="actions">
        <button type="button" class="choice" part="accept-all" @click=${view.onAcceptAll}>${texts.acceptAll}</button>
        <button type="button" class="choice" part="reject-all" @click=${view.onRejectAll}>${texts.rejectAll}</button>
        <button type="button" class="choice" part="customize" aria-haspopup="dialog" @click=${view.onCustomize}>${texts.customize}</button>
      </div>
    </section>
  `;
}
