/**
 * The second layer: a modal dialog with one switch per category.
 */
import { html, type TemplateResult } from 'lit/html.js';
import { NECESSARY } from '../../core/categories.js';
import { categoryText, textDirection } from '../../core/texts/catalog.js';
import type { Texts } from '../../core/texts/texts.js';

/** What the preferences show and do. */
export interface PreferencesView {
  readonly texts: Texts;
  readonly categories: readonly string[];
  readonly policyUrl: string | null;
  /** Whether a category's switch starts on. */
  readonly isOn: (id: string) => boolean;
  readonly onSave: (granted: string[]) => void;
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  readonly onClose: () => void;
  /** The browser's Global Privacy Control signal is honoured: say so. */
  readonly gpc: boolean;
  /** The stored decision's consent id, which a visitor can quote to the site; `null` while undecided. */
  readonly consentId: string | null;
}

/** The ids whose switches are on in the dialog that contains `button`. */
function switchedOn(button: EventTarget | null): string[] {
  const dialog = (button as Element | null)?.closest('dialog');
  const toggles = dialog ? [...dialog.querySelectorAll<HTMLInputElement>('input[part~="toggle"]')] : [];
  return toggles.filter((toggle) => toggle.checked).map((toggle) => toggle.name);
}

export function preferencesTemplate(view: PreferencesView): TemplateResult {
  const { texts } = view;
  return html`
    <dialog part="preferences" lang=${texts.lang} dir=${textDirection(texts.lang)} aria-labelledby="cc-preferences-title" @close=${view.onClose}>
      <div class="dialog-body">
        <div class="dialog-header">
          <h2 id="cc-preferences-title">${texts.preferencesTitle}</h2>
          <button type="button" class="close" part="close" aria-label=${texts.close} @click=${(event: Event) => (event.currentTarget as Element).closest('dialog')?.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p>${texts.preferencesDescription}</p>
        ${view.gpc ? html`<p class="muted gpc" part="gpc-notice">${texts.gpcNotice}</p>` : ''}
        ${view.policyUrl ? html`<a part="policy-link" href=${view.policyUrl}>${texts.policyLink}</a>` : ''}
        <ul>
          ${view.categories.map((id) => {
            const { label, description } = categoryText(id, texts);
            const necessary = id === NECESSARY;
            return html`
              <li part="category">
                <label>
                  <span>${label}${necessary ? html` <span class="always-on">(${texts.alwaysOn})</span>` : ''}</span>
                  <input
                    type="checkbox"
                    role="switch"
                    part="toggle"
                    name=${id}
                    aria-describedby=${`cc-description-${id}`}
                    .checked=${necessary || view.isOn(id)}
                    ?disabled=${necessary}
                  />
                </label>
                <p id=${`cc-description-${id}`} class="muted">${description}</p>
              </li>
            `;
          })}
        </ul>
        ${view.consentId ? html`<p class="muted consent-id">${texts.consentId}: <span part="consent-id">${view.consentId}</span></p>` : ''}
        <div class="actions">
          <button type="button" class="choice" part="reject-all" @click=${view.onRejectAll}>${texts.rejectAll}</button>
          <button type="button" class="choice" part="accept-all" @click=${view.onAcceptAll}>${texts.acceptAll}</button>
          <button type="button" class="choice" part="save" @click=${(event: Event) => view.onSave(switchedOn(event.currentTarget))}>
            ${texts.save}
          </button>
        </div>
      </div>
    </dialog>
  `;
}
