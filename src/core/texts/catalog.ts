/**
 * The built-in languages and the texts of a category in a language.
 */
import { describedCategory } from '../category-details.js';
import type { ConsentConfig } from '../config.js';
import type { CategoryText, StandardCategory, Texts } from './texts.js';

/**
 * Tags of the built-in translations, lower case: the 24 official EU languages and 21 more.
 * English is bundled; each other one is its own file, loaded only by a page that shows it.
 */
export const BUILT_IN_LANGUAGES: readonly string[] = (
  'en ' +
  'ar bg ca cs da de el es et eu fa fi fr ga gl he hi hr hu id is it ja ko lt lv mt nb nl pl pt pt-br ro ru sk sl sr sv th tr uk vi zh-hans zh-hant'
).split(' ');

/** Languages written right to left: their banner and dialog get `dir="rtl"`. */
const RIGHT_TO_LEFT = ['ar', 'he', 'fa'];

/** `rtl` for a right-to-left language tag, else `ltr`. */
export const textDirection = (lang: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.includes(lang.slice(0, 2).toLowerCase()) ? 'rtl' : 'ltr');

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

/**
 * The texts as the site owner wants them: the `text-…` attributes over the translation, and each
 * `<cookie-category>`'s label and description over its category's.
 */
export function textsFor(texts: Texts, config: Pick<ConsentConfig, 'texts' | 'details' | 'categories'>): Texts {
  const categories: Record<string, CategoryText> = { ...texts.categories };
  for (const id of config.categories) if (config.details[id]) categories[id] = describedCategory(categoryText(id, texts), config.details[id]);
  return { ...texts, ...config.texts, categories: categories as Texts['categories'] };
}

/** `template` with `{category}` replaced by `label`. */
export const fillCategory = (template: string, label: string): string => template.replace('{category}', label);
