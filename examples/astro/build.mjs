// `node build.mjs`, run in this folder by scripts/build-examples.mjs: builds the Astro app into
// dist/ with Astro's JS API, then renders requests through the built server entry in Node, as
// the test server will mount it: server rendering must not throw, and the HTML must carry the
// banner and release what a returning visitor granted. Exits with 1 when any of it fails.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

// Before Astro is loaded: a build in a test suite sends nothing anywhere.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const root = fileURLToPath(new URL('.', import.meta.url));

try {
  // This folder's package.json makes it its own package scope: without it, `cookie-consent-banner`
  // would resolve by self-reference to the repository's own dist/, not to the installed package.
  const resolved = import.meta.resolve('cookie-consent-banner/server');
  check(resolved.includes('/node_modules/cookie-consent-banner/'), `resolves cookie-consent-banner to ${resolved}, not to an installed package`);
  const { build } = await import('astro');
  await build({ root, logLevel: 'warn' });
  await checkServerRendering();
} catch (error) {
  console.error('examples/astro:', error);
  process.exit(1);
}

/** Fails unless `condition` holds. */
function check(condition, message) {
  if (!condition) throw new Error(`the built app ${message}`);
}

/** Requests the built app's pages through its middleware-mode handler on an ephemeral port. */
async function checkServerRendering() {
  const { handler } = await import(new URL('dist/server/entry.mjs', import.meta.url).href);
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('not an Astro route');
    }),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = async (path, headers = {}) => {
    const response = await fetch(`${origin}${path}`, { headers });
    const html = await response.text();
    check(response.status === 200, `answered ${response.status} for ${path}: ${html.slice(0, 300)}`);
    return html;
  };
  try {
    const analytics = '<script type="text/plain" data-category="analytics" src="/__gated/build/analytics.js"></script>';
    const first = await page('/__astro/?token=build');
    check(/<cookie-consent policy-url="\/__astro\/privacy" revision="3" categories="analytics functionality targeting">/.test(first), 'renders no <cookie-consent> with the layout\'s attributes');
    check(first.includes(analytics), 'does not hold the analytics tag for a first-time visitor');
    for (const [, script] of first.matchAll(/<script type="module" src="\/__astro\/([^"]+)"/g))
      check(existsSync(new URL(`dist/client/${script}`, import.meta.url)), `links a script that is not in dist/client/: ${script}`);

    // A returning visitor who granted analytics under revision 3: written plain by the server.
    const record = { v: 2, id: '0f8fad5b-d9cb-469f-a165-70867728950e', created: 1700000000000, updated: 1700000000000, rev: '3', granted: ['necessary', 'analytics'], denied: ['functionality', 'targeting'] };
    const returning = await page('/__astro/?token=build', { cookie: `cookie_consent=${encodeURIComponent(JSON.stringify(record))}` });
    check(returning.includes('<script data-category="analytics" src="/__gated/build/analytics.js"></script>'), 'does not write the granted analytics tag plain');
    check(/<iframe data-category="analytics" title="Reading statistics chart" src="\/__gated\/build\/chart.html">/.test(returning), 'does not give the granted chart its src');

    // The CDN's region headers: the element gets the region, and California's rule applies.
    const californian = await page('/__astro/?token=build', { 'cf-ipcountry': 'US', 'cf-region-code': 'CA' });
    check(/<cookie-consent [^>]*region="US-CA"/.test(californian), 'does not write the region from the CDN\'s headers');

    check((await page('/__astro/privacy')).includes('<cookie-declaration></cookie-declaration>'), 'renders no privacy page');
  } finally {
    server.close();
  }
}
