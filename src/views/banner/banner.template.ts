/**
 * The first layer: purposes, policy link and three buttons of equal weight; under a US opt-out
 * rule, a notice at collection instead (never a consent wall): what is collected, "Do Not Sell
 * or Share", the visitor's choices, and a button that closes it.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { NECESSARY } from '../../core/categories.js';
import type { RuleId } from '../../core/regions.js';
import { categoryText, textDirection } from '../../core/texts/catalog.js';
import type { Texts } from '../../core/texts/texts.js';

/** What the first layer shows and does. */
export interface BannerView {
  readonly texts: Texts;
  readonly categories: readonly string[];
  readonly policyUrl: string | null;
  /** The browser's Global Privacy Control signal is honoured: one short line says so. */
  readonly gpc: boolean;
  /** The rule the visitor is under: `us` shows the notice at collection. */
  readonly rule: RuleId;
  /** The optional categories on until the visitor switches them off. */
  readonly optOut: readonly string[];
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  /** Opens the preferences; the event's currentTarget is the opener. */
  readonly onCustomize: (event: Event) => void;
  /** Opts out of the sale and sharing of personal information: `targeting` off, the rest as it is. */
  readonly onDoNotSell: () => void;
  /** Closes the notice at collection, keeping what is on (the visitor did not opt out). */
  readonly onDismiss: () => void;
}

/**
 * California's opt-out icon (11 CCR §7015(b)), shown with "Your Privacy Choices": a pill, its
 * left half white with a check, its right half blue with a cross. Decorative: the text names it.
 */
export const optOutIcon = html`<svg class="opt-out-icon" viewBox="0 0 30 14" width="30" height="14" aria-hidden="true" focusable="false">
  <rect x="0.75" y="0.75" width="28.5" height="12.5" rx="6.25" fill="#fff" stroke="#0066ff" stroke-width="1.5" />
  <path d="M16.5 0.75h6.25a6.25 6.25 0 0 1 0 12.5H12.5Z" fill="#0066ff" />
  <path d="M19.2 4.4l4.6 5.2m0-5.2l-4.6 5.2" stroke="#fff" stroke-width="1.6" stroke-linecap="round" />
  <path d="M5.6 7.3l2.1 2.1 4.2-4.6" fill="none" stroke="#0066ff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** The line of purposes that need consent, and the line of those on until switched off. */
function purposeLines(view: BannerView): TemplateResult {
  const { texts } = view;
  const optional = view.categories.filter((id) => id !== NECESSARY);
  const line = (label: string, ids: readonly string[]) =>
    ids.length ? html`<p class="muted purposes">${label} ${ids.map((id) => categoryText(id, texts).label).join(', ')}</p>` : nothing;
  return html`${line(texts.purposesLabel, optional.filter((id) => !view.optOut.includes(id)))}${line(
    texts.optOutPurposesLabel,
    optional.filter((id) => view.optOut.includes(id)),
  )}`;
}

/** The first layer's `<section part="banner">`: a labelled region, focusable so it can be announced. */
export function bannerTemplate(view: BannerView): TemplateResult {
  const { texts } = view;
  const notice = view.rule === 'us';
  return html`
    <section part="banner" class="banner" lang=${texts.lang} dir=${textDirection(texts.lang)} aria-labelledby="cc-banner-title" tabindex="-1">
      <div class="text">
        <h2 id="cc-banner-title">${texts.bannerTitle}</h2>
        <p class="description">${notice ? texts.optOutDescription : texts.bannerDescription}</p>
        ${purposeLines(view)}
        ${view.gpc ? html`<p class="muted gpc" part="gpc-notice">${notice ? texts.optOutHonored : texts.gpcNotice}</p>` : nothing}
        ${view.policyUrl === null ? nothing : html`<a part="policy-link" href=${view.policyUrl}>${texts.policyLink}</a>`}
      </div>
      <div class="actions">
        ${notice
          ? html`<button type="button" class="choice" part="do-not-sell" @click=${view.onDoNotSell}>${texts.doNotSell}</button>
              <button type="button" class="choice" part="customize" aria-haspopup="dialog" @click=${view.onCustomize}>${optOutIcon} ${texts.privacyChoices}</button>
              <button type="button" class="choice" part="dismiss" @click=${view.onDismiss}>${texts.close}</button>`
          : html`<button type="button" class="choice" part="accept-all" @click=${view.onAcceptAll}>${texts.acceptAll}</button>
              <button type="button" class="choice" part="reject-all" @click=${view.onRejectAll}>${texts.rejectAll}</button>
              <button type="button" class="choice" part="customize" aria-haspopup="dialog" @click=${view.onCustomize}>${texts.customize}</button>`}
      </div>
    </section>
  `;
}
