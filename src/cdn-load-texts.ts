/**
 * The script-tag build's translation loader (rollup swaps it in for `core/texts/load-texts.ts`):
 * `i18n/<lang>.js` is an ES module beside `cookie-consent.js`, so English pages download no other
 * language and others download exactly one small file.
 */
import { EN_FIRST_LAYER } from './core/texts/en-first-layer.js';
import type { Texts } from './core/texts/texts.js';
import { besideScript } from './cdn-script-url.js';

/**
 * The bundled English texts: the first layer's only. The rest of English (preferences,
 * placeholders) comes with the UI module that draws it, which completes these.
 */
export const ENGLISH = EN_FIRST_LAYER as unknown as Texts;

/** Loads `i18n/<lang>.js` next to this script; resolves to its default export. */
export async function loadTexts(lang: string): Promise<unknown> {
  if (lang === 'en') return ENGLISH;
  const module = (await import(/* @vite-ignore */ besideScript(`i18n/${lang}.js`))) as { default?: unknown };
  return module.default;
}
