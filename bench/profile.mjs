// Where a first visit's main-thread time goes, by source module: the CPU profile (V8's sampling
// profiler over CDP) of one bench page, attributed to src/ and node_modules/ through
// dist/cookie-consent.js.map. Complements the bench, which says how long; this says what for.
// Time a native call takes (a document.cookie read, a layout forced by focus()) counts for the
// function that made it. The profiler slows the page down: compare shares, not milliseconds
// with the bench's.
//   node bench/profile.mjs [--tool ours] [--cpu 4] [--kind sparse|article] [--runs 7] [--top 25]
// Needs `npm run build` first (for the map) and Debian's chromium, as the bench does.
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { VIEWPORTS } from './measure.mjs';
import { startServer } from './server.mjs';

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const TOOL = argument('tool', 'ours');
const CPU = Number(argument('cpu', 4));
const KIND = argument('kind', 'sparse');
const RUNS = Number(argument('runs', 7));
const TOP = Number(argument('top', 25));
const SCRIPT = 'cookie-consent.js';
const map = new TraceMap(JSON.parse(readFileSync(new URL('../dist/cookie-consent.js.map', import.meta.url), 'utf8')));

/** A profile node's source: `src/…` or `node_modules/…` for our script, the URL's file otherwise. */
function where(frame) {
  if (!frame.url.endsWith(SCRIPT)) return { file: frame.url ? frame.url.split('/').pop() : `(${frame.functionName || 'native'})`, name: frame.functionName };
  const found = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const file = found.source ? found.source.replace(/^.*?((src|node_modules)\/)/, '$1') : '(unmapped)';
  return { file, name: `${found.name ?? (frame.functionName || '(anonymous)')} :${found.line ?? '?'}` };
}

const IDLE = new Set(['(idle)', '(program)', '(root)', '(garbage collector)']);
const selfByFile = new Map();
const inclusive = new Map();
const fcps = [];
const add = (table, key, ms) => table.set(key, (table.get(key) ?? 0) + ms / RUNS);

const server = await startServer();
const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(VIEWPORTS.mobile);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/page/${TOOL}/${KIND}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { profile } = await cdp.send('Profiler.stop');
    fcps.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();

    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, index) => {
      const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const leaf = nodes.get(id);
      if (IDLE.has(leaf.callFrame.functionName)) return;
      add(selfByFile, where(leaf.callFrame).file, ms);
      // Inclusive: each function on the stack once.
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const { callFrame } = nodes.get(at);
        if (IDLE.has(callFrame.functionName)) break;
        const { file, name } = where(callFrame);
        const key = `${file} ${name}`;
        if (!seen.has(key)) add(inclusive, key, ms);
        seen.add(key);
      }
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = (table, limit) => [...table].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key, ms]) => `${ms.toFixed(1).padStart(8)}  ${key}`);
const total = [...selfByFile.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`${TOOL}, ${KIND} page, ${CPU}× CPU, 412 px, ${RUNS} first visits: ${total.toFixed(1)} ms of main-thread samples per visit, first contentful paint ${median(fcps).toFixed(0)} ms (median, profiled)\n`);
console.log('Self time by source file (ms per visit):');
console.log(rows(selfByFile, TOP).join('\n'));
console.log('\nInclusive time by function (ms per visit):');
console.log(rows(inclusive, TOP).join('\n'));
