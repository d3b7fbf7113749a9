// The three browser engines the suite runs in, all from Debian's packages (test tools cannot
// download browsers here): what each needs on disk, how to install it, and its launcher.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';
const XVFB_RUN = '/usr/bin/xvfb-run';

/** Each test file in its own browser context, so files running side by side never share cookies. */
const isolatedPage = async ({ browser }) => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => context.close().catch(() => {}));
  return page;
};

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port; it stops with this process. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  process.once('exit', () => driver.kill());
  // Wait until it accepts connections.
  for (let i = 0; i < 50; i += 1) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return port;
}

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    available: () => existsSync(CHROMIUM),
    launcher: async () =>
      chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }, createPage: isolatedPage }),
  },
  firefox: {
    label: 'Firefox ESR',
    packages: ['firefox-esr'],
    available: () => existsSync(FIREFOX),
    // @web/test-runner-chrome's puppeteer-core drives Firefox over WebDriver BiDi.
    launcher: async () =>
      chromeLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          // Keep all traffic on loopback: a manual proxy to a dead local port, loopback exempt.
          extraPrefsFirefox: {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': 9,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': 9,
            'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
            'network.trr.mode': 5,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
          },
        },
        createPage: isolatedPage,
      }),
  },
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    available: () => existsSync(MINIBROWSER) && existsSync(WEBKIT_DRIVER) && existsSync(XVFB_RUN),
    // MiniBrowser has no headless mode: the run is wrapped in xvfb-run (see scripts/test.mjs).
    needsDisplay: true,
    launcher: async () =>
      webdriverLauncher({
        hostname: '127.0.0.1',
        port: await startWebKitDriver(),
        path: '/',
        logLevel: 'error',
        automationProtocol: 'webdriver',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: MINIBROWSER,
            args: ['--automation', '--proxy=http://127.0.0.1:9', '--ignore-host=localhost', '--ignore-host=127.0.0.1', '--ignore-host=::1'],
          },
        },
      }),
  },
};

/** The engines named in the comma-separated `list` (all three when empty). */
export function selectEngines(list) {
  const names = (list || Object.keys(ENGINES).join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) if (!ENGINES[name]) throw new Error(`Unknown browser engine "${name}"; use ${Object.keys(ENGINES).join(', ')}.`);
  return names;
}
