// Test-server middleware standing in for third parties. Tests ask for
//   /__gated/<token>/<name>.js?delay=<ms>   a script that records that it ran
//   /__gated/<token>/<name>.gif | .html     a pixel or a page
// and read /__gated-log/<token> to learn which of those the browser really requested:
// the network, not the DOM, says whether anything leaked before consent.
// /__consent-log/<token> stands in for a site's consent-endpoint (see below).
// /__ssr/<token>?<attributes> is a page a server renders with cookie-consent-banner/server (below).
// /__demo/?region=… is the demo shop as `npm start` serves it (scripts/serve-demo.mjs).
// /__astro/… is the Astro example app (examples/astro/dist/, built by
// `node scripts/build-examples.mjs astro`), served by its Node adapter's middleware (below).
// POST /__log/consent is the real consent-log receiver (dist/lib/log on the embedded PostgreSQL),
// for this server's own origin; GET /__log/history/<consent-id> returns what it stored.
// /__cookies-settled answers nothing, at once: see cookiesSettled() in helpers.ts.
// /__dist/<variant>/<file> serves dist/<file> as a site would, except its translations: with
// variant `slow-<ms>` they arrive after <ms> ms, with `missing` they are not there (404): the
// site copied cookie-consent.js alone.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { renderDemo } from '../../scripts/serve-demo.mjs';

const requests = new Map();
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const consentLogs = new Map();

/** Reads a request body as text. */
const bodyOf = (request) =>
  new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });

/**
 * The page of a site that renders on the server with cookie-consent-banner/server (the built
 * dist/lib/server, as a site imports it): the banner's script tag, configured by the query's
 * attributes, then three gated elements of the test's token; the request's Cookie and Sec-GPC
 * headers decide which are written plain. `__country` and `__subdivision` in the query stand for
 * what a CDN puts in its headers (`CF-IPCountry`, `cf-region-code`): the page gets its region
 * from them, as the README shows.
 */
