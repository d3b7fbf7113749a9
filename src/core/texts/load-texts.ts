/**
 * Loading a built-in translation. English is bundled; every other language is its own module,
 * so bundlers split it out and a page pays only for the language it shows. The script-tag build
 * swaps this file for `src/cdn-load-texts.ts`, which loads `i18n/<lang>.js` beside the script.
 */
import en from './en.js';
import type { Texts } from './texts.js';

const LOADERS: Record<string, () => Promise<{ default: Texts }>> = {
  'ar': () => import('./ar.js'),
  'bg': () => import('./bg.js'),
  'ca': () => import('./ca.js'),
  'cs': () => import('./cs.js'),
  'da': () => import('./da.js'),
  'de': () => import('./de.js'),
  'el': () => import('./el.js'),
  'es': () => import('./es.js'),
  'et': () => import('./et.js'),
  'eu': () => import('./eu.js'),
  'fa': () => import('./fa.js'),
  'fi': () => import('./fi.js'),
  'fr': () => import('./fr.js'),
  'ga': () => import('./ga.js'),
  'gl': () => import('./gl.js'),
  'he': () => import('./he.js'),
  'hi': () => import('./hi.js'),
  'hr': () => import('./hr.js'),
  'hu': () => import('./hu.js'),
  'id': () => import('./id.js'),
  'is': () => import('./is.js'),
  'it': () => import('./it.js'),
  'ja': () => import('./ja.js'),
  'ko': () => import('./ko.js'),
  'lt': () => import('./lt.js'),
  'lv': () => import('./lv.js'),
  'mt': () => import('./mt.js'),
  'nb': () => import('./nb.js'),
  'nl': () => import('./nl.js'),
  'pl': () => import('./pl.js'),
  'pt': () => import('./pt.js'),
  'pt-br': () => import('./pt-br.js'),
  'ro': () => import('./ro.js'),
  'ru': () => import('./ru.js'),
  'sk': () => import('./sk.js'),
  'sl': () => import('./sl.js'),
  'sr': () => import('./sr.js'),
  'sv': () => import('./sv.js'),
  'th': () => import('./th.js'),
  'tr': () => import('./tr.js'),
  'uk': () => import('./uk.js'),
  'vi': () => import('./vi.js'),
  'zh-hans': () => import('./zh-hans.js'),
  'zh-hant': () => import('./zh-hant.js'),
};

/** The bundled English texts, shown at once and whenever a translation cannot be had. */
export const ENGLISH: Texts = en;

/** Loads the texts for a built-in language tag; resolves to the module's default export. */
export async function loadTexts(lang: string): Promise<unknown> {
  const load = LOADERS[lang];
  return load ? (await load()).default : ENGLISH;
}
