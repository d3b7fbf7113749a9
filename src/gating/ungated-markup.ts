/**
 * Finding markup that carries `data-category` but is not gated, so it ran or loaded before
 * consent: a `<script>` without `type="text/plain"`, an `<iframe>` or `<img>` with its URL in
 * `src` rather than `data-src`. The gatekeeper never sees these (they are not gated markup);
 * the site owner is told once per page.
 */
import { NECESSARY, parseCategoryList } from '../core/categories.js';
import type { GatingWarn } from './gatekeeper.js';

/** Scripts the browser runs: no type, a JavaScript MIME type, or `module` (a data block such as JSON does not run). */
const RUNS = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;
// Placeholders in `src` that load nothing of the third party's.
const INERT_SOURCE = /^(about:|data:|#|$)/i;
const CANDIDATES = 'script[data-category],iframe[data-category][src]:not([data-src]),img[data-category][src]:not([data-src])';

const checked = new WeakSet<Document>();

/** The message for one ungated element, or `null` when it is not a mistake. */
function problemOf(element: Element, isGranted: (id: string) => boolean): string | null {
  const category = element.getAttribute('data-category') ?? '';
  // Necessary markup may run at once; what is granted now would have been released anyway
  // (and is what a server writes plain for a returning visitor).
  const waiting = parseCategoryList(category).ids.filter((id) => id !== NECESSARY && !isGranted(id));
  const type = element.getAttribute('type')?.trim() ?? '';
  const src = element.getAttribute('src')?.trim() ?? '';
  const script = element.localName === 'script';
  if (!waiting.length || (script ? !RUNS.test(type) : INERT_SOURCE.test(src))) return null;
  const tag = `<${element.localName} data-category="${category}"${src ? ` src="${src.slice(0, 80)}"` : ''}>`;
  const fix = script ? `add type="text/plain"${/^module$/i.test(type) ? ' data-type="module"' : ''}` : 'rename src to data-src';
  return `cookie-consent: ${tag} ${script ? 'ran' : 'loaded'} before consent: ${fix} to hold it until ${waiting.join(' and ')} is granted.`;
}

/**
 * Once per document, when it has been parsed: warns about each element with `data-category`
 * that is not gated and whose categories are not all granted then.
 * @param isGranted whether a category is granted, asked when the check runs
 */
export function reportUngatedMarkup(document: Document, isGranted: (id: string) => boolean, warn: GatingWarn): void {
  if (checked.has(document)) return;
  checked.add(document);
  const check = () => {
    for (const element of document.querySelectorAll(CANDIDATES)) {
      const problem = problemOf(element, isGranted);
      if (problem) warn(problem, element);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}
