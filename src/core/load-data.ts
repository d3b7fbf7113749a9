/**
 * Loading the data that is not bundled: a built-in translation, a catalogue service. English is
 * bundled; every other language and every catalogue entry is its own module, so bundlers split
 * it out and a page pays only for what it shows. The script-tag build swaps this file for
 * `src/cdn-load-data.ts`, which loads `i18n/<lang>.js` and `services/<id>.js` beside the script.
 */
import type { CatalogueId } from './catalogue/catalogue.js';
import en from './texts/en.js';
import type { Texts } from './texts/texts.js';

const LOADERS: Record<string, () => Promise<{ default: Texts }>> = {
  'ar': () => import('./texts/ar.js'),
  'bg': () => import('./texts/bg.js'),
  'ca': () => import('./texts/ca.js'),
  'cs': () => import('./texts/cs.js'),
  'da': () => import('./texts/da.js'),
  'de': () => import('./texts/de.js'),
  'el': () => import('./texts/el.js'),
  'es': () => import('./texts/es.js'),
  'et': () => import('./texts/et.js'),
  'eu': () => import('./texts/eu.js'),
  'fa': () => import('./texts/fa.js'),
  'fi': () => import('./texts/fi.js'),
  'fr': () => import('./texts/fr.js'),
  'ga': () => import('./texts/ga.js'),
  'gl': () => import('./texts/gl.js'),
  'he': () => import('./texts/he.js'),
  'hi': () => import('./texts/hi.js'),
  'hr': () => import('./texts/hr.js'),
  'hu': () => import('./texts/hu.js'),
  'id': () => import('./texts/id.js'),
  'is': () => import('./texts/is.js'),
  'it': () => import('./texts/it.js'),
  'ja': () => import('./texts/ja.js'),
  'ko': () => import('./texts/ko.js'),
  'lt': () => import('./texts/lt.js'),
  'lv': () => import('./texts/lv.js'),
  'mt': () => import('./texts/mt.js'),
  'nb': () => import('./texts/nb.js'),
  'nl': () => import('./texts/nl.js'),
  'pl': () => import('./texts/pl.js'),
  'pt': () => import('./texts/pt.js'),
  'pt-br': () => import('./texts/pt-br.js'),
  'ro': () => import('./texts/ro.js'),
  'ru': () => import('./texts/ru.js'),
  'sk': () => import('./texts/sk.js'),
  'sl': () => import('./texts/sl.js'),
  'sr': () => import('./texts/sr.js'),
  'sv': () => import('./texts/sv.js'),
  'th': () => import('./texts/th.js'),
  'tr': () => import('./texts/tr.js'),
  'uk': () => import('./texts/uk.js'),
  'vi': () => import('./texts/vi.js'),
  'zh-hans': () => import('./texts/zh-hans.js'),
  'zh-hant': () => import('./texts/zh-hant.js'),
};

/** The bundled English texts, shown at once and whenever a translation cannot be had. */
export const ENGLISH: Texts = en;

const SERVICE_LOADERS: Record<CatalogueId, () => Promise<{ default: unknown }>> = {
  'google-analytics': () => import('./catalogue/google-analytics.js'),
  'google-tag-manager': () => import('./catalogue/google-tag-manager.js'),
  'google-ads': () => import('./catalogue/google-ads.js'),
  'meta-pixel': () => import('./catalogue/meta-pixel.js'),
  'clarity': () => import('./catalogue/clarity.js'),
  'microsoft-ads': () => import('./catalogue/microsoft-ads.js'),
  'hotjar': () => import('./catalogue/hotjar.js'),
  'matomo': () => import('./catalogue/matomo.js'),
  'plausible': () => import('./catalogue/plausible.js'),
  'linkedin-insight': () => import('./catalogue/linkedin-insight.js'),
  'tiktok-pixel': () => import('./catalogue/tiktok-pixel.js'),
  'pinterest-tag': () => import('./catalogue/pinterest-tag.js'),
  'hubspot': () => import('./catalogue/hubspot.js'),
  'intercom': () => import('./catalogue/intercom.js'),
  'youtube': () => import('./catalogue/youtube.js'),
  'vimeo': () => import('./catalogue/vimeo.js'),
  'google-maps': () => import('./catalogue/google-maps.js'),
};