async function serverRenderedPage(ctx, token) {
  const { bannerMarkupIn, consentForRequest, regionFromHeaders, releaseGrantedMarkup, withRegion } = await import('../../dist/lib/server/index.js');
  const { __country: country, __subdivision: subdivision, ...attributes } = Object.fromEntries(new URLSearchParams(ctx.querystring));
  const cdnHeaders = { ...(country ? { 'cf-ipcountry': country } : {}), ...(subdivision ? { 'cf-region-code': subdivision } : {}) };
  const data = Object.entries(attributes).map(([name, value]) => ` data-${name}="${value.replace(/"/g, '&quot;')}"`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title>
<script>window.__warnings=[];console.warn=(...a)=>window.__warnings.push(a.map(String).join(" "));</script>
<script src="/dist/cookie-consent.js"${data}></script>
<script type="text/plain" data-category="analytics" src="/__gated/${token}/analytics.js" data-note='a "quoted" > value'></script>
<script type="text/plain" data-category="targeting" src="/__gated/${token}/targeting.js"></script>
<script type="text/plain" data-category="analytics">(window.__runs = window.__runs || []).push('inline-analytics')</script>
</head><body><h1>Article</h1>
<iframe data-category="analytics" data-src="/__gated/${token}/video.html" title="Video"></iframe>
<img data-category="analytics targeting" data-src="/__gated/${token}/pixel.gif" alt="">
</body></html>`;
  // As the README advises: the region written first, then the configuration read from the page itself.
  const regional = withRegion(html, regionFromHeaders(cdnHeaders, { country: 'CF-IPCountry', subdivision: 'cf-region-code' }));
  const banner = bannerMarkupIn(regional);
  const consent = consentForRequest(
    banner.attributes,
    { cookie: ctx.get('Cookie'), secGpc: ctx.get('Sec-GPC'), hostname: ctx.hostname },
    { categories: banner.declared, services: banner.services, regions: banner.regions },
  );
  const page = releaseGrantedMarkup(regional, consent);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = page;
}

const ASTRO_BASE = '/__astro';
const ASTRO_DIST = new URL('../../examples/astro/dist/', import.meta.url);
let astroHandler = null;

/**
 * /__astro/…: the built Astro example app, mounted as a site mounts the Node adapter's
 * middleware mode in its own server. The adapter leaves the bundled files (dist/client/) to the
 * host server, so those are answered here; every other request goes to the handler of
 * dist/server/entry.mjs, which renders the page and writes Node's response itself, past Koa.
 */
async function astroApp(ctx) {
  const entry = new URL('server/entry.mjs', ASTRO_DIST);
  if (!existsSync(entry)) {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'examples/astro/dist/ is not built: run `node scripts/build-examples.mjs astro` (after `node scripts/pack-check.mjs`).';
    return;
  }
  const file = ctx.path.slice(ASTRO_BASE.length);
  // Plain names only: `..` or an escaped `%2e` would reach outside dist/client/.
  if (/^(\/[\w-][\w.-]*)+$/.test(file) && !file.includes('..')) {
    try {
      ctx.body = await readFile(new URL(`client${file}`, ASTRO_DIST));
      ctx.type = extname(file);
      ctx.set('Cache-Control', 'no-store');
      return;
    } catch {
      // Not a built file (a page, or nothing): the app answers.
    }
  }
  // Loaded once; a failed import is tried again on the next request (the app may be rebuilt).
  astroHandler ??= import(entry.href).then(
    (module) => module.handler,
    (error) => {
      astroHandler = null;
      throw error;
    },
  );
  const handler = await astroHandler;
  ctx.respond = false;
  await handler(ctx.req, ctx.res, () => {
    ctx.res.writeHead(404, { 'Content-Type': 'text/plain' });
    ctx.res.end(`examples/astro has no page at ${ctx.path}`);
  });
}

/** The consent-log receiver, on an embedded PostgreSQL in memory, made on first use. */
let receiverLog = null;
/** One receiver per origin the suite is served at, as a site makes it once: its rate limit counts across requests. */
const receivers = new Map();
async function consentLogRoute(ctx) {
  const { ConsentLogStore, consentLogReceiver, openDatabase } = await import('../../dist/lib/log/index.js');
  receiverLog ??= openDatabase({ dataDir: 'memory://' }).then((db) => ConsentLogStore.open(db));
  const log = await receiverLog;
  ctx.set('Cache-Control', 'no-store');
  const history = /^\/__log\/history\/([\w-]+)$/.exec(ctx.path);
  if (history) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(await log.history(history[1]));
    return;
  }
  if (!receivers.has(ctx.origin)) receivers.set(ctx.origin, consentLogReceiver({ log, origins: [ctx.origin] }));
  const receive = receivers.get(ctx.origin);
  const result = await receive({ method: ctx.method, origin: ctx.get('Origin') || null, contentType: ctx.get('Content-Type') || null, body: await bodyOf(ctx.req), client: ctx.ip });
  ctx.status = result.status;
  ctx.set(result.headers);
  ctx.body = result.body;
}

/** dist/<file>, its translations delayed by `delay` ms, or missing when `delay` is null. */
async function distVariant(ctx, file, delay) {
  ctx.set('Cache-Control', 'no-store');
  if (file.includes('..')) {
    ctx.status = 400;
    return;
  }
  // The optional files: translations, and the catalogue's entries and descriptions.
  if (file.startsWith('i18n/') || file.startsWith('services/')) {
    if (delay === null) {
      ctx.status = 404;
      return;
    }
    await sleep(Math.min(delay, 10000));
  }
  try {
    ctx.body = await readFile(new URL(`../../dist/${file}`, import.meta.url));
    ctx.type = 'application/javascript';
  } catch {
    ctx.status = 404;
  }
}

/**
 * /__vendor/<token>/<host>/<path>: a third party's real URL (its host as the first segment), as
 * a vendor's published snippet requests it once its host is pointed here. Logged, with its
 * query, in the token's request log; answered as the snippet expects: a script that records
 * `<host>/<path>` in `__runs`, a pixel, an embed page, or an empty 204 for beacons and requests.
 */
function vendorResource(ctx, token, rest) {
  const list = requests.get(token) ?? [];
  list.push(`${rest}${ctx.querystring ? `?${ctx.querystring}` : ''}`);
  requests.set(token, list);
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
  if (/\.js$|\/gtag\/js$|\/iframe_api$|\/tag\/[\w-]+$/.test(rest)) {
    ctx.type = 'application/javascript';
    ctx.body = `(window.__runs = window.__runs || []).push(${JSON.stringify(rest)});`;
  } else if (/\.gif$|\/tr$/.test(rest)) {
    ctx.type = 'image/gif';
    ctx.body = PIXEL;
  } else if (/\/embed\//.test(rest)) {
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><title>embed</title><p>${rest}</p>`;
  } else {
    ctx.status = 204;
  }
}

