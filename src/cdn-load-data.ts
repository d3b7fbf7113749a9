/**
 * The script-tag build's data loader (rollup swaps it in for `core/load-data.ts`, the one file
 * the two builds do not share): `i18n/<lang>.js` and `services/<id>.js` are ES modules beside
 * `cookie-consent.js`, so English pages download no other language and a page downloads only
 * the catalogue entries it names, never on the page's critical path.
 */
import type { CatalogueId } from './core/catalogue/catalogue.js';
import en from './core/texts/en.js';
import type { Texts } from './core/texts/texts.js';

/** The bundled English texts, shown at once and whenever a translation cannot be had. */
export const ENGLISH: Texts = en;

// document.currentScript is only set while this script first runs: read it now.
const scriptUrl = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** Imports `<folder>/<name>.js` beside this script; rejects naming the folder to copy. */
async function importBeside(folder: string, name: string): Promise<unknown> {
  const url = new URL(`${folder}/${name}.js`, scriptUrl).href;
  try {
    const module = (await import(/* @vite-ignore */ url)) as { default?: unknown };
    return module.default;
  } catch {
    throw new Error(`${url} did not load; copy the ${folder}/ folder of dist/ next to cookie-consent.js`);
  }
}

/** Loads `services/<id>.js` next to this script; resolves to its default export. */
export async function loadService(id: CatalogueId): Promise<unknown> {
  if (!scriptUrl) throw new Error('cookie-consent.js was not loaded by a <script src>, so its services/ folder cannot be found');
  return importBeside('services', id);
}

/** Loads `services/i18n/<lang>.js` next to this script: every catalogue service's description in that language. */
export async function loadServiceDescriptions(lang: string): Promise<unknown> {
  if (!scriptUrl) throw new Error('cookie-consent.js was not loaded by a <script src>, so its services/ folder cannot be found');
  return importBeside('services/i18n', lang);
}

/** Loads `i18n/<lang>.js` next to this script; resolves to its default export. */
export async function loadTexts(lang: string): Promise<unknown> {
  if (lang === 'en') return ENGLISH;
  // Loaded inline or as a module: cdn.ts has said so once, with the fix; English it is, without
  // a second message per language.
  if (!scriptUrl) return ENGLISH;
  return importBeside('i18n', lang);
}
