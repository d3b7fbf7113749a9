// `npm run bench`: our banner against vanilla-cookieconsent, Klaro, Zest, a bare Lit floor and
// pages without a banner, in Debian's headless Chromium, interleaved (A B C D A B C D …), at 1×
// and 4× CPU throttling on a desktop and a 412 px mobile viewport over loopback, and on a phone
// on a real network (4× CPU, 412 px, 150 ms latency, 1.6 Mbps down, 750 kbps up). Prints tables
// of medians (p25–p75) with our ratio to each peer, checks the budgets, and writes
// bench/RESULTS.md. Builds the bare Lit floor into bench/.build/ first; installs nothing; needs
// `npm run build` first (npm run bench does it). A tool whose files are absent is not measured.
//   node bench/run.mjs [--runs 7] [--conditions 1x-desktop,4x-desktop,1x-mobile,4x-mobile,phone] [--out bench/RESULTS.md]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { conditionsNamed, format, heading, summary } from './conditions.mjs';
import { measure } from './measure.mjs';
import { FILES, LABELS, OUR_VARIANTS, TOOLS } from './pages.mjs';
import { measureAutoBlocking } from './auto-block-overhead.mjs';
import { startServer } from './server.mjs';

const ROOT = new URL('..', import.meta.url);
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(argument('runs', 7));
const OUT = argument('out', fileURLToPath(new URL('bench/RESULTS.md', ROOT)));

const CONDITIONS = conditionsNamed(argument('conditions'));
const PEERS = TOOLS.filter((tool) => tool !== 'ours' && !OUR_VARIANTS.has(tool));
const COLD = 'returningCold';
const WARM = 'returningWarm';

/** What each row of the table shows, how, and which budget applies. */
const METRICS = [
  { key: 'visible', label: 'banner visible (ms)', digits: 0 },
  { key: 'settled', label: 'banner settled (ms)', digits: 0 },
  { key: 'fcp', label: 'first contentful paint (ms)', digits: 0 },
  { key: 'longTaskTotal', label: 'long tasks, total (ms)', digits: 0 },
  { key: 'tbt', label: 'total blocking time (ms)', digits: 0 },
  { key: 'cls', label: 'CLS', digits: 3 },
  { key: 'heapMB', label: 'JS heap after load (MB)', digits: 2 },
  { key: WARM, label: 'returning: first gated script ran (ms), warm cache', digits: 0 },
  { key: COLD, label: 'returning: first gated script ran (ms), cold cache', digits: 0 },
  { key: 'clickToPaint', label: 'accept all: click to next paint (ms; 0 = under 16)', digits: 0 },
  { key: 'gatedBeforeConsent', label: 'gated requests before consent (sum)', digits: 0, sum: true },
  { key: 'sparseLcp', label: 'sparse page LCP (ms)', digits: 0 },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotliBytes = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const present = (file) => existsSync(new URL(file, ROOT));

/** The bare Lit floor, built into one classic minified file with rollup's JS API. */
async function buildFloor() {
  const bundle = await rollup({
    input: fileURLToPath(new URL('bench/floor/bare-lit.js', ROOT)),
    plugins: [nodeResolve({ browser: true }), terser({ ecma: 2022, compress: { passes: 3 }, format: { comments: false } })],
    onwarn: (warning) => process.stderr.write(`bare-lit build: ${warning.message}\n`),
  });
  try {
    mkdirSync(new URL('bench/.build/', ROOT), { recursive: true });
    await bundle.write({ file: fileURLToPath(new URL('bench/.build/bare-lit.js', ROOT)), format: 'iife' });
  } finally {
    await bundle.close();
  }
}

function sizes() {
  const rows = [];
  for (const tool of TOOLS.filter((candidate) => !OUR_VARIANTS.has(candidate))) {
    const missing = FILES[tool].filter((file) => !present(file));
    if (missing.length) {
      rows.push({ tool, files: FILES[tool].length, gzip: NaN, brotli: NaN, missing });
      continue;
    }
    const code = FILES[tool].map((file) => readFileSync(new URL(file, ROOT)));
    rows.push({ tool, files: FILES[tool].length, gzip: code.reduce((sum, buffer) => sum + gzipBytes(buffer), 0), brotli: code.reduce((sum, buffer) => sum + brotliBytes(buffer), 0) });
  }
  return rows;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A source map's `mappings`, per generated line: [generated column, source index or -1]. */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    if (!line) return [];
    return line.split(',').map((segment) => {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const character of segment) {
        const digit = BASE64.indexOf(character);
        value += (digit & 31) * 2 ** shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value % 2 ? -Math.floor(value / 2) : value / 2);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length < 4) return [column, -1];
      source += fields[1];
      return [column, source];
    });
  });
}