export async function gatedServer(ctx, next) {
  // An empty answer: a request round trip that lets the page's cookie writes land (helpers.ts).
  if (ctx.path === '/__cookies-settled') {
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 204;
    return;
  }
  const dist = /^\/__dist\/(slow-(\d+)|missing)\/([\w./-]+)$/.exec(ctx.path);
  if (dist) return distVariant(ctx, dist[3], dist[1] === 'missing' ? null : Number(dist[2]));
  if (ctx.path === '/__log/consent' || ctx.path.startsWith('/__log/history/')) return consentLogRoute(ctx);
  // The demo shop as `npm start` serves it (server release, ?region=…).
  if (ctx.path === '/__demo/') {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = await renderDemo(ctx);
    return;
  }
  if (ctx.path === ASTRO_BASE || ctx.path.startsWith(`${ASTRO_BASE}/`)) return astroApp(ctx);
  const ssr = /^\/__ssr\/([\w-]+)$/.exec(ctx.path);
  if (ssr) return serverRenderedPage(ctx, ssr[1]);
  // A stand-in consent-endpoint: POST /__consent-log/<token> records the body and its
  // Content-Type; GET returns what was recorded, [{ type, body }], for the test to check.
  const consentLog = /^\/__consent-log\/([\w-]+)$/.exec(ctx.path);
  if (consentLog) {
    const list = consentLogs.get(consentLog[1]) ?? [];
    consentLogs.set(consentLog[1], list);
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method === 'POST') {
      list.push({ type: ctx.get('Content-Type'), body: await bodyOf(ctx.req) });
      ctx.status = 204;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(list);
    return;
  }
  const log = /^\/__gated-log\/([\w-]+)$/.exec(ctx.path);
  if (log) {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(requests.get(log[1]) ?? []);
    return;
  }
  const vendor = /^\/__vendor\/([\w-]+)\/(.+)$/.exec(ctx.path);
  if (vendor) return vendorResource(ctx, vendor[1], vendor[2]);
  const hit = /^\/__gated\/([\w-]+)\/([\w-]+)\.(js|gif|html)$/.exec(ctx.path);
  if (!hit) return next();
  const [, token, name, ext] = hit;
  const list = requests.get(token) ?? [];
  list.push(`${name}.${ext}`);
  requests.set(token, list);
  const delay = Math.min(Number(ctx.query.delay) || 0, 2000);
  if (delay) await sleep(delay);
  ctx.set('Cache-Control', 'no-store');
  if (ext === 'js') {
    ctx.type = 'application/javascript';
    ctx.body = `(window.__runs = window.__runs || []).push(${JSON.stringify(name)});`;
  } else if (ext === 'gif') {
    ctx.type = 'image/gif';
    ctx.body = PIXEL;
  } else {
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><title>${name}</title><p>${name}</p>`;
  }
}
