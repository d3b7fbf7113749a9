// What auto-blocking costs a page that inserts 500 elements (bench/server.mjs, /overhead/…):
// the same page with a service whose URL patterns match none of them (every src goes through
// the patched setters and is checked) and without patterns (nothing patched), interleaved, at
// 1× and 4× CPU. Each visit is a fresh context; the figure is the inserting loop's own time.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function visit(browser, origin, variant, cpu) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(`${origin}/overhead/${variant}`, { waitUntil: 'load' });
    await sleep(50);
    return await page.evaluate('window.__overhead');
  } finally {
    await context.close();
  }
}

/** Medians of `runs` interleaved visits per variant and CPU rate: `[{ cpu, with, without }]` in ms. */
export async function measureAutoBlocking(browser, origin, runs) {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = (sorted.length - 1) / 2;
    return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
  };
  const rows = [];
  for (const cpu of [1, 4]) {
    const times = { with: [], without: [] };
    for (let run = 0; run < runs; run += 1) for (const variant of ['with', 'without']) times[variant].push(await visit(browser, origin, variant, cpu));
    rows.push({ cpu, with: median(times.with), without: median(times.without) });
  }
  return rows;
}
