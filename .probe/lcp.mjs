import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { startServer } from '../bench/server.mjs';
const server = await startServer();
const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const cpu = Number(process.argv[2] || 1);
for (const tool of ['none', 'ours', 'none', 'ours', 'none', 'ours']) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.evaluateOnNewDocument(`window.__l=[];new PerformanceObserver(l=>l.getEntries().forEach(e=>__l.push([e.entryType,e.name,Math.round(e.startTime),e.element?(e.element.tagName+'|'+(e.element.getRootNode().host?'shadow':'light')+'|'+e.size):'']))).observe({type:'largest-contentful-paint',buffered:true});
new PerformanceObserver(l=>l.getEntries().forEach(e=>__l.push([e.entryType,e.name,Math.round(e.startTime)]))).observe({type:'paint',buffered:true});`);
  await page.goto(`${server.origin}/page/${tool}/sparse`, { waitUntil: 'load' });
  await new Promise(r => setTimeout(r, 800));
  const l = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; const r = performance.getEntriesByType('resource').map(e=>[e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]); return { l: window.__l, dcl: Math.round(n.domContentLoadedEventStart), resp: Math.round(n.responseEnd), r }; });
  console.log(tool, JSON.stringify(l));
  await ctx.close();
}
await browser.close(); await server.close();
