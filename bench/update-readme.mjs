// Writes a two-line performance summary from the latest bench/RESULTS.md into README.md, between
// the `<!-- bench:start -->` and `<!-- bench:end -->` markers: the script's size, the banner's
// time to visible on the emulated phone next to the peers', and the budgets met. The tables stay
// in bench/RESULTS.md. `npm run bench` calls it after writing RESULTS.md.
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url);
const REPO = 'https://github.com/cookie-consent-banner/cookie-consent-banner/blob/main';
const results = readFileSync(new URL('bench/RESULTS.md', ROOT), 'utf8');
const readmeUrl = new URL('README.md', ROOT);
const readme = readFileSync(readmeUrl, 'utf8');
const lines = results.split('\n');

/** The table rows under the first `## ` heading starting with `prefix`, as arrays of trimmed cells. */
function table(prefix) {
  const start = lines.findIndex((line) => line.startsWith(`## ${prefix}`));
  if (start < 0) throw new Error(`bench/RESULTS.md has no "## ${prefix}…" section`);
  const rows = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (line.startsWith('|')) rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  if (rows.length < 3) throw new Error(`bench/RESULTS.md "## ${prefix}…" has no table`);
  return { header: rows[0], body: rows.slice(2) };
}

/** The median (first number) in `row` under column `name`. */
function median(header, row, name) {
  const cell = row[header.indexOf(name)];
  if (cell === undefined) throw new Error(`bench/RESULTS.md: no column "${name}"`);
  return cell.split(' ')[0];
}

const date = (lines[2] ?? '').split(' · ')[0];
const bytes = table('Bytes a first-time visitor downloads');
const ours = bytes.body.find((row) => row[0] === 'cookie-consent-banner');
if (!ours) throw new Error('bench/RESULTS.md: no "cookie-consent-banner" row in the bytes table');
const phone = table('Phone: ');
const visible = phone.body.find((row) => row[0] === 'banner visible (ms)');
if (!visible) throw new Error('bench/RESULTS.md: no "banner visible (ms)" row in the phone table');
const budgets = table('Budgets').body;
const met = budgets.filter((row) => row[4] === 'met').length;
const judged = budgets.filter((row) => row[4] === 'met' || row[4].includes('missed')).length;

const summary = [
  `One file of ${ours[2]} gzip; on an emulated phone (4× CPU, 150 ms round trips, 1.6 Mbps) the banner is visible after ${median(phone.header, visible, 'cookie-consent-banner')} ms, against ${median(phone.header, visible, 'vanilla-cookieconsent')} ms for vanilla-cookieconsent, ${median(phone.header, visible, 'Zest')} ms for Zest and ${median(phone.header, visible, 'klaro')} ms for Klaro (${date}, ${met} of ${judged} budgets met).`,
  `Every table, the budgets and how it is measured: [bench/RESULTS.md](${REPO}/bench/RESULTS.md); what the numbers mean: [docs/performance.md](${REPO}/docs/performance.md).`,
].join('\n');

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md needs ${START} … ${END} in its Performance section`);
const updated = `${readme.slice(0, from + START.length)}\n${summary}\n${readme.slice(to)}`;
if (updated !== readme) writeFileSync(readmeUrl, updated);
console.log(`README.md: performance summary ${updated === readme ? 'already up to date' : 'updated'} from bench/RESULTS.md`);
