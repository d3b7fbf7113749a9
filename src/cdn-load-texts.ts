/**
 * The script-tag build's translation loader (rollup swaps it in for `core/texts/load-texts.ts`):
 * `i18n/<lang>.js` is an ES module beside `cookie-consent.js`, found from the script's own URL,
 * so English pages download no other language and others download exactly one small file.
 */
import en from './core/texts/en.js';

/** The bundled English texts. */
export const ENGLISH = en;

// document.currentScript is only set while this script first runs: read it now.
const scriptUrl = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** Loads `i18n/<lang>.js` next to this script; resolves to its default export. */
export async function loadTexts(lang: string): Promise<unknown> {
  if (lang === 'en') return en;
  if (!scriptUrl) throw new Error('the script has no src to find its i18n/ folder from');
  const module = (await import(/* @vite-ignore */ new URL(`i18n/${lang}.js`, scriptUrl).href)) as { default?: unknown };
  return module.default;
}
