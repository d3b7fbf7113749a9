/**
 * The script-tag build's translation loader (rollup swaps it in for `core/texts/load-texts.ts`):
 * `i18n/<lang>.js` is an ES module beside `cookie-consent.js`, so English pages download no other
 * language and others download exactly one small file.
 */
import en from './core/texts/en.js';
import { besideScript } from './cdn-script-url.js';

/** The bundled English texts. */
export const ENGLISH = en;

/** Loads `i18n/<lang>.js` next to this script; resolves to its default export. */
export async function loadTexts(lang: string): Promise<unknown> {
  if (lang === 'en') return en;
  const module = (await import(/* @vite-ignore */ besideScript(`i18n/${lang}.js`))) as { default?: unknown };
  return module.default;
}
