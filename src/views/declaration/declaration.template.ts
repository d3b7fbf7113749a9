/**
 * The cookie declaration for the privacy-policy page (`<cookie-declaration>`): every category
 * and service with its purpose, provider and cookies (open tables), and the visitor's own
 * decision: consent id, date and choices, with a button that opens the preferences.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { NECESSARY } from '../../core/categories.js';
import type { ConsentConfig, ServiceDetail } from '../../core/config.js';
import { servicesOf } from '../../core/services.js';
import { categoryText, textDirection } from '../../core/texts/catalog.js';
import type { Texts } from '../../core/texts/texts.js';
import { cookieTable, itemsOf, providerLine, serviceDescription } from '../shared/cookie-table.template.js';

/** What a declaration shows and does. */
export interface DeclarationView {
  readonly texts: Texts;
  readonly config: Pick<ConsentConfig, 'categories' | 'services' | 'details'>;
  /** The visitor's decision: consent id and time, or `null` while undecided. */
  readonly decision: { readonly id: string; readonly time: number } | null;
  /** Whether a category or service is granted now. */
  readonly isOn: (id: string) => boolean;
  /** The catalogue services' descriptions in the language shown, by id. */
  readonly serviceTexts: Readonly<Record<string, string>> | null;
  readonly onChange: () => void;
}

/** "1 December 2026, 15:40" in the language shown. */
function dateText(time: number, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(time);
  } catch {
    return new Date(time).toISOString();
  }
}

function serviceBlock(service: ServiceDetail, view: DeclarationView): TemplateResult {
  const { texts } = view;
  return html`<section class="service" part="declared-service">
    <h4>${service.label}</h4>
    <p>${serviceDescription(service, view.serviceTexts)}</p>
    ${service.provider || service.policyUrl ? html`<p>${providerLine(service, texts)}</p>` : nothing}
    ${cookieTable(itemsOf(service), texts, service.provider, true)}
  </section>`;
}

/** The visitor's choices: one line per category and service with its state. */
function choices(view: DeclarationView): TemplateResult {
  const { texts, config } = view;
  const words = texts.declaration;
  const state = (id: string) => (view.isOn(id) ? words.allowed : words.notAllowed);
  return html`<ul class="choices" part="choices">
    ${config.categories.map((id) => {
      const services = servicesOf(config, id);
      return html`<li>
        ${categoryText(id, texts).label}: <strong>${id === NECESSARY ? texts.alwaysOn : state(id)}</strong>
        ${services.length
          ? html`<ul>
              ${services.map((service) => html`<li>${service.label}: <strong>${id === NECESSARY ? texts.alwaysOn : state(service.id)}</strong></li>`)}
            </ul>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

export function declarationTemplate(view: DeclarationView): TemplateResult {
  const { texts, config, decision } = view;
  const words = texts.declaration;
  return html`<div class="declaration" part="declaration" lang=${texts.lang} dir=${textDirection(texts.lang)}>
    <section class="decision" part="decision">
      <h3>${words.yourChoices}</h3>
      ${decision
        ? html`<dl>
              <dt>${texts.consentId}</dt>
              <dd><code part="consent-id">${decision.id}</code></dd>
              <dt>${words.decidedOn}</dt>
              <dd><time datetime=${new Date(decision.time).toISOString()}>${dateText(decision.time, texts.lang)}</time></dd>
            </dl>
            ${choices(view)}`
        : html`<p>${words.notDecided}</p>`}
      <button type="button" part="change" @click=${view.onChange}>${words.change}</button>
    </section>
    ${config.categories.map((id) => {
      const { label, description } = categoryText(id, texts);
      const detail = config.details[id];
      return html`<section class="category" part="declared-category">
        <h3>${label}${id === NECESSARY ? html` <span class="always-on">(${texts.alwaysOn})</span>` : nothing}</h3>
        ${description ? html`<p>${description}</p>` : nothing}
        ${detail ? cookieTable(itemsOf(detail), texts, null, true) : nothing}
        ${servicesOf(config, id).map((service) => serviceBlock(service, view))}
      </section>`;
    })}
  </div>`;
}
