// One measured visit per call, in a fresh browser context: a first visit (banner timings, first
// contentful paint, long tasks, CLS, heap, gated requests before consent, accept-all click to
// next paint), the same visitor returning (time to the first gated script) with the HTTP cache
// bypassed ("cold") and, after one unmeasured returning visit, with it warm ("warm"), then the
// sparse page (LCP) in another fresh context.
// A condition is { name, cpu, viewport, network? }; `network` is handed to CDP's
// Network.emulateNetworkConditions on the page's session before its first navigation, so it
// applies to every request of the page, the main document included.
import { RETURNING_ONLY, SELECTORS } from './pages.mjs';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800, deviceScaleFactor: 1 },
  mobile: { width: 412, height: 915, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs in the page before anything else: observers, and a per-frame check of the banner. */
const instrument = (bannerExpression) => `
(() => {
  const bench = (window.__bench = { visible: null, settled: null, longTasks: [], cls: 0, events: [], lcp: null, fcp: null });
  const observe = (type, handle, extra = {}) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(handle)).observe({ type, buffered: true, ...extra }); } catch {}
  };
  observe('longtask', (e) => bench.longTasks.push(e.duration));
  observe('layout-shift', (e) => { if (!e.hadRecentInput) bench.cls += e.value; });
  observe('event', (e) => bench.events.push({ name: e.name, duration: e.duration, interactionId: e.interactionId }), { durationThreshold: 16 });
  observe('largest-contentful-paint', (e) => { bench.lcp = e.startTime; });
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') bench.fcp = e.startTime; });
  const find = () => { try { return ${bannerExpression}; } catch { return null; } };
  let previous = null;
  // The time this frame's callbacks run, not the frame's own timestamp: a frame that began while
  // the main thread was busy is stamped with its start, before the work that drew the banner.
  const frame = () => {
    const time = performance.now();
    const element = find();
    if (element) {
      const box = element.getBoundingClientRect();
      let opacity = 1, hidden = false;
      for (let node = element; node; node = node.parentElement || node.getRootNode().host || null) {
        const style = getComputedStyle(node);
        opacity *= Number(style.opacity);
        if (style.visibility === 'hidden' || style.display === 'none') hidden = true;
      }
      const shown = box.width > 0 && box.height > 0 && opacity > 0 && !hidden;
      if (shown && bench.visible === null) bench.visible = time;
      if (bench.visible !== null) {
        const signature = [box.x, box.y, box.width, box.height, opacity].join();
        const animating = document.getAnimations().some((animation) => animation.playState === 'running');
        if (signature === previous && !animating && opacity > 0.999) { bench.settled = time; return; }
        previous = signature;
      }
    }
    requestAnimationFrame(frame);
  };
  if (${JSON.stringify(bannerExpression)} !== 'null') requestAnimationFrame(frame);
})();`;

async function openPage(context, { cpu, viewport, network }, bannerExpression) {
  const page = await context.newPage();
  await page.setViewport(VIEWPORTS[viewport]);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument(instrument(bannerExpression));
  return { page, cdp };
}

/** A returning visit (a new navigation, not a reload): when the first gated script ran. */
async function returningVisit(page, url, visit) {
  await page.goto(`${url}?visit=${visit}`, { waitUntil: 'load' });
  await page.waitForFunction('(window.__runs || []).length >= 1', { timeout: 30000, polling: 50 });
  return page.evaluate(() => Math.min(...(window.__runs ?? []).map((run) => run[1])));
}

/** Measures one tool once under one condition. */
export async function measure(browser, server, tool, condition) {
  const result = {};
  const hasBanner = SELECTORS[tool].banner !== 'null';
  const url = `${server.origin}/page/${tool}/article`;

  // First visit.
  const context = await browser.createBrowserContext();
  try {
    const { page, cdp } = await openPage(context, condition, SELECTORS[tool].banner);
    const since = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    if (hasBanner) await page.waitForFunction('window.__bench.settled !== null', { timeout: 30000, polling: 50 });
    await sleep(300);
    const bench = await page.evaluate(() => window.__bench);
    result.fcp = bench.fcp;
    result.visible = bench.visible;
    result.settled = bench.settled;
    result.longTaskTotal = bench.longTasks.reduce((sum, duration) => sum + duration, 0);
    result.tbt = bench.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0);
    result.cls = bench.cls;
    if (!RETURNING_ONLY.has(tool)) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      result.heapMB = metrics.find((metric) => metric.name === 'JSHeapUsedSize').value / 1048576;
    }

    if (hasBanner) {
      // Nothing gated may have been requested before consent.
      result.gatedBeforeConsent = server.gatedSince(since).length;
      // Accept all with a real click; Event Timing gives click to next paint.
      const button = (await page.evaluateHandle(SELECTORS[tool].acceptAll)).asElement();
      if (!button) throw new Error(`${tool}: no accept-all button`);
      const box = await button.boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction('(window.__runs || []).length >= 3', { timeout: 30000, polling: 50 });
      await sleep(300);
      const events = await page.evaluate(() => window.__bench.events);
      const interaction = events.filter((event) => ['pointerdown', 'pointerup', 'click', 'mousedown', 'mouseup'].includes(event.name));
      // Event Timing reports only events of 16 ms or more: none means under 16 ms.
      result.clickToPaint = interaction.length ? Math.max(...interaction.map((event) => event.duration)) : 0;
    }
    // The same visitor returns (on the pages without a banner, the same second visit). Cold: the
    // HTTP cache bypassed, as on the first visit. Warm: one unmeasured visit, then the measured one.
    await page.setCacheEnabled(false);
    result.returningCold = await returningVisit(page, url, 'cold');
    await page.setCacheEnabled(true);
    await returningVisit(page, url, 'warm-up');
    result.returningWarm = await returningVisit(page, url, 'warm');
  } finally {
    await context.close();
  }

  // A returning-only tool's first visit is another tool's page: only its returning visits count.
  if (RETURNING_ONLY.has(tool)) return { returningCold: result.returningCold, returningWarm: result.returningWarm, gatedBeforeConsent: result.gatedBeforeConsent };

  // Sparse page: does the banner become the LCP element and delay it?
  const sparse = await browser.createBrowserContext();
  try {
    const { page } = await openPage(sparse, condition, SELECTORS[tool].banner);
    await page.goto(`${server.origin}/page/${tool}/sparse`, { waitUntil: 'load' });
    if (hasBanner) await page.waitForFunction('window.__bench.settled !== null', { timeout: 30000, polling: 50 });
    await sleep(500);
    result.sparseLcp = await page.evaluate(() => window.__bench.lcp);
  } finally {
    await sparse.close();
  }
  return result;
}
