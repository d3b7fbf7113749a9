#!/usr/bin/env node
// Serves the repository root with @web/dev-server so the demo (demo/index.html) can load the
// built banner from /dist/cookie-consent.js; the shop page goes through the server helper. Does not build: `npm start` runs `npm run build`
// first. Usage: node scripts/serve-demo.mjs   (PORT=9000 to start looking at another port)
//
// Also exports startDemoServer() for scripts/screenshot.mjs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

export const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Where the demo's consent log keeps its decisions: an embedded PostgreSQL in this folder (git-ignored). */
const CONSENT_LOG_DATA = fileURLToPath(new URL('../.consent-log-demo', import.meta.url));
let consentLogStore = null;
/** The receiver, made once per origin the demo is served at: its rate limit counts across requests. */
const receivers = new Map();

/**
 * The demo's consent-endpoint (`/demo/consent-log`): the real receiver, `cookie-consent-banner/log`
 * on its embedded PostgreSQL, as a site would run it for proof of consent; it prints what it stored.
 * `npx cookie-consent-log verify --data .consent-log-demo` (with the demo stopped) checks the chain.
 */
async function consentLog(ctx, next) {
  if (ctx.path !== '/demo/consent-log') return next();
  const { ConsentLogStore, consentLogReceiver, openDatabase } = await import(new URL('../dist/lib/log/index.js', import.meta.url).href);
  consentLogStore ??= openDatabase({ dataDir: CONSENT_LOG_DATA }).then((db) => ConsentLogStore.open(db));
  const log = await consentLogStore;
  if (!receivers.has(ctx.origin)) receivers.set(ctx.origin, consentLogReceiver({ log, origins: [ctx.origin] }));
  const receive = receivers.get(ctx.origin);
  let body = '';
  for await (const chunk of ctx.req) body += chunk;
  const result = await receive({ method: ctx.method, origin: ctx.get('Origin') || null, contentType: ctx.get('Content-Type') || null, body, client: ctx.ip });
  console.log(result.status === 201 ? `consent log: stored decision ${body.length > 0 ? JSON.parse(body).id : ''} as ${result.body}` : `consent log: refused (${result.status}) ${result.body}`);
  ctx.status = result.status;
  ctx.set(result.headers);
  ctx.body = result.body;
}

/**
 * The shop page as a server using cookie-consent-banner/server renders it: the tags a returning
 * visitor granted are written plain, so the browser preloads them. The banner's configuration
 * is read from the page itself; "?gpc=1" stands for the Sec-GPC header, as
 * demo/simulate-gpc.js stands for the browser's signal, and "?region=US-CA" for the country
 * header a CDN sets (CF-IPCountry and cf-region-code are read too, as on a real deployment).
 * Takes a Koa context; `null` before `npm run build` has made dist/lib/server.
 */
export async function renderDemo(ctx) {
  const server = new URL('../dist/lib/server/index.js', import.meta.url);
  if (!existsSync(server)) return null;
  const { bannerMarkupIn, consentForRequest, regionFromHeaders, releaseGrantedMarkup, withRegion } = await import(server.href);
  const written = await readFile(new URL('../demo/index.html', import.meta.url), 'utf8');
  const asked = String(ctx.query.region ?? '');
  const cdn = asked ? { 'cf-ipcountry': asked.slice(0, 2), 'cf-region-code': asked } : ctx.headers;
  const page = withRegion(written, regionFromHeaders(cdn, { country: 'CF-IPCountry', subdivision: 'cf-region-code' }));
  const banner = bannerMarkupIn(page);
  const request = { cookie: ctx.get('Cookie'), secGpc: ctx.query.gpc === '1' ? '1' : ctx.get('Sec-GPC'), hostname: ctx.hostname };
  return releaseGrantedMarkup(page, consentForRequest(banner.attributes, request, { categories: banner.declared, services: banner.services, regions: banner.regions }));
}

/** Serves /demo/ rendered by {@link renderDemo}; without the built server helper, as a file. */
async function serverRelease(ctx, next) {
  if (ctx.path !== '/demo/' && ctx.path !== '/demo/index.html') return next();
  const page = await renderDemo(ctx);
  if (page === null) return next();
  ctx.type = 'text/html';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Vary', 'Cookie, Sec-GPC, CF-IPCountry');
  ctx.body = page;
}

/** How many ports after the first one to try when it is taken. */
const PORT_ATTEMPTS = 20;

/**
 * Whether `port` is free. Probes the way the dev server listens (no host, all interfaces: it
 * passes no host for 'localhost' / '127.0.0.1'), because startDevServer() cannot recover
 * from EADDRINUSE: it exits the process.
 */
function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', () => resolve(false));
    probe.listen({ port }, () => probe.close(() => resolve(true)));
  });
}

async function findFreePort(first) {
  for (let port = first; port < first + PORT_ATTEMPTS; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`no free port between ${first} and ${first + PORT_ATTEMPTS - 1}`);
}

/**
 * Starts the dev server on the first free port from `port` (default: $PORT, else 8000), serving
 * `rootDir` (default: the repository root).
 * Resolves to `{ server, port, url }`, `url` being the demo page; `server.stop()` stops it.
 */
export async function startDemoServer({ port = Number(process.env.PORT) || 8000, rootDir = ROOT_DIR } = {}) {
  const freePort = await findFreePort(port);
  const server = await startDevServer({
    config: {
      rootDir,
      port: freePort,
      hostname: '127.0.0.1',
      nodeResolve: false,
      open: false,
      watch: false,
      middleware: [consentLog, serverRelease],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    // The CLI below handles Ctrl+C itself; the screenshot script stops the server when done.
    autoExitProcess: false,
  });
  return { server, port: freePort, url: `http://localhost:${freePort}/demo/` };
}

const isMain = !!process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isMain) {
  if (!existsSync(new URL('../dist/cookie-consent.js', import.meta.url))) {
    console.warn('Warning: dist/cookie-consent.js is missing, so the demo has no banner. Run `npm run build` (or `npm start`).');
  }
  try {
    const { server, url } = await startDemoServer();
    console.log(`Demo running at ${url}`);
    let stopping = false;
    const stop = async () => {
      // A second Ctrl+C, or a server slow to close, exits at once.
      if (stopping) process.exit(0);
      stopping = true;
      setTimeout(() => process.exit(0), 1000).unref();
      await server.stop();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`Could not start the demo server: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
