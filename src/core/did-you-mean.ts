/**
 * Suggestions for misspelt names ("did you mean analytics?"), for the site owner's console
 * messages. Pure: no DOM.
 */

/** Levenshtein distance: insertions, deletions and substitutions each count one (`analytcs` → `analytics` is 1). */
export function editDistance(a: string, b: string): number {
  // One rolling row: names are short, and this runs a few times per page at most.
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** Lower case without `-`, `_` and a plural ending, so `policyurl`, `policy_url` and `categories`/`category` compare equal. */
const stem = (name: string): string => name.toLowerCase().replace(/[-_]/g, '').replace(/ies$/, 'y').replace(/s$/, '');

/**
 * The candidate that `word` most likely misspells, or `null` when none is close: the same stem,
 * one stem starting with the other (five characters or more), or within one edit per four
 * characters. `word` itself among the candidates is no misspelling: `null`.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | null {
  const wanted = stem(word);
  let best: string | null = null;
  let least = Math.max(1, wanted.length >> 2) + 1;
  for (const name of candidates) {
    if (name === word) return null;
    const other = stem(name);
    const prefix = Math.min(wanted.length, other.length) > 4 && (other.startsWith(wanted) || wanted.startsWith(other));
    const distance = prefix ? 0 : editDistance(wanted, other);
    if (distance < least) [best, least] = [name, distance];
  }
  return best;
}
