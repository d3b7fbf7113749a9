import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { startServer } from '../bench/server.mjs';
const server = await startServer();
const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const cpu = Number(process.argv[2] || 1), tool = process.argv[3] || 'ours', kind = process.argv[4] || 'sparse';
for (let i = 0; i < 3; i++) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto('about:blank');
  const file = `/tmp/probe/trace-${tool}-${i}.json`;
  await page.tracing.start({ path: file, categories: ['devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`${server.origin}/page/${tool}/${kind}`, { waitUntil: 'load' });
  await new Promise(r => setTimeout(r, 500));
  await page.tracing.stop();
  const res = await page.evaluate(() => performance.getEntriesByType("resource").map(e => ({ dns: Math.round(e.domainLookupStart)+"-"+Math.round(e.domainLookupEnd), con: Math.round(e.connectStart)+"-"+Math.round(e.connectEnd),  n: e.name.split('/').pop(), fetch: Math.round(e.fetchStart), req: Math.round(e.requestStart), rs: Math.round(e.responseStart), re: Math.round(e.responseEnd) })));
  console.log(JSON.stringify(res));
  await ctx.close();
}
await browser.close(); await server.close();
