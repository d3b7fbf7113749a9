/**
 * Picking the language of the texts. Pure: the candidates are passed in.
 */

/**
 * Tags that name a built-in translation under another name: Chinese by region or bare `zh`
 * (simplified unless the region writes traditional), and Norwegian without the written standard.
 */
const ALIASES: Record<string, string> = {
  zh: 'zh-hans',
  'zh-cn': 'zh-hans',
  'zh-sg': 'zh-hans',
  'zh-my': 'zh-hans',
  'zh-tw': 'zh-hant',
  'zh-hk': 'zh-hant',
  'zh-mo': 'zh-hant',
  no: 'nb',
  nn: 'nb',
};

/**
 * The first candidate that a built-in translation covers, matched on the whole tag (`pt-br`),
 * then on its first two subtags (`zh-hant` for `zh-Hant-TW`), then on an alias (`zh-TW`, `no`),
 * then on its primary language (`de` for `de-AT`); `en` when none matches.
 * @param candidates language tags in order of preference: the element's `lang`, `<html lang>`, the browser's languages
 * @param available the built-in language tags, lower case
 */
export function pickLanguage(candidates: Iterable<string | null | undefined>, available: readonly string[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().toLowerCase().replace(/_/g, '-');
    const subtags = tag.split('-');
    const primary = subtags[0] ?? '';
    const found = [tag, subtags.slice(0, 2).join('-'), ALIASES[subtags.slice(0, 2).join('-')], ALIASES[primary], primary].find(
      (option) => option !== undefined && available.includes(option),
    );
    if (found) return found;
  }
  return 'en';
}
