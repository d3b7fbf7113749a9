/**
 * Mocha root hooks around every test of every file: no test sees the cookies, the iframe pages
 * (loadPage, loadUrl) or the fixtures of the test before it.
 *
 * web-test-runner.config.mjs loads this module in each test file's page, before the test
 * framework (`testRunnerHtml`). @web/test-runner hands `testFramework.config` to the browser as
 * JSON, which cannot carry functions, so the hooks are added here to that config, which
 * @web/test-runner-mocha passes to `mocha.setup()`, where mocha's `rootHooks` option registers
 * them on the root suite of the file.
 */
import { fixtureCleanup } from '@open-wc/testing';
import { clearCookies, removePages } from './helpers.js';

/** Before each test: no cookie left by anything before it. */
function beforeEachTest(): void {
  clearCookies();
}

/**
 * After each test, before the file's next: its pages and fixtures removed, then its cookies.
 * The cookies its pages wrote land here first (see pageCookiesLanded), so the clearing cannot
 * come before them. A decision made in a page of the test reaches this page's consent store as
 * another tab's, on a later task (BroadcastChannel): one task is let pass, so it lands now, not
 * in the next test.
 */
async function afterEachTest(): Promise<void> {
  await removePages();
  fixtureCleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearCookies();
}

interface RunnerConfig {
  testFrameworkConfig?: Record<string, unknown>;
}
const runner = window as Window & { __WTR_CONFIG__?: RunnerConfig };
const config = runner.__WTR_CONFIG__;
if (!config) throw new Error('root-hooks.ts must load after the test runner config and before the test framework (see web-test-runner.config.mjs)');
const rootHooks: Mocha.RootHookObject = { beforeEach: beforeEachTest, afterEach: afterEachTest };
config.testFrameworkConfig = { ...config.testFrameworkConfig, rootHooks };
