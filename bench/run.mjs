// `npm run bench`: our banner against vanilla-cookieconsent, Klaro and a page without a banner,
// in Debian's headless Chromium, interleaved (A B C D A B C D …), at 1× and 4× CPU throttling,
// on a desktop and a 412 px mobile viewport. Prints tables of medians (p25–p75) with our ratio to
// each peer, checks the budgets, and writes bench/RESULTS.md. Installs nothing; needs `npm run
// build` first (npm run bench does it).
//   node bench/run.mjs [--runs 10] [--conditions 4x-desktop,4x-mobile]
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { measure } from './measure.mjs';
import { FILES, LABELS, RETURNING_ONLY, TOOLS } from './pages.mjs';
import { startServer } from './server.mjs';

const ROOT = new URL('..', import.meta.url);
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(argument('runs', 10));
const ALL_CONDITIONS = ['1x-desktop', '4x-desktop', '1x-mobile', '4x-mobile'];
const CONDITIONS = argument('conditions', ALL_CONDITIONS.join(',')).split(',').map((name) => {
  const [cpu, viewport] = name.split('x-');
  return { name, cpu: Number(cpu), viewport };
});
const PEERS = TOOLS.filter((tool) => tool !== 'ours' && !RETURNING_ONLY.has(tool));

/** What each row of the table shows, how, and which budget applies. */
const METRICS = [
  { key: 'visible', label: 'banner visible (ms)', digits: 0 },
  { key: 'settled', label: 'banner settled (ms)', digits: 0 },
  { key: 'longTaskTotal', label: 'long tasks, total (ms)', digits: 0 },
  { key: 'tbt', label: 'total blocking time (ms)', digits: 0 },
  { key: 'cls', label: 'CLS', digits: 3 },
  { key: 'heapMB', label: 'JS heap after load (MB)', digits: 2 },
  { key: 'returningFirstScript', label: 'returning: first gated script ran (ms)', digits: 0 },
  { key: 'clickToPaint', label: 'accept all: click to next paint (ms; 0 = under 16)', digits: 0 },
  { key: 'gatedBeforeConsent', label: 'gated requests before consent (sum)', digits: 0, sum: true },
  { key: 'sparseLcp', label: 'sparse page LCP (ms)', digits: 0 },
];

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
function summary(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), sum: sorted.reduce((a, b) => a + b, 0), n: sorted.length };
}
const format = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function sizes() {
  const rows = [];
  for (const tool of TOOLS.filter((candidate) => !RETURNING_ONLY.has(candidate))) {
    const code = FILES[tool].map((file) => readFileSync(new URL(file, ROOT)));
    const gzip = code.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0);
    const brotli = code.reduce((sum, buffer) => sum + brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
    rows.push({ tool, files: FILES[tool].length, gzip, brotli });
  }
  return rows;
}

