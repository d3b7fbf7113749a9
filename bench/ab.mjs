// `npm run bench:ab -- <revision>`: this checkout's dist/cookie-consent.js against the one
// another commit builds, on the same bench page, in the same browser, interleaved run by run
// (A B, then B A, so neither always goes first). It answers "did this change make the banner
// slower?", which bench/run.mjs cannot: its ratios are against peers, and a run on another day
// is another machine state. Builds <revision> from `git archive` into bench/.ab/<sha>/ with this
// checkout's node_modules (kept for the next run); needs `npm run build` first (npm run bench:ab does it).
//   node bench/ab.mjs <revision> [--runs 9] [--conditions phone,1x-mobile,…] [--out file.md]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { conditionsNamed, format, heading, summary } from './conditions.mjs';
import { measure } from './measure.mjs';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const revision = process.argv.slice(2).find((arg, index, args) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (!revision) {
  process.stderr.write('usage: npm run bench:ab -- <revision> [--runs 9] [--conditions phone,1x-mobile] [--out file.md]\n');
  process.exit(2);
}
const RUNS = Number(argument('runs', 9));
const CONDITIONS = conditionsNamed(argument('conditions'));
const OUT = argument('out', null);
const OURS = join(ROOT, 'dist/cookie-consent.js');

/** The metrics compared, as in bench/RESULTS.md. */
const METRICS = [
  { key: 'visible', label: 'banner visible (ms)' },
  { key: 'settled', label: 'banner settled (ms)' },
  { key: 'fcp', label: 'first contentful paint (ms)' },
  { key: 'longTaskTotal', label: 'long tasks, total (ms)' },
  { key: 'returningWarm', label: 'returning: first gated script ran (ms), warm cache' },
  { key: 'returningCold', label: 'returning: first gated script ran (ms), cold cache' },
  { key: 'sparseLcp', label: 'sparse page LCP (ms)' },
];

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** Builds `sha` once into bench/.ab/<sha>/dist/ and returns that folder. */
function buildBaseline(sha) {
  const dir = join(ROOT, 'bench/.ab', sha);
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'cookie-consent.js'))) return dist;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: ROOT, stdio: 'inherit' });
  // This checkout's packages: the baseline is measured for its code, not for a reinstall.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  process.stderr.write(`bench:ab: building ${sha} in ${dir}\n`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(join(dist, 'cookie-consent.js'))) throw new Error(`${sha}: its build wrote no dist/cookie-consent.js`);
  return dist;
}

async function main() {
  if (!existsSync(OURS)) throw new Error('dist/cookie-consent.js is absent: run npm run build (npm run bench:ab does it)');
  const sha = git('rev-parse', '--verify', `${revision}^{commit}`);
  const subject = git('log', '-1', '--format=%h %s', sha);
  const head = git('log', '-1', '--format=%h', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src', 'rollup.config.mjs', 'package.json') !== '';
  const baselineDist = buildBaseline(sha);
  const started = Date.now();
  const server = await startServer({ '/baseline/': baselineDist });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const version = await browser.version();
  const results = {};
  try {
    for (const condition of CONDITIONS) {
      const runs = (results[condition.name] = { ours: [], baseline: [] });
      for (let run = 0; run < RUNS; run += 1) {
        const order = run % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
        for (const tool of order) runs[tool].push(await measure(browser, server, tool, condition));
        process.stderr.write(`\r${condition.name}: run ${run + 1}/${RUNS} · ${((Date.now() - started) / 60000).toFixed(1)} min   `);
      }
      process.stderr.write('\n');
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const lines = [];
  const out = (line = '') => lines.push(line);
  out(`# Ours at ${head}${dirty ? ' (with uncommitted changes)' : ''} against ${subject}`);
  out();
  out(`${new Date().toISOString().slice(0, 10)} · ${version} (headless) · ${RUNS} runs of each per condition, interleaved (A B, B A, …) · ${((Date.now() - started) / 60000).toFixed(1)} min · \`npm run bench:ab -- ${revision}\``);
  out();
  out(`dist/cookie-consent.js: ${gzip(OURS)} B gzip here, ${gzip(join(baselineDist, 'cookie-consent.js'))} B at ${sha.slice(0, 7)}.`);
  for (const condition of CONDITIONS) {
    const runs = results[condition.name];
    out();
    out(`## ${heading(condition)}`);
    out();
    out(`| metric | here | at ${sha.slice(0, 7)} | here ÷ there, run by run |`);
    out('|---|---|---|---|');
    for (const { key, label } of METRICS) {
      const cell = (tool) => {
        const s = summary(runs[tool].map((result) => result[key]));
        return s.n ? `${format(s.median, 0)} (${format(s.p25, 0)}–${format(s.p75, 0)})` : 'n/a';
      };
      // Paired: each round's two visits ran back to back, in the same machine state.
      const ratios = summary(runs.ours.map((result, index) => (runs.baseline[index]?.[key] > 0 ? result[key] / runs.baseline[index][key] : NaN)));
      const ratio = ratios.n ? `${format(ratios.median, 2)}× (${format(ratios.p25, 2)}–${format(ratios.p75, 2)})` : '';
      out(`| ${label} | ${cell('ours')} | ${cell('baseline')} | ${ratio} |`);
    }
  }
  const text = `${lines.join('\n')}\n`;
  if (OUT) writeFileSync(OUT, text);
  console.log(text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
