#!/usr/bin/env node
// Screenshots of the demo with the banner showing, for the README: docs/screenshot.png
// (1280×800) and docs/screenshot-mobile.png (390×844). Serves the repository like
// scripts/serve-demo.mjs and drives Debian's Chromium through puppeteer-core.
// Does not build: run `npm run build` first. Usage: node scripts/screenshot.mjs
// (CHROMIUM_PATH=/path/to/chrome to use another browser binary).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { ROOT_DIR, startDemoServer } from './serve-demo.mjs';

// The same browser and flags as the tests.
const EXECUTABLE_PATH = process.env.CHROMIUM_PATH || CHROMIUM;
const SHOTS = [
  { file: 'screenshot.png', viewport: { width: 1280, height: 800, deviceScaleFactor: 1 } },
  {
    file: 'screenshot-mobile.png',
    viewport: { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  },
];
const BANNER_TIMEOUT_MS = 15_000;

/** puppeteer-core is not a direct dependency: it comes with @web/test-runner-chrome. */
async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch {
    const require = createRequire(import.meta.url);
    const fromRunner = createRequire(require.resolve('@web/test-runner-chrome'));
    return fromRunner('puppeteer-core');
  }
}

async function shoot(browser, url, { file, viewport }, outDir) {
  // A fresh context per shot: no consent cookie, so the banner shows.
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));

    await page.setViewport(viewport);
    // Keep the screenshot stable: no moving steam, no smooth scrolling.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(url, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () => !!document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'),
        { timeout: BANNER_TIMEOUT_MS },
      );
    } catch {
      throw new Error(
        `the banner did not render within ${BANNER_TIMEOUT_MS / 1000} s at ${url} (is dist/cookie-consent.js built?)` +
          (problems.length ? `\n  ${problems.join('\n  ')}` : ''),
      );
    }
    await page.evaluate(() => document.fonts.ready);
    // Let Lit finish and the browser paint the final frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    const path = join(outDir, file);
    await page.screenshot({ path, type: 'png' });
    console.log(`Wrote ${path.slice(ROOT_DIR.length)} (${viewport.width}×${viewport.height})`);
    for (const problem of problems) console.warn(`  ${problem}`);
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(join(ROOT_DIR, 'dist/cookie-consent.js'))) {
    throw new Error('dist/cookie-consent.js is missing: run `npm run build` first.');
  }
  if (!existsSync(EXECUTABLE_PATH)) {
    throw new Error(`no browser at ${EXECUTABLE_PATH}: install Chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const outDir = join(ROOT_DIR, 'docs');
  await mkdir(outDir, { recursive: true });

  const puppeteer = await loadPuppeteer();
  const { server, url } = await startDemoServer();
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: EXECUTABLE_PATH, headless: true, args: CHROMIUM_ARGS });
    for (const shot of SHOTS) await shoot(browser, url, shot, outDir);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Screenshot failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
