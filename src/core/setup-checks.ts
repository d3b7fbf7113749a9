/**
 * The site owner's mistakes that no attribute value shows: a page without a policy link or a
 * way back to the choice, a category that is misspelt or undescribed, a language without a
 * translation, a misspelt setting on the script tag. Each check returns the console messages to
 * print; printing them (once each) is the caller's. Pure: the page's facts are passed in.
 */
import { ATTRIBUTES } from './attributes.js';
import { BUILT_IN_CATEGORIES } from './categories.js';
import type { ConsentConfig } from './config.js';
import { didYouMean } from './did-you-mean.js';
import { pickLanguage } from './language.js';
import { categoryText } from './texts/catalog.js';
import en from './texts/en.js';

/** What the page around the element holds, as the element finds it. */
export interface PageFacts {
  /** Whether an element with `data-cookie-consent="preferences"` is in the document. */
  readonly preferencesLink: boolean;
}

/**
 * Messages about the configuration in force on a fully parsed page: no `policy-url`, no way back
 * to the choice, and each optional category that is not a built-in one and has no description
 * (with a suggestion when it looks like a misspelt built-in id). A category declared with a
 * description is the site's own, deliberately.
 */
export function setupWarnings(config: ConsentConfig, page: PageFacts): string[] {
  const warnings: string[] = [];
  if (config.policyUrl === null) {
    warnings.push(
      'cookie-consent: no policy-url, so the banner links no privacy policy, which visitors must be able to read before they choose (GDPR Art. 13). Add policy-url="/privacy" (data-policy-url on the script tag).',
    );
  }
  if (!config.settingsButton && !page.preferencesLink) {
    warnings.push(
      'cookie-consent: this page has no way back to the cookie choice the banner promises. Add data-cookie-consent="preferences" to a link or button, or the settings-button attribute: withdrawing must be as easy as consenting (GDPR Art. 7(3)).',
    );
  }
  for (const id of config.categories) {
    if (BUILT_IN_CATEGORIES.includes(id)) continue;
    const detail = config.details[id];
    if (detail?.description) continue;
    const label = detail?.label ?? categoryText(id, en).label;
    const meant = didYouMean(id, BUILT_IN_CATEGORIES);
    warnings.push(
      meant
        ? `cookie-consent: category "${id}" is not built in: did you mean "${meant}"? It is offered as written, as "${label}" without a description. Offered: ${config.categories.join(', ')}.`
        : `cookie-consent: category "${id}" is shown as "${label}" without a description: add <cookie-category name="${id}">What it does</cookie-category> inside <cookie-consent>.`,
    );
  }
  return warnings;
}

/** Country codes written for a language code, and the language meant. */
const COUNTRY_NOT_LANGUAGE = 'br:pt-br cn:zh-hans cz:cs dk:da gr:el jp:ja kr:ko se:sv si:sl sp:es ua:uk';

/**
 * The message for a `lang` attribute that no built-in translation covers, or `null` when one
 * does (directly, by alias or by its primary language).
 * @param lang the attribute's value, a well-formed language tag
 * @param shown the language picked instead (from the page and the browser)
 * @param available the built-in language tags
 */
export function unknownLanguageWarning(lang: string, shown: string, available: readonly string[]): string | null {
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0] ?? '';
  if (primary === 'en' || pickLanguage([tag], available) !== 'en') return null;
  // A country code where the language code belongs is the common mistake; other near codes are other languages.
  const meant = new RegExp(`\\b${primary}:(\\S+)`).exec(COUNTRY_NOT_LANGUAGE)?.[1];
  const hint = meant ? ` (did you mean "${meant}"?)` : '';
  return `cookie-consent: lang="${lang}" has no built-in translation${hint}; showing "${shown}". Built in: ${available.join(' ')}.`;
}

// What other tools put on a consent script to keep it from being deferred or optimised.
const OTHER_TOOLS = /^data-(cfasync|no-|pagespeed)/;

/**
 * Messages for the script tag's `data-*` attributes that are not settings (`data-` + an
 * attribute of the table), with the setting each one likely misspells.
 * @param names the script tag's attribute names, lower case
 */
export function scriptTagWarnings(names: readonly string[]): string[] {
  const settings = ATTRIBUTES.map((spec) => spec.attribute);
  const known = new Set(settings.map((name) => `data-${name}`));
  const warnings: string[] = [];
  for (const name of names) {
    if (!name.startsWith('data-') || known.has(name) || OTHER_TOOLS.test(name)) continue;
    const meant = didYouMean(name.slice('data-'.length), settings);
    warnings.push(`cookie-consent: the script tag's ${name} is not a setting, so it is ignored${meant ? `: did you mean data-${meant}?` : '.'}`);
  }
  return warnings;
}
