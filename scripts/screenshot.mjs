#!/usr/bin/env node
// The picture gallery, docs/gallery/*.png (shown in docs/gallery.md and the README): the banner
// and the preferences at 320 px and 1280 px wide, light and dark, left to right and right to left
// (Arabic, from dist/i18n/ar.js), and the placeholder of the demo's gated video. Each picture is
// clipped to what it shows, at 1× scale, so the files stay small. Named
// <view>-<width>-<scheme>-<direction>.png, e.g. banner-320-light-ltr.png. The pictures show the
// built-in look: the demo's own theme (its --cc-* properties, light only) is switched off.
// Serves the repository like scripts/serve-demo.mjs and drives Debian's Chromium through
// puppeteer-core. Does not build: run `npm run build` first. Usage: node scripts/screenshot.mjs
// (CHROMIUM_PATH=/path/to/chrome to use another browser binary).
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { ROOT_DIR, startDemoServer } from './serve-demo.mjs';

// The same browser and flags as the tests.
const EXECUTABLE_PATH = process.env.CHROMIUM_PATH || CHROMIUM;
const OUT_DIR = join(ROOT_DIR, 'docs', 'gallery');
const WIDTHS = [
  { width: 320, height: 640, isMobile: true, hasTouch: true },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'];
const DIRECTIONS = [
  { dir: 'ltr', lang: 'en' },
  { dir: 'rtl', lang: 'ar' },
];
/** The documented --cc-* properties (custom-elements.json), reset so the built-in defaults show. */
function builtInLook() {
  const manifest = JSON.parse(readFileSync(join(ROOT_DIR, 'custom-elements.json'), 'utf8'));
  const names = new Set(manifest.modules.flatMap((mod) => mod.declarations ?? []).flatMap((declaration) => declaration.cssProperties ?? []).map((property) => property.name));
  return `:root, cookie-consent { ${[...names].map((name) => `${name}: initial;`).join(' ')} }`;
}
const BUILT_IN_LOOK = builtInLook();
/** Room around a clipped view, so its shadow and corners show. */
const PAD = 16;
const TIMEOUT_MS = 15_000;

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

/** Runs in the page: the first element matching `selector` in the document or any open shadow root, its box in document coordinates. */
function boxOf(selector) {
  const find = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const node of root.querySelectorAll('*')) {
      const inner = node.shadowRoot && find(node.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const element = find(document);
  if (!element) return null;
  const rect = element.getBoundingClientRect();
  if (!rect.width || !rect.height) return null;
  return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height };
}

const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function waitForBox(page, selector, what) {
  try {
    await page.waitForFunction(boxOf, { timeout: TIMEOUT_MS }, selector);
  } catch {
    throw new Error(`${what} (${selector}) did not show within ${TIMEOUT_MS / 1000} s (is dist/ built?)`);
  }
  await frames(page);
  return page.evaluate(boxOf, selector);
}

/** The box grown by PAD, kept inside the page's visible width and the viewport's height around it. */
async function padded(page, box) {
  const { innerWidth, scrollY, innerHeight } = await page.evaluate(() => ({ innerWidth: window.innerWidth, scrollY: window.scrollY, innerHeight: window.innerHeight }));
  const x = Math.max(0, Math.floor(box.x - PAD));
  const y = Math.max(scrollY, Math.floor(box.y - PAD));
  const right = Math.min(innerWidth, Math.ceil(box.x + box.width + PAD));
  const bottom = Math.min(scrollY + innerHeight, Math.ceil(box.y + box.height + PAD));
  return { x, y, width: right - x, height: bottom - y };
}

async function save(page, name, clip) {
  const path = join(OUT_DIR, name);
  await page.screenshot({ path, type: 'png', clip, captureBeyondViewport: false });
  console.log(`Wrote docs/gallery/${name} (${clip.width}×${clip.height}, ${Math.round(statSync(path).size / 1024)} KB)`);
  return name;
}

/** Loads `url` (no decision stored) and waits for its first layer, in `scheme` and `dir` (`lang`'s texts for right to left). */
async function openBanner(page, url, scheme, dir, lang) {
  await page.goto(url, { waitUntil: 'load' });
  await page.addStyleTag({ content: BUILT_IN_LOOK });
  await waitForBox(page, '[part~="banner"]', 'the banner');
  await page.evaluate(
    async (scheme, dir, lang) => {
      const element = document.querySelector('cookie-consent');
      element.setAttribute('color-scheme', scheme);
      if (dir === 'rtl') {
        document.documentElement.lang = lang;
        document.documentElement.dir = dir;
        element.setAttribute('lang', lang);
      }
      await document.fonts.ready;
    },
    scheme,
    dir,
    lang,
  );
  if (dir === 'rtl') {
    // The Arabic texts load from dist/i18n/ar.js: wait until the banner shows them.
    await page.waitForFunction(
      () => {
        const root = document.querySelector('cookie-consent')?.shadowRoot;
        return /[\u0600-\u06FF]/.test(root?.querySelector('[part~="banner"] button')?.textContent ?? '');
      },
      { timeout: TIMEOUT_MS },
    );
  }
}

/** One width, scheme and direction: a fresh context (no consent cookie, so the banner shows), four pictures. */
async function shootCombination(browser, url, viewport, scheme, { dir, lang }) {
  const suffix = `${viewport.width}-${scheme}-${dir}`;
  const context = await browser.createBrowserContext();
  const written = [];
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));

    await page.setViewport({ deviceScaleFactor: 1, ...viewport });
    // Stable pictures: no motion; the visitor's scheme matches the one forced on the element.
    await page.emulateMediaFeatures([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: scheme },
    ]);
    await openBanner(page, url, scheme, dir, lang);

    written.push(await save(page, `banner-${suffix}.png`, await padded(page, await waitForBox(page, '[part~="banner"]', 'the banner'))));

    await page.evaluate(() => document.querySelector('cookie-consent').showPreferences());
    const dialog = await waitForBox(page, 'dialog[open][part~="preferences"]', 'the preferences');
    written.push(await save(page, `preferences-${suffix}.png`, await padded(page, dialog)));

    // The gated video's placeholder, with the preferences and banner out of the way (no decision made).
    await page.evaluate(() => {
      document.querySelector('cookie-consent').hide();
      document.querySelector('[data-cookie-consent-placeholder]')?.scrollIntoView({ block: 'center' });
    });
    written.push(await save(page, `placeholder-${suffix}.png`, await padded(page, await waitForBox(page, '[data-cookie-consent-placeholder]', 'the placeholder'))));

    // The US notice at collection (docs/regions.md), as the demo shows a Californian visitor: still no decision stored.
    await openBanner(page, `${url}?region=US-CA`, scheme, dir, lang);
    written.push(await save(page, `us-notice-${suffix}.png`, await padded(page, await waitForBox(page, '[part~="banner"]', 'the US notice'))));

    for (const problem of problems) console.warn(`  ${suffix}: ${problem}`);
  } finally {
    await context.close();
  }
  return written;
}

async function main() {
  if (!existsSync(join(ROOT_DIR, 'dist/cookie-consent.js'))) {
    throw new Error('dist/cookie-consent.js is missing: run `npm run build` first.');
  }
  if (!existsSync(EXECUTABLE_PATH)) {
    throw new Error(`no browser at ${EXECUTABLE_PATH}: install Chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  await mkdir(OUT_DIR, { recursive: true });

  const puppeteer = await loadPuppeteer();
  const { server, url } = await startDemoServer();
  let browser;
  const written = new Set();
  try {
    browser = await puppeteer.launch({ executablePath: EXECUTABLE_PATH, headless: true, args: CHROMIUM_ARGS });
    for (const viewport of WIDTHS) {
      for (const scheme of SCHEMES) {
        for (const direction of DIRECTIONS) {
          for (const name of await shootCombination(browser, url, viewport, scheme, direction)) written.add(name);
        }
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
  // Pictures of an earlier run that this one no longer takes.
  for (const name of readdirSync(OUT_DIR)) {
    if (name.endsWith('.png') && !written.has(name)) {
      unlinkSync(join(OUT_DIR, name));
      console.log(`Removed docs/gallery/${name}`);
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Screenshot failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