/** The group a source file's bytes count for: src/<folder>/ or a node_modules package. */
function moduleGroup(source) {
  const path = posix.normalize(posix.join('dist', source));
  const packageAt = path.lastIndexOf('node_modules/');
  if (packageAt >= 0) {
    const parts = path.slice(packageAt + 'node_modules/'.length).split('/');
    return `node_modules/${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const parts = path.split('/');
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}/` : `src/ (top level)`;
  return path;
}

/** Attributes the minified bytes of `file` to module groups through its rollup source map. */
function attributeBytes(file) {
  const mapFile = `${file}.map`;
  if (!present(mapFile)) return null;
  const map = JSON.parse(readFileSync(new URL(mapFile, ROOT), 'utf8'));
  const lines = readFileSync(new URL(file, ROOT), 'utf8').split('\n');
  const sources = (map.sources ?? []).map((source) => moduleGroup(posix.join(map.sourceRoot ?? '', source)));
  const bytes = new Map();
  const add = (group, count) => count && bytes.set(group, (bytes.get(group) ?? 0) + count);
  const decoded = decodeMappings(map.mappings ?? '');
  lines.forEach((line, index) => {
    if (line.startsWith('//# sourceMappingURL=')) return;
    const segments = (decoded[index] ?? []).slice().sort((a, b) => a[0] - b[0]);
    add('(unmapped)', Buffer.byteLength(line.slice(0, segments[0]?.[0] ?? line.length)));
    segments.forEach(([column, source], at) => {
      const end = segments[at + 1]?.[0] ?? line.length;
      add(source < 0 ? '(unmapped)' : sources[source], Buffer.byteLength(line.slice(column, end)));
    });
  });
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return { total, groups: [...bytes.entries()].sort((a, b) => b[1] - a[1]) };
}

async function main() {
  const started = Date.now();
  let floorError = null;
  try {
    await buildFloor();
  } catch (error) {
    floorError = error;
    process.stderr.write(`bare-lit: build failed, not measured: ${error.message}\n`);
  }
  const server = await startServer();
  // A tool whose files are absent is not measured; "server" also needs dist/lib/server.
  const skipped = new Map();
  for (const tool of TOOLS) {
    const missing = FILES[tool].filter((file) => !present(file));
    if (missing.length) skipped.set(tool, `${missing.join(', ')} absent`);
  }
  if (!server.releaseAvailable) skipped.set('server', 'dist/lib/server/index.js absent');
  if (floorError) skipped.set('bare-lit', `its build failed (${floorError.message})`);
  for (const [tool, why] of skipped) process.stderr.write(`not measured: ${LABELS[tool]} (${why})\n`);
  const measured = TOOLS.filter((tool) => !skipped.has(tool));

  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const version = await browser.version();
  const results = {};
  let overhead;
  try {
    for (const condition of CONDITIONS) {
      results[condition.name] = Object.fromEntries(TOOLS.map((tool) => [tool, []]));
      for (let run = 0; run < RUNS; run += 1) {
        for (const tool of measured) {
          results[condition.name][tool].push(await measure(browser, server, tool, condition));
        }
        process.stderr.write(`\r${condition.name}: run ${run + 1}/${RUNS} · ${((Date.now() - started) / 60000).toFixed(1)} min   `);
      }
      process.stderr.write('\n');
    }
    overhead = await measureAutoBlocking(browser, server.origin, RUNS);
  } finally {
    await browser.close();
    await server.close();
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);

  const lines = [];
  const out = (line = '') => lines.push(line);
  out(`# Benchmark results`);
  out();
  out(`${new Date().toISOString().slice(0, 10)} · ${version} (headless) · ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()} · ${RUNS} runs per tool per condition, interleaved · ${minutes} min`);
  out();
  out('Reproduce: `npm install && npm run bench` (Debian `chromium` needed, as for `npm test`).');
  if (skipped.size) {
    out();
    out(`Not measured in this run: ${[...skipped].map(([tool, why]) => `${LABELS[tool]} (${why})`).join('; ')}.`);
  }
  out();
  out('## Bytes a first-time visitor downloads for the tool (JS + CSS)');
  out();
  const size = sizes();
  const ours = size.find((row) => row.tool === 'ours');
  const vanilla = size.find((row) => row.tool === 'vanilla');
  out('| tool | files | gzip | brotli | ours ÷ tool (gzip) |');
  out('|---|---|---|---|---|');
  for (const row of size) {
    if (row.missing) out(`| ${LABELS[row.tool]} | ${row.files} | absent | absent |  |`);
    else out(`| ${LABELS[row.tool]} | ${row.files} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.tool === 'ours' || !row.gzip || !Number.isFinite(ours.gzip) ? '' : (ours.gzip / row.gzip).toFixed(2)} |`);
  }
  out();
  if (Number.isFinite(ours.gzip)) {
    out(`Our banner is one file, \`dist/cookie-consent.js\`: the whole product in English, for a first-time and a returning visitor alike (${kb(ours.gzip)} gzip, ${kb(ours.brotli)} brotli). The floor is bench/floor/bare-lit.js, built with rollup and terser into one classic file.`);
  } else {
    out('`dist/cookie-consent.js` is absent (run `npm run build`): our banner was not measured.');
  }

  const budgets = [];
  const floors = [];
  for (const condition of CONDITIONS) {
    const runs = results[condition.name];
    const stats = Object.fromEntries(TOOLS.map((tool) => [tool, Object.fromEntries(METRICS.map((metric) => [metric.key, summary(runs[tool].map((r) => r[metric.key]))]))]));
    out();
    out(`## ${heading(condition)}`);
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
      const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : NaN);
      const ratios = summary(runs[tool].map((run, index) => ratio(run[key], runs[reference][index]?.[key])));
      return { value: ratios.median, spread: ratios.n ? `${format(ratios.p25, 2)}–${format(ratios.p75, 2)}` : '' };
    };
    const c = condition.name;
    const fcpLimit = condition.network ? 1.15 : 1.05;
    budgets.push(
      { label: `${c}: banner visible ≤ 1.1× bare Lit`, ...paired('ours', 'bare-lit', 'visible'), limit: 1.1 },
      { label: `${c}: banner visible ≤ 0.75× vanilla-cookieconsent`, ...paired('ours', 'vanilla', 'visible'), limit: 0.75 },
      { label: `${c}: banner visible ≤ 0.8× Zest`, ...paired('ours', 'zest', 'visible'), limit: 0.8 },
      { label: `${c}: first contentful paint ≤ ${fcpLimit}× the empty script tag`, ...paired('ours', 'empty', 'fcp'), limit: fcpLimit },
      { label: `${c}: returning visitor's first gated script ≤ 1.1× the empty script tag, warm cache`, ...paired('ours', 'empty', WARM), limit: 1.1 },
      { label: `${c}: returning visitor's first gated script ÷ the empty script tag, cold cache`, ...paired('ours', 'empty', COLD), limit: null },
      { label: `${c}: returning visitor's first gated script ≤ 1.05× the bare page, with server release (cold cache)`, ...paired('server', 'none', COLD), limit: 1.05 },
      { label: `${c}: sparse-page LCP ≤ 1.15× the empty script tag`, ...paired('ours', 'empty', 'sparseLcp'), limit: 1.15 },
      { label: `${c}: accept-all click to next paint ≤ 50 ms`, value: o.clickToPaint.median, limit: 50 },
      { label: `${c}: CLS 0.000 (p75)`, value: o.cls.p75, limit: 0.0005 },
      { label: `${c}: long tasks ≤ the bare page's (ms)`, value: o.longTaskTotal.median, limit: Math.max(stats.none.longTaskTotal.median, 0) },
      { label: `${c}: gated requests before consent = 0`, value: o.gatedBeforeConsent.n || stats.server.gatedBeforeConsent.n ? o.gatedBeforeConsent.sum + stats.server.gatedBeforeConsent.sum : NaN, limit: 0 },
      { label: `${c}: tags inserted by a loader (unmarked): requests before consent = 0`, value: stats.loader.gatedBeforeConsent.n ? stats.loader.gatedBeforeConsent.sum : NaN, limit: 0 },
      { label: `${c}: loader page ÷ marked page, banner visible`, ...paired('loader', 'ours', 'visible'), limit: null },
      { label: `${c}: loader page ÷ marked page, returning visitor's first gated script, warm cache`, ...paired('loader', 'ours', WARM), limit: null },
    );
    const ratio = (tool, key) => stats[tool][key].median / stats.none[key].median;
    for (const [key, what] of [
      ['fcp', 'first contentful paint'],
      [WARM, "returning visitor's first gated script, warm cache"],
      [COLD, "returning visitor's first gated script, cold cache"],
      ['sparseLcp', 'sparse-page LCP'],
    ]) {
      floors.push([`${c}: ${what} ÷ the bare page`, ratio('empty', key), ratio('bare-lit', key), ratio('ours', key), key === WARM || key === COLD ? ratio('server', key) : NaN]);
    }
  }
  const bytesOver = Number.isFinite(ours.gzip) && Number.isFinite(vanilla.gzip) && ours.gzip > vanilla.gzip;
  budgets.push({
    label: `bytes: dist/cookie-consent.js ≤ 1.0× vanilla-cookieconsent's JS + CSS (gzip, in bytes)`,
    value: ours.gzip,
    limit: vanilla.gzip,
    digits: 0,
  });

  out();
  out('## Budgets');
  out();
  out('Ratios are medians of run-by-run ratios (each round of the interleaved runs compared with itself); p25–p75 shows how much they vary. A row without a limit is printed for reference only.');
  out();
  out('| budget | measured | p25–p75 | limit | |');
  out('|---|---|---|---|---|');
  for (const { label, value, spread = '', limit, digits = 3 } of budgets) {
    const verdict = limit === null ? '(no budget)' : !Number.isFinite(value) || !Number.isFinite(limit) ? 'n/a' : value <= limit ? 'met' : '**missed**';
    const shownLimit = limit === null ? '' : !Number.isFinite(limit) ? 'n/a' : digits === 0 ? limit.toFixed(0) : String(Number(limit.toFixed(4)));
    out(`| ${label} | ${format(value, digits)} | ${spread} | ${shownLimit} | ${verdict} |`);
  }
  if (bytesOver) {
    out();
    out('## Where the bytes of dist/cookie-consent.js are');
    out();
    const attribution = attributeBytes('dist/cookie-consent.js');
    if (!attribution) out('`dist/cookie-consent.js.map` is absent: the bytes cannot be attributed to modules.');
    else {
      out(`Over budget by ${ours.gzip - vanilla.gzip} gzip bytes. The minified bytes by module, from \`dist/cookie-consent.js.map\` (${attribution.total} bytes in all; gzip shares are roughly the same):`);
      out();
      out('| module | minified bytes | share |');
      out('|---|---|---|');
      const top = attribution.groups.slice(0, 12);
      const rest = attribution.groups.slice(12).reduce((sum, [, count]) => sum + count, 0);
      for (const [group, count] of top) out(`| ${group} | ${count} | ${((100 * count) / attribution.total).toFixed(1)} % |`);
      if (rest) out(`| (${attribution.groups.length - 12} more) | ${rest} | ${((100 * rest) / attribution.total).toFixed(1)} % |`);
    }
  }
  out();
  out('## Auto-blocking: what it costs a page that inserts 500 elements');
  out();
  out('The same page inserts 250 images (by the `src` property) and 250 scripts (by `setAttribute`) after our banner: with a service whose URL patterns match none of them, so every `src` goes through the patched setters and is checked, and with a service without patterns, so nothing is patched. The time of the inserting loop itself, median of the interleaved visits.');
  out();
  out('| CPU | with URL patterns (ms) | without (ms) | overhead (ms) | per element (µs) |');
  out('|---|---|---|---|---|');
  for (const row of overhead) out(`| ${row.cpu}× | ${format(row.with, 1)} | ${format(row.without, 1)} | ${format(row.with - row.without, 1)} | ${format(((row.with - row.without) * 1000) / 500, 1)} |`);
  out();
  out('## The floor: what a script tag alone costs');
  out();
  out('A consent script must load before the tags it gates, so it sits in `<head>` as a render-blocking `<script src>`. The "empty script tag" page is the bare page plus such a tag with an empty file: no banner can do better than it. "Bare Lit" is about the least a Lit + js-cookie banner can be (bench/floor/bare-lit.js): a floor rather than a competitor.');
  out();
  out('| ratio | empty script tag | bare Lit (floor) | cookie-consent-banner | ours + server release |');
  out('|---|---|---|---|---|');
  const times = (value) => (Number.isFinite(value) ? `${format(value, 2)}×` : 'n/a');
  for (const [label, floor, bare, value, server] of floors) out(`| ${label} | ${times(floor)} | ${times(bare)} | ${times(value)} | ${times(server)} |`);
  out();
  out('"Ours + server release" is the same page rendered through `cookie-consent-banner/server`: the tags a returning visitor granted are written plain, so the browser preloads them as on the bare page, and the banner script is `defer` (README, "Server-side release"). Its first visit is the page as written, the same as ours; only its returning visits are measured.');
  out();
  out([
    'How it measures: the tools are measured in turn, one round after another, under each condition: 1× and 4× CPU throttling (CDP), on a 1280 px desktop and a 412 px mobile viewport, over loopback; and "phone": 4× CPU at 412 px with CDP `Network.emulateNetworkConditions` (150 ms latency, 1.6 Mbps down, 750 kbps up, set on the page before its first navigation, so every request pays it, the document included).',
    'The server speaks plain HTTP/1.1 and gzips text (level 9) as a CDN would; pages are `no-store`, every asset (our dist files, the vendors\' files, the floor\'s file, the empty script, the gated scripts) is `public, max-age=31536000, immutable`.',
    'Each first visit runs in a fresh browser context, so with an empty cache.',
    '"Visible" is the first animation frame in which the banner has a non-zero box, opacity above 0 and is not hidden, timed (from navigation start) when that frame\'s callbacks run, just before it is drawn, rather than by the frame\'s own timestamp, which is when it began: a frame that began while a long task drew the banner would be stamped before the banner existed; "settled" the first frame after that with the same box, full opacity and no running animation, timed the same way.',
    'First contentful paint (the `paint` entry of the article page), long tasks, CLS, Event Timing and LCP come from PerformanceObserver; the heap from CDP after a forced garbage collection.',
    'The three gated scripts each spin 30 ms when they run.',
    '"Returning" navigates the same context to the page again after a real accept-all click (on the pages without a banner the scripts are not gated, and it is simply the next visit): "cold cache" with the HTTP cache disabled, as the first visit found it; "warm cache" after one unmeasured returning visit, with the cache kept.',
    'Zest is its English build, configured with `data-*` attributes on its script tag, its auto-blocking on (`data-mode="safe"`) and its scripts tagged `data-consent-category`, as its README shows; its gated scripts are plain `<script src>`, which the browser\'s preload scanner fetches before Zest neutralises them, so its gated requests before consent are not zero.',
  ].join(' '));

  const text = lines.join('\n') + '\n';
  writeFileSync(OUT, text);
  console.log(text);
  process.stderr.write(`bench: ${minutes} min (${CONDITIONS.length} conditions × ${RUNS} runs × ${measured.length} tools); wrote ${OUT}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
