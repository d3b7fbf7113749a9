/**
 * A contextual placeholder for a held `<iframe>` (a video, a map): a short notice naming the
 * category it needs, with "Load this once" (this frame, this page view, nothing stored) and
 * "Allow <category>" (a decision, stored).
 */
import { html, type TemplateResult } from 'lit/html.js';
import { fillCategory, textDirection } from '../../core/texts/catalog.js';
import type { Texts } from '../../core/texts/texts.js';

/** What one placeholder shows and does. */
export interface PlaceholderView {
  readonly texts: Texts;
  /** The labels of the categories the frame still needs, joined. */
  readonly label: string;
  readonly onLoadOnce: () => void;
  readonly onAllow: () => void;
}

export function placeholderTemplate(view: PlaceholderView): TemplateResult {
  const { texts } = view;
  const notice = fillCategory(texts.placeholderNotice, view.label);
  return html`
    <div class="placeholder" part="placeholder" role="group" aria-label=${notice} lang=${texts.lang} dir=${textDirection(texts.lang)}>
      <p>${notice}</p>
      <div class="actions">
        <button type="button" class="choice" part="load-once" @click=${view.onLoadOnce}>${texts.loadOnce}</button>
        <button type="button" class="choice" part="allow-category" @click=${view.onAllow}>${fillCategory(texts.allowCategory, view.label)}</button>
      </div>
    </div>
  `;
}