async function main() {
  const server = await startServer();
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const version = await browser.version();
  const results = {};
  const started = Date.now();
  try {
    for (const condition of CONDITIONS) {
      results[condition.name] = Object.fromEntries(TOOLS.map((tool) => [tool, []]));
      for (let run = 0; run < RUNS; run += 1) {
        for (const tool of TOOLS) {
          results[condition.name][tool].push(await measure(browser, server, tool, condition));
        }
        process.stderr.write(`\r${condition.name}: run ${run + 1}/${RUNS}   `);
      }
      process.stderr.write('\n');
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const lines = [];
  const out = (line = '') => lines.push(line);
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  out(`# Benchmark results`);
  out();
  out(`${new Date().toISOString().slice(0, 10)} · ${version} (headless) · ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()} · ${RUNS} runs per tool per condition, interleaved · ${((Date.now() - started) / 60000).toFixed(1)} min`);
  out();
  out('Reproduce: `npm install && npm run bench` (Debian `chromium` needed, as for `npm test`).');
  out();
  out('## Bytes a first-time visitor downloads for the tool (JS + CSS)');
  out();
  const size = sizes();
  const ours = size.find((row) => row.tool === 'ours');
  out('| tool | files | gzip | brotli | ours ÷ tool (gzip) |');
  out('|---|---|---|---|---|');
  for (const row of size) out(`| ${LABELS[row.tool]} | ${row.files} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.tool === 'ours' || !row.gzip ? '' : (ours.gzip / row.gzip).toFixed(2)} |`);
  const mainFile = readFileSync(new URL('dist/cookie-consent.js', ROOT));
  out();
  const uiFile = readFileSync(new URL('dist/cookie-consent-ui.js', ROOT));
  out(`A returning visitor downloads only \`cookie-consent.js\`: ${kb(gzipSync(mainFile, { level: 9 }).length)} gzip, ${kb(brotliCompressSync(mainFile).length)} brotli. Opening the preferences (or a page with placeholders, \`<cookie-category>\`, a settings button or a consent endpoint) adds \`cookie-consent-ui.js\`: ${kb(gzipSync(uiFile, { level: 9 }).length)} gzip, ${kb(brotliCompressSync(uiFile).length)} brotli.`);

  const budgets = [];
  const floors = [];
  for (const condition of CONDITIONS) {
    const stats = Object.fromEntries(
      TOOLS.map((tool) => [tool, Object.fromEntries(METRICS.map((metric) => [metric.key, summary(results[condition.name][tool].map((r) => r[metric.key]))]))]),
    );
    out();
    out(`## ${condition.cpu}× CPU, ${condition.viewport} (${condition.viewport === 'mobile' ? '412' : '1280'} px)`);
    out();
    out(`| metric | ${TOOLS.map((tool) => LABELS[tool]).join(' | ')} | ${PEERS.map((peer) => `ours ÷ ${LABELS[peer]}`).join(' | ')} |`);
    out(`|---|${TOOLS.map(() => '---').join('|')}|${PEERS.map(() => '---').join('|')}|`);
    for (const metric of METRICS) {
      const cells = TOOLS.map((tool) => {
        const s = stats[tool][metric.key];
        if (!s.n) return 'n/a';
        if (metric.sum) return format(s.sum, 0);
        return `${format(s.median, metric.digits)} (${format(s.p25, metric.digits)}–${format(s.p75, metric.digits)})`;
      });
      const ratios = PEERS.map((peer) => {
        const a = stats.ours[metric.key];
        const b = stats[peer][metric.key];
        if (metric.sum || !a.n || !b.n || !b.median) return '';
        return `${(a.median / b.median).toFixed(2)}×`;
      });
      out(`| ${metric.label} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
    }
    const o = stats.ours;
    // A ratio budget is judged run by run: tool ÷ reference within each round of the interleaved
    // runs (same machine state), then the median of those ratios, with their p25–p75.
    const paired = (tool, reference, key) => {
      const runs = results[condition.name];
      const ratios = summary(runs[tool].map((run, index) => run[key] / runs[reference][index][key]));
      return [ratios.median, `${format(ratios.p25, 2)}–${format(ratios.p75, 2)}`];
    };
    if (condition.cpu === 4) {
      budgets.push(
        [`${condition.name}: banner visible ≤ 0.65× vanilla-cookieconsent`, ...paired('ours', 'vanilla', 'visible'), 0.65],
        [`${condition.name}: returning visitor's first gated script ≤ 1.05× the bare page, script tag alone`, ...paired('ours', 'none', 'returningFirstScript'), 1.05],
        [`${condition.name}: returning visitor's first gated script ≤ 1.05× the bare page, with server release`, ...paired('server', 'none', 'returningFirstScript'), 1.05],
        [`${condition.name}: sparse-page LCP ≤ 1.1× the bare page`, ...paired('ours', 'none', 'sparseLcp'), 1.1],
        [`${condition.name}: accept-all click to next paint ≤ 50 ms`, o.clickToPaint.median, '', 50],
        [`${condition.name}: CLS 0.000 (p75)`, o.cls.p75, '', 0.0005],
        [`${condition.name}: long tasks ≤ the bare page's (ms)`, o.longTaskTotal.median, '', Math.max(stats.none.longTaskTotal.median, 0)],
      );
    }
    budgets.push([`${condition.name}: gated requests before consent = 0`, o.gatedBeforeConsent.sum + stats.server.gatedBeforeConsent.sum, '', 0]);
    if (condition.cpu === 4) {
      const e = stats.empty;
      floors.push(
        [`${condition.name}: returning visitor's first gated script ÷ the bare page`, e.returningFirstScript.median / stats.none.returningFirstScript.median, o.returningFirstScript.median / stats.none.returningFirstScript.median, stats.server.returningFirstScript.median / stats.none.returningFirstScript.median],
        [`${condition.name}: sparse-page LCP ÷ the bare page`, e.sparseLcp.median / stats.none.sparseLcp.median, o.sparseLcp.median / stats.none.sparseLcp.median, NaN],
      );
    }
  }
  out();
  out('## Budgets');
  out();
  out('Ratios are medians of run-by-run ratios (each round of the interleaved runs compared with itself); p25–p75 shows how much they vary.');
  out();
  out('| budget | measured | p25–p75 | limit | |');
  out('|---|---|---|---|---|');
  for (const [label, value, spread, limit] of budgets) out(`| ${label} | ${format(value, 3)} | ${spread} | ${limit} | ${value <= limit ? 'met' : '**missed**'} |`);
  out();
  out('## The floor: what a script tag alone costs');
  out();
  out('A consent script must load before the tags it gates, so it sits in `<head>` as a render-blocking `<script src>`. The "empty script tag" page is the bare page plus such a tag with an empty file: no banner can do better than it.');
  out();
  out('| ratio | empty script tag | cookie-consent-banner | ours + server release |');
  out('|---|---|---|---|');
  for (const [label, floor, value, server] of floors) out(`| ${label} | ${format(floor, 2)}× | ${format(value, 2)}× | ${Number.isFinite(server) ? `${format(server, 2)}×` : 'n/a'} |`);
  out();
  out('"Ours + server release" is the same page rendered through `cookie-consent-banner/server`: the tags a returning visitor granted are written plain, so the browser preloads them as on the bare page, and the banner script is `defer` (README, "Server-side release"). Its first visit is the page as written, the same as ours; only its returning visit is measured.');
  out();
  out('How it measures: each visit runs in a fresh browser context. "Visible" is the first animation frame (from navigation start) in which the banner has a non-zero box, opacity above 0 and is not hidden; "settled" the first frame after that with the same box, full opacity and no running animation. Long tasks, CLS, Event Timing and LCP come from PerformanceObserver; the heap from CDP after a forced garbage collection. The three gated scripts each spin 30 ms when they run. "Returning" reloads the page after a real accept-all click; on the bare page the scripts are not gated.');

  const text = lines.join('\n') + '\n';
  writeFileSync(new URL('bench/RESULTS.md', ROOT), text);
  console.log(text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
