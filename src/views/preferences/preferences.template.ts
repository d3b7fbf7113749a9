/**
 * The second layer: a modal dialog with one switch per category and per declared service, and
 * the cookie declaration (each category's and service's cookies) beside them.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NECESSARY } from '../../core/categories.js';
import type { CategoryDetails, ServiceDetail } from '../../core/config.js';
import type { RuleId } from '../../core/regions.js';
import { servicesOf } from '../../core/services.js';
import { categoryText, textDirection } from '../../core/texts/catalog.js';
import type { Texts } from '../../core/texts/texts.js';
import { cookieTable, itemsOf, providerLine, serviceDescription } from '../shared/cookie-table.template.js';

/** What the preferences show and do. */
export interface PreferencesView {
  readonly texts: Texts;
  readonly categories: readonly string[];
  /** The declared services, each shown under its category with a switch of its own. */
  readonly services?: readonly ServiceDetail[];
  /** What `<cookie-category>` children declare (their cookies, for the declaration). */
  readonly details?: CategoryDetails;
  readonly policyUrl: string | null;
  /** The catalogue services' descriptions in the language shown, by id (`null`: English, or not loaded yet). */
  readonly serviceTexts?: Readonly<Record<string, string>> | null;
  /** Whether a category's or service's switch starts on. */
  readonly isOn: (id: string) => boolean;
  readonly onSave: (granted: string[]) => void;
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  readonly onClose: () => void;
  /** The browser's Global Privacy Control signal is honoured: say so. */
  readonly gpc: boolean;
  /** The rule the visitor is under: `us` titles them "Your Privacy Choices" and says the opt-out request was honoured. */
  readonly rule?: RuleId;
  /** The stored decision's consent id, which a visitor can quote to the site; `null` while undecided. */
  readonly consentId: string | null;
}

/** The ids whose switches are on in the dialog that contains `button` (a mixed category's is off: its services say it). */
function switchedOn(button: EventTarget | null): string[] {
  const dialog = (button as Element | null)?.closest('dialog');
  const toggles = dialog ? [...dialog.querySelectorAll<HTMLInputElement>('input[part~="toggle"]')] : [];
  return toggles.filter((toggle) => toggle.checked).map((toggle) => toggle.name);
}

/** The service switches under a category's switch, in its list item. */
const serviceToggles = (category: HTMLInputElement): HTMLInputElement[] => [
  ...(category.closest('li')?.querySelectorAll<HTMLInputElement>('input[part~="service-toggle"]') ?? []),
];

/** A category switch sets all its services. */
function onCategoryToggle(event: Event): void {
  const category = event.currentTarget as HTMLInputElement;
  for (const toggle of serviceToggles(category)) toggle.checked = category.checked;
}

/** A service switch makes its category's on (all on), off (all off) or mixed. */
function onServiceToggle(event: Event): void {
  const category = (event.currentTarget as Element).closest('li[part~="category"]')?.querySelector<HTMLInputElement>('input[part~="category-toggle"]');
  if (!category) return;
  const on = serviceToggles(category).map((toggle) => toggle.checked);
  category.checked = on.every(Boolean);
  category.indeterminate = !category.checked && on.some(Boolean);
}

/** One service: its switch, what it does, who provides it, and its cookies. */
function serviceTemplate(service: ServiceDetail, view: PreferencesView, necessary: boolean): TemplateResult {
  const { texts } = view;
  const description = serviceDescription(service, view.serviceTexts);
  const describedBy = `cc-description-${service.id}`;
  return html`<li part="service">
    <label>
      <span>${service.label}</span>
      <input
        type="checkbox"
        role="switch"
        part="toggle service-toggle"
        name=${service.id}
        aria-describedby=${describedBy}
        .checked=${necessary || view.isOn(service.id)}
        ?disabled=${necessary}
        @change=${onServiceToggle}
      />
    </label>
    <p id=${describedBy} class="muted">
      ${description}${providerLine(service, texts)}
    </p>
    ${cookieTable(itemsOf(service), texts, service.provider)}
  </li>`;
}

export function preferencesTemplate(view: PreferencesView): TemplateResult {
  const { texts } = view;
  return html`
    <dialog part="preferences" lang=${texts.lang} dir=${textDirection(texts.lang)} aria-labelledby="cc-preferences-title" @close=${view.onClose}>
      <div class="dialog-body">
        <div class="dialog-header">
          <h2 id="cc-preferences-title">${view.rule === 'us' ? texts.privacyChoices : texts.preferencesTitle}</h2>
          <button type="button" class="close" part="close" aria-label=${texts.close} @click=${(event: Event) => (event.currentTarget as Element).closest('dialog')?.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p>${texts.preferencesDescription}</p>
        ${view.gpc ? html`<p class="muted gpc" part="gpc-notice">${view.rule === 'us' ? texts.optOutHonored : texts.gpcNotice}</p>` : ''}
        ${view.policyUrl ? html`<a part="policy-link" href=${view.policyUrl}>${texts.policyLink}</a>` : ''}
        <ul>
          ${view.categories.map((id) => {
            const { label, description } = categoryText(id, texts);
            const necessary = id === NECESSARY;
            const services = servicesOf({ services: view.services ?? [] }, id);
            const on = services.map((service) => necessary || view.isOn(service.id));
            // With services it is a tri-state checkbox (a switch cannot say "mixed"); without, a switch.
            const all = services.length ? on.every(Boolean) : necessary || view.isOn(id);
            const detail = view.details?.[id];
            return html`
              <li part="category">
                <label>
                  <span>${label}${necessary ? html` <span class="always-on">(${texts.alwaysOn})</span>` : ''}</span>
                  <input
                    type="checkbox"
                    role=${ifDefined(services.length ? undefined : 'switch')}
                    part="toggle category-toggle"
                    name=${id}
                    aria-describedby=${`cc-description-${id}`}
                    .checked=${all}
                    .indeterminate=${!all && on.some(Boolean)}
                    ?disabled=${necessary}
                    @change=${onCategoryToggle}
                  />
                </label>
                <p id=${`cc-description-${id}`} class="muted">${description}</p>
                ${detail ? cookieTable(itemsOf(detail), texts, null) : nothing}
                ${services.length ? html`<ul class="services" aria-label=${label}>${services.map((service) => serviceTemplate(service, view, necessary))}</ul>` : nothing}
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
