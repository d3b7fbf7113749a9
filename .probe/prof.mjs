import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { startServer } from '../bench/server.mjs';
const server = await startServer();
const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const tool = process.argv[2] || 'ours', kind = process.argv[3] || 'sparse';
const agg = new Map();
const map = await new SourceMapConsumer(JSON.parse(readFileSync('dist/cookie-consent.js.map', 'utf8')));
for (let i = 0; i < 5; i++) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/page/${tool}/${kind}`, { waitUntil: 'load' });
  await new Promise(r => setTimeout(r, 300));
  const { profile } = await cdp.send('Profiler.stop');
  const dt = {}; const byId = new Map(profile.nodes.map(n => [n.id, n]));
  profile.samples.forEach((id, k) => { dt[id] = (dt[id] ?? 0) + (profile.timeDeltas[k + 1] ?? 0); });
  for (const n of profile.nodes) {
    const self = (dt[n.id] ?? 0) / 1000; if (!self) continue;
    const cf = n.callFrame; let name = cf.functionName || '(anon)';
    if (cf.url.includes('cookie-consent.js')) { const o = map.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber }); name = `${o.source?.split('/').slice(-2).join('/')}:${o.line} ${o.name ?? ''}`; }
    else if (cf.url) name = cf.url.split('/').pop() + ' ' + name; 
    agg.set(name, (agg.get(name) ?? 0) + self / 5);
  }
  await ctx.close();
}
const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of rows) console.log(v.toFixed(2).padStart(7), k);
await browser.close(); await server.close();
