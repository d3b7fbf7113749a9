// The bench's web server, on 127.0.0.1: the pages of bench/pages.mjs, the repository's dist/,
// the peers' files from node_modules, the "server" tool's page released by our server helper, and stand-in third-party scripts that record when they
// ran (and can spin the CPU, as heavy tags do). It logs every gated URL requested, so the bench
// can check that nothing was fetched before consent.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bannerMarkupIn, consentForRequest, releaseGrantedMarkup } from '../dist/lib/server/index.js';
import { page } from './pages.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json' };
/** URL prefix → folder served under it. */
const FOLDERS = {
  '/dist/': join(ROOT, 'dist'),
  '/vendor/cc/': join(ROOT, 'node_modules/vanilla-cookieconsent/dist'),
  '/vendor/klaro/': join(ROOT, 'node_modules/klaro/dist'),
};

/** A stand-in third-party script: records its run; `spin` ms of busy work like a heavy tag. */
const gatedScript = (name, spin) =>
  `(window.__runs = window.__runs || []).push([${JSON.stringify(name)}, performance.now()]);` +
  (spin ? `for (const end = performance.now() + ${spin}; performance.now() < end;);` : '');

export async function startServer() {
  const gatedRequests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const send = (status, type, body) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    try {
      if (url.pathname.startsWith('/page/')) {
        const [, , tool, kind] = url.pathname.split('/');
        if (tool !== 'server') return send(200, 'text/html', page(tool, kind));
        // As a server using cookie-consent-banner/server renders it: granted tags written plain.
        const html = page(tool, kind);
        const banner = bannerMarkupIn(html);
        const consent = consentForRequest(banner.attributes, { cookie: request.headers.cookie, secGpc: request.headers['sec-gpc'] }, banner.declared);
        return send(200, 'text/html', releaseGrantedMarkup(html, consent));
      }
      if (url.pathname === '/empty.js') return send(200, 'text/javascript', '');
      const gated = /^\/gated\/([\w-]+)\.js$/.exec(url.pathname);
      if (gated) {
        gatedRequests.push({ url: url.pathname, at: Date.now() });
        return send(200, 'text/javascript', gatedScript(gated[1], Number(url.searchParams.get('spin')) || 0));
      }
      const prefix = Object.keys(FOLDERS).find((candidate) => url.pathname.startsWith(candidate));
      if (!prefix) return send(404, 'text/plain', 'not found');
      const file = normalize(join(FOLDERS[prefix], url.pathname.slice(prefix.length)));
      if (!file.startsWith(FOLDERS[prefix])) return send(403, 'text/plain', 'forbidden');
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Gated URLs requested since `since` (ms since epoch). */
    gatedSince: (since) => gatedRequests.filter((entry) => entry.at >= since),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