const DESCRIPTION_LOADERS: Record<string, () => Promise<{ default: unknown }>> = {
  'ar': () => import('./catalogue/descriptions/ar.js'),
  'bg': () => import('./catalogue/descriptions/bg.js'),
  'ca': () => import('./catalogue/descriptions/ca.js'),
  'cs': () => import('./catalogue/descriptions/cs.js'),
  'da': () => import('./catalogue/descriptions/da.js'),
  'de': () => import('./catalogue/descriptions/de.js'),
  'el': () => import('./catalogue/descriptions/el.js'),
  'es': () => import('./catalogue/descriptions/es.js'),
  'et': () => import('./catalogue/descriptions/et.js'),
  'eu': () => import('./catalogue/descriptions/eu.js'),
  'fa': () => import('./catalogue/descriptions/fa.js'),
  'fi': () => import('./catalogue/descriptions/fi.js'),
  'fr': () => import('./catalogue/descriptions/fr.js'),
  'ga': () => import('./catalogue/descriptions/ga.js'),
  'gl': () => import('./catalogue/descriptions/gl.js'),
  'he': () => import('./catalogue/descriptions/he.js'),
  'hi': () => import('./catalogue/descriptions/hi.js'),
  'hr': () => import('./catalogue/descriptions/hr.js'),
  'hu': () => import('./catalogue/descriptions/hu.js'),
  'id': () => import('./catalogue/descriptions/id.js'),
  'is': () => import('./catalogue/descriptions/is.js'),
  'it': () => import('./catalogue/descriptions/it.js'),
  'ja': () => import('./catalogue/descriptions/ja.js'),
  'ko': () => import('./catalogue/descriptions/ko.js'),
  'lt': () => import('./catalogue/descriptions/lt.js'),
  'lv': () => import('./catalogue/descriptions/lv.js'),
  'mt': () => import('./catalogue/descriptions/mt.js'),
  'nb': () => import('./catalogue/descriptions/nb.js'),
  'nl': () => import('./catalogue/descriptions/nl.js'),
  'pl': () => import('./catalogue/descriptions/pl.js'),
  'pt': () => import('./catalogue/descriptions/pt.js'),
  'pt-br': () => import('./catalogue/descriptions/pt-br.js'),
  'ro': () => import('./catalogue/descriptions/ro.js'),
  'ru': () => import('./catalogue/descriptions/ru.js'),
  'sk': () => import('./catalogue/descriptions/sk.js'),
  'sl': () => import('./catalogue/descriptions/sl.js'),
  'sr': () => import('./catalogue/descriptions/sr.js'),
  'sv': () => import('./catalogue/descriptions/sv.js'),
  'th': () => import('./catalogue/descriptions/th.js'),
  'tr': () => import('./catalogue/descriptions/tr.js'),
  'uk': () => import('./catalogue/descriptions/uk.js'),
  'vi': () => import('./catalogue/descriptions/vi.js'),
  'zh-hans': () => import('./catalogue/descriptions/zh-hans.js'),
  'zh-hant': () => import('./catalogue/descriptions/zh-hant.js'),
};

/** Loads every catalogue service's description in a built-in language other than English. */
export async function loadServiceDescriptions(lang: string): Promise<unknown> {
  const load = DESCRIPTION_LOADERS[lang];
  return load ? (await load()).default : {};
}

/** Loads the catalogue entry of a built-in service id; resolves to the module's default export. */
export async function loadService(id: CatalogueId): Promise<unknown> {
  return (await SERVICE_LOADERS[id]()).default;
}

/** Loads the texts for a built-in language tag; resolves to the module's default export. */
export async function loadTexts(lang: string): Promise<unknown> {
  const load = LOADERS[lang];
  return load ? (await load()).default : ENGLISH;
}
