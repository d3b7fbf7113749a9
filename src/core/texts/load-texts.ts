/**
 * Loading a built-in translation. English is bundled; every other language is its own module,
 * so bundlers split it out and a page pays only for the language it shows. The script-tag build
 * swaps this file for `src/cdn-load-texts.ts`, which loads `i18n/<lang>.js` beside the script.
 */
import en from './en.js';
import type { Texts } from './texts.js';

const LOADERS: Record<string, () => Promise<{ default: Texts }>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
};

/** The bundled English texts, shown at once and whenever a translation cannot be had. */
export const ENGLISH: Texts = en;

/** Loads the texts for a built-in language tag; resolves to the module's default export. */
export async function loadTexts(lang: string): Promise<unknown> {
  const load = LOADERS[lang];
  return load ? (await load()).default : ENGLISH;
}
