/**
 * The script-tag build's translation loader (rollup swaps it in for `core/texts/load-texts.ts`,
 * the one file the two builds do not share): `i18n/<lang>.js` is an ES module beside
 * `cookie-consent.js`, so English pages download no other language and others download exactly
 * one small file, never on the page's critical path.
 */
import en from './core/texts/en.js';
import type { Texts } from './core/texts/texts.js';

/** The bundled English texts, shown at once and whenever a translation cannot be had. */
export const ENGLISH: Texts = en;

// document.currentScript is only set while this script first runs: read it now.
const scriptUrl = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** Loads `i18n/<lang>.js` next to this script; resolves to its default export. */
export async function loadTexts(lang: string): Promise<unknown> {
  if (lang === 'en') return ENGLISH;
  // Loaded inline or as a module: cdn.ts has said so once, with the fix; English it is, without
  // a second message per language.
  if (!scriptUrl) return ENGLISH;
  const url = new URL(`i18n/${lang}.js`, scriptUrl).href;
  try {
    const module = (await import(/* @vite-ignore */ url)) as { default?: unknown };
    return module.default;
  } catch {
    throw new Error(`${url} did not load; copy the i18n/ folder of dist/ next to cookie-consent.js`);
  }
}
