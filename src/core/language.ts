/**
 * Picking the language of the texts. Pure: the candidates are passed in.
 */

/**
 * The first candidate that a built-in translation covers, matched on the whole tag
 * (`pt-br`) then on its primary language (`de` for `de-AT`); `en` when none matches.
 * @param candidates language tags in order of preference: the element's `lang`, `<html lang>`, the browser's languages
 * @param available the built-in language tags, lower case
 */
export function pickLanguage(candidates: Iterable<string | null | undefined>, available: readonly string[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().toLowerCase().replace(/_/g, '-');
    if (available.includes(tag)) return tag;
    const primary = tag.split('-')[0] ?? '';
    if (available.includes(primary)) return primary;
  }
  return 'en';
}
