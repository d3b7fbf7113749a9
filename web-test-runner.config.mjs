// @web/test-runner: the whole suite in real browsers, Debian's Chromium, Firefox ESR and
// WebKitGTK (see test/support/engines.mjs). `npm test` picks the engines that are installed and
// passes them in WTR_BROWSERS; run `npx wtr` alone for Chromium only.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countReporter } from './test/support/count-reporter.mjs';
import { ENGINES, selectEngines } from './test/support/engines.mjs';
import { gatedServer } from './test/support/gated-server.mjs';
import { readCookiesPlugin } from './test/support/read-cookies-plugin.mjs';

const engines = selectEngines(process.env.WTR_BROWSERS || 'chromium');

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), readCookiesPlugin()],
  middleware: [gatedServer],
  // Two cores: one test file per engine at a time keeps timings steady.
  concurrency: 1,
  // One engine at a time: with three on two cores, WebKit (under xvfb) now and then took over
  // 5 s to load a page's modules, failing waits that take well under a second alone.
  concurrentBrowsers: 1,
  browsers: await Promise.all(engines.map((name) => ENGINES[name].launcher())),
  reporters: [defaultReporter(), countReporter()],
  // Above the 10 s that loadBannerPage() gives a banner to show (test/support/banner.ts): a test
  // that waits that long for it must still have time to fail on its own assertion.
  testFramework: { config: { timeout: 20000 } },
  // Each test file's page: test/support/root-hooks.ts first, which adds mocha root hooks (clear
  // cookies, remove pages and fixtures around every test) to the framework's config, then the
  // framework, which runs the file. The config above reaches the browser as JSON, without functions.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/support/root-hooks.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
