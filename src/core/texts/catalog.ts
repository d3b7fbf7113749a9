/**
 * The built-in languages and the texts of a category in a language.
 */
import type { CategoryText, StandardCategory, Texts } from './texts.js';

/** Tags of the built-in translations, lower case. English is bundled; the others load on demand. */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'es', 'it', 'nl'];

const isStandard = (id: string, texts: Texts): id is StandardCategory => Object.prototype.hasOwnProperty.call(texts.categories, id);

/**
 * Label and description of a category. A site's own category id has no built-in text:
 * its label is the id made readable (`live-chat` → "Live chat") and its description empty.
 */
export function categoryText(id: string, texts: Texts): CategoryText {
  if (isStandard(id, texts)) return texts.categories[id];
  const words = id.replace(/[-_]+/g, ' ').trim();
  return { label: words.charAt(0).toUpperCase() + words.slice(1), description: '' };
}
