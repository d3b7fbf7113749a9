// Copies the latest bench/RESULTS.md into README.md's Performance section, between the
// `<!-- bench:start -->` and `<!-- bench:end -->` markers: the run's line, the bytes, the phone
// and 4× CPU tables, the budgets and the floor. `npm run bench` calls it after writing RESULTS.md.
import { readFileSync, writeFileSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url);
const results = readFileSync(new URL('bench/RESULTS.md', ROOT), 'utf8');
const readmeUrl = new URL('README.md', ROOT);
const readme = readFileSync(readmeUrl, 'utf8');

/** The lines under `## heading` (or the first heading starting so), up to the next `## `, trimmed of blank lines at both ends. */
function section(heading) {
  const lines = results.split('\n');
  const start = lines.findIndex((line) => line === `## ${heading}` || (heading.endsWith('…') && line.startsWith(`## ${heading.slice(0, -1)}`)));
  if (start < 0) throw new Error(`bench/RESULTS.md has no "## ${heading}"`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

const runLine = results.split('\n')[2];
const phoneHeading = results.split('\n').find((line) => line.startsWith('## Phone: '))?.slice(3) ?? 'Phone';
const budgets = section('Budgets');
const generated = [
  `Latest run (${runLine}):`,
  '',
  section('Bytes a first-time visitor downloads for the tool (JS + CSS)'),
  '',
  `**${phoneHeading}**`,
  '',
  section('Phone: …'),
  '',
  '**4× CPU, desktop**',
  '',
  section('4× CPU, desktop (1280 px)'),
  '',
  '**4× CPU, 412 px mobile**',
  '',
  section('4× CPU, mobile (412 px)'),
  '',
  '1× CPU results are in [bench/RESULTS.md](bench/RESULTS.md). Budgets:',
  '',
  budgets,
  '',
  '**The floor.** ' + section('The floor: what a script tag alone costs'),
].join('\n');

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md needs ${START} … ${END} in its Performance section`);
writeFileSync(readmeUrl, `${readme.slice(0, from + START.length)}\n${generated}\n${readme.slice(to)}`);
console.log('README.md: Performance section updated from bench/RESULTS.md');
