// The bench's web server, on 127.0.0.1 (plain HTTP/1.1: no push, no early hints, no preload
// headers, so the phone condition's emulated network applies to every byte): the pages of
// bench/pages.mjs, the repository's dist/, the peers' files from node_modules, the bare Lit
// floor from bench/.build/, the "server" tool's page released by our server helper, and
// stand-in third-party scripts that record when they ran (and can spin the CPU, as heavy tags
// do). It logs every gated URL requested, so the bench can check that nothing was fetched
// before consent.
// Pages are `no-store`; every asset (dist files, vendors' files, the floor, the empty script,
// the gated scripts) is `public, max-age=31536000, immutable`, so a returning visitor's warm
// HTTP cache holds them. Text is sent gzip-compressed (level 9) when the browser accepts it, as
// a CDN would; compressed files are kept in memory, keyed by path and mtime.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { page } from './pages.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json' };
/** URL prefix → folder served under it. */
const FOLDERS = {
  '/dist/': join(ROOT, 'dist'),
  '/vendor/cc/': join(ROOT, 'node_modules/vanilla-cookieconsent/dist'),
  '/vendor/klaro/': join(ROOT, 'node_modules/klaro/dist'),
  '/vendor/zest/': join(ROOT, 'node_modules/@freshjuice/zest/dist'),
  '/bench-build/': join(ROOT, 'bench/.build'),
};
const NO_STORE = 'no-store';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A stand-in third-party script: records its run; `spin` ms of busy work like a heavy tag. */
const gatedScript = (name, spin) =>
  `(window.__runs = window.__runs || []).push([${JSON.stringify(name)}, performance.now()]);` +
  (spin ? `for (const end = performance.now() + ${spin}; performance.now() < end;);` : '');

/** cookie-consent-banner/server from dist/lib, or null when that build is absent. */
async function loadServerHelpers() {
  try {
    return await import(new URL('../dist/lib/server/index.js', import.meta.url).href);
  } catch {
    return null;
  }
}

/**
 * The auto-blocking overhead page: our banner with one service, whose URL patterns (`with`) match
 * nothing the page inserts, or which has none (`without`: nothing is patched); then a script
 * inserts 500 elements the way tag loaders do (250 images by the src property, 250 scripts by
 * setAttribute) and records how long that took, in `__overhead`.
 */
const overheadPage = (withPatterns) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Overhead</title>
<script src="/dist/cookie-consent.js"></script></head><body>
<cookie-consent policy-url="/privacy"><cookie-service name="tracker" category="analytics"${withPatterns ? ' urls="tracker.example *.ads.example/pixel"' : ''}></cookie-service></cookie-consent>
<footer><a href="#" data-cookie-consent="preferences">Cookie settings</a></footer>
<script>
  const start = performance.now();
  for (let i = 0; i < 500; i += 1) {
    if (i % 2) {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
      document.body.appendChild(image);
    } else {
      const script = document.createElement('script');
      script.setAttribute('src', '/empty.js');
      document.head.appendChild(script);
    }
  }
  window.__overhead = performance.now() - start;
</script></body></html>`;

/** Starts the server; `folders` adds URL prefixes served from other folders (bench/ab.mjs serves the baseline build under /baseline/). */
export async function startServer(folders = {}) {
  const served = { ...FOLDERS, ...folders };
  const helpers = await loadServerHelpers();
  const gatedRequests = [];
  /** path → { mtimeMs, raw, gzip } */
  const files = new Map();
  const readCached = async (file) => {
    const { mtimeMs } = await stat(file);
    const cached = files.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const raw = await readFile(file);
    const entry = { mtimeMs, raw, gzip: gzipSync(raw, { level: 9 }) };
    files.set(file, entry);
    return entry;
  };
  const gatedCache = new Map();

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    /** `body` is a Buffer or string; `gzip`, when given, is its compressed form. */
    const send = (status, type, body, cache = NO_STORE, gzip = undefined) => {
      const headers = { 'Content-Type': type, 'Cache-Control': cache, Vary: 'Accept-Encoding' };
      let payload = body;
      if (acceptsGzip && status === 200 && type !== 'application/octet-stream') {
        payload = gzip ?? gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = Buffer.byteLength(payload);
      response.writeHead(status, headers);
      response.end(payload);
    };
    try {
      if (url.pathname.startsWith('/page/')) {
        const [, , tool, kind] = url.pathname.split('/');
        if (tool !== 'server') return send(200, 'text/html', page(tool, kind));
        if (!helpers) return send(404, 'text/plain', 'dist/lib/server is absent');
        // As a server using cookie-consent-banner/server renders it: granted tags written plain.
        const html = page(tool, kind);
        const banner = helpers.bannerMarkupIn(html);
        const consent = helpers.consentForRequest(banner.attributes, { cookie: request.headers.cookie, secGpc: request.headers['sec-gpc'] }, { categories: banner.declared, services: banner.services });
        return send(200, 'text/html', helpers.releaseGrantedMarkup(html, consent));
      }
      if (url.pathname === '/empty.js') return send(200, 'text/javascript', '', IMMUTABLE);
      const overhead = /^\/overhead\/(with|without)$/.exec(url.pathname);
      if (overhead) return send(200, 'text/html', overheadPage(overhead[1] === 'with'));
      const gated = /^\/gated\/([\w-]+)\.js$/.exec(url.pathname);
      if (gated) {
        gatedRequests.push({ url: url.pathname, at: Date.now() });
        const key = `${gated[1]}:${url.searchParams.get('spin')}`;
        if (!gatedCache.has(key)) {
          const code = gatedScript(gated[1], Number(url.searchParams.get('spin')) || 0);
          gatedCache.set(key, { raw: code, gzip: gzipSync(code, { level: 9 }) });
        }
        const { raw, gzip } = gatedCache.get(key);
        return send(200, 'text/javascript', raw, IMMUTABLE, gzip);
      }
      const prefix = Object.keys(served).find((candidate) => url.pathname.startsWith(candidate));
      if (!prefix) return send(404, 'text/plain', 'not found');
      const file = normalize(join(served[prefix], url.pathname.slice(prefix.length)));
      if (!file.startsWith(served[prefix])) return send(403, 'text/plain', 'forbidden');
      const { raw, gzip } = await readCached(file);
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', raw, IMMUTABLE, gzip);
    } catch {
      return send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Whether the "server" tool can run: dist/lib/server/index.js was found. */
    releaseAvailable: helpers !== null,
    /** Gated URLs requested since `since` (ms since epoch). */
    gatedSince: (since) => gatedRequests.filter((entry) => entry.at >= since),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
