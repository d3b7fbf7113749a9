/**
 * The cookie declaration's table: the cookies and storage keys of a category or a service, with
 * type, lifetime and purpose, as the preferences and `<cookie-declaration>` both show it.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { CategoryDetail, ServiceDetail } from '../../core/config.js';
import type { DeclaredItemDetail, ItemLifetime } from '../../core/declared-items.js';
import type { Texts } from '../../core/texts/texts.js';

/** A lifetime in the visitor's language: `400 days` → "400 Tage" (Intl's unit names). */
export function lifetimeText(lifetime: ItemLifetime | null, texts: Texts): string {
  if (!lifetime) return '';
  if (lifetime === 'session') return texts.declaration.session;
  if (lifetime === 'persistent') return texts.declaration.persistent;
  try {
    return new Intl.NumberFormat(texts.lang, { style: 'unit', unit: lifetime.unit, unitDisplay: 'long' }).format(lifetime.amount);
  } catch {
    return `${lifetime.amount} ${lifetime.unit}${lifetime.amount === 1 ? '' : 's'}`;
  }
}

/** Every item of a category or service: those described in detail, then the bare names. */
export function itemsOf(detail: Pick<CategoryDetail, 'cookies' | 'storage'> & { readonly items?: readonly DeclaredItemDetail[] }): DeclaredItemDetail[] {
  const items = [...(detail.items ?? [])];
  const bare = (names: readonly string[], type: 'cookie' | 'storage') =>
    names.filter((name) => !items.some((item) => item.name === name && item.type === type)).map((name) => ({ name, type, lifetime: null, purpose: null, purposeKey: null }));
  return [...items, ...bare(detail.cookies, 'cookie'), ...bare(detail.storage, 'storage')];
}

/** The purpose of an item in the visitor's language: the site's words, else the catalogue's phrase. */
const purposeText = (item: DeclaredItemDetail, texts: Texts): string => item.purpose ?? (item.purposeKey ? texts.declaration.purposes[item.purposeKey] : '');

/**
 * A disclosure with the table of `items`, or nothing when there are none.
 * @param provider shown in the provider column (a service's provider), or `null` for the site's own
 * @param open whether it starts open (on the policy page) or closed (in the preferences)
 */
export function cookieTable(items: readonly DeclaredItemDetail[], texts: Texts, provider: string | null, open = false): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const words = texts.declaration;
  return html`<details class="cookies" part="cookie-list" ?open=${open}>
    <summary>${words.cookies} (${items.length})</summary>
    <div class="table-scroll">
      <table part="cookie-table">
        <thead>
          <tr>
            <th scope="col">${words.name}</th>
            <th scope="col">${words.type}</th>
            <th scope="col">${words.lifetime}</th>
            <th scope="col">${words.purpose}</th>
            ${provider ? html`<th scope="col">${words.provider}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (item) => html`<tr>
              <th scope="row"><code>${item.name}</code></th>
              <td>${item.type === 'storage' ? words.storage : words.cookie}</td>
              <td>${lifetimeText(item.lifetime, texts)}</td>
              <td>${purposeText(item, texts)}</td>
              ${provider ? html`<td>${provider}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** Who provides a service and the link to their privacy policy, as far as the site declares them. */
export function providerLine(service: ServiceDetail, texts: Texts): TemplateResult {
  const words = texts.declaration;
  return html`${service.provider ? html` <span class="provider">${words.provider}: ${service.provider}.</span>` : nothing}${service.policyUrl
    ? html` <a href=${service.policyUrl} target="_blank" rel="noopener">${words.privacyPolicy}</a>`
    : nothing}`;
}

/**
 * A service's description in the visitor's language: the site's own, else the catalogue's in
 * that language once loaded, else the catalogue's English one.
 * @param translated the catalogue's descriptions in the language shown, by service id
 */
export function serviceDescription(service: ServiceDetail, translated: Readonly<Record<string, string>> | null = null): string {
  return service.description ?? translated?.[service.id] ?? service.catalogueDescription ?? '';
}
