// Fonts the suite needs beyond a bare Debian's: the phone-layout test measures the banner in
// every built-in language, and without a font for a script the engine draws each letter as the
// same box, so widths mean nothing. DejaVu and Droid Sans Fallback (Latin, Cyrillic, Greek,
// Arabic, Hebrew, CJK) come with the browsers; these cover the rest.
import { spawnSync } from 'node:child_process';

/** fontconfig language → the Debian package with a font for it. */
export const FONTS = [
  { lang: 'th', label: 'Thai', package: 'fonts-thai-tlwg' },
  { lang: 'hi', label: 'Devanagari (Hindi)', package: 'fonts-lohit-deva' },
  { lang: 'ko', label: 'Hangul (Korean)', package: 'fonts-nanum' },
];

/** The fonts of {@link FONTS} that fontconfig cannot find (all of them without fc-list). */
export function missingFonts() {
  return FONTS.filter(({ lang }) => {
    const found = spawnSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
    return found.status !== 0 || !found.stdout.trim();
  });
}
