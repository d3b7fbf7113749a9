/**
 * Filling in the English texts the script-tag file leaves out (see en-first-layer.ts): the UI
 * module, which draws them, carries them.
 */
import { EN_MORE } from './en-more.js';
import type { CategoryText, Texts } from './texts.js';

/**
 * `texts`, with any text it lacks taken from the second half of English. Complete texts (every
 * translation, and English in the npm build) come back as they are; the site's overrides in
 * `texts` are kept.
 */
export function completeTexts(texts: Texts): Texts {
  if (texts.preferencesTitle as string | undefined) return texts;
  const categories: Record<string, CategoryText> = {};
  for (const [id, text] of Object.entries(texts.categories as Record<string, Partial<CategoryText>>)) {
    const builtIn = (EN_MORE.categories as Record<string, { description: string } | undefined>)[id];
    categories[id] = { label: text.label ?? id, description: text.description ?? builtIn?.description ?? '' };
  }
  const more = Object.fromEntries(Object.entries(EN_MORE).filter(([key]) => (texts as unknown as Record<string, unknown>)[key] === undefined));
  return { ...more, ...texts, categories } as Texts;
}
