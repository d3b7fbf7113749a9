// The consent-log receiver mounted in real servers, the way docs/consent-log.md shows: Express 5,
// Fastify 5 and Hono 4 (on @hono/node-server), each beside a route of the site's own that parses
// its bodies as that framework does. Each app is started on a free port and driven over HTTP
// with the beacons a banner sends; the embedded PostgreSQL (PGlite) stores them, and what it
// stored is read back. Run by `npm test` (scripts/test.mjs), or: node --test test/log/
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { ConsentLogStore, fetchConsentLogHandler, nodeConsentLogHandler, openDatabase } from '../../dist/lib/log/index.js';

const SITE = 'https://shop.example';

/** A decision as the banner sends it, made now, under its own consent id. */
function decision(n) {
  const now = new Date().toISOString();
  return {
    v: 2,
    id: `0f8fad5b-d9cb-469f-a165-${String(n).padStart(12, '0')}`,
    consent: { necessary: true, analytics: n % 2 === 0, targeting: false },
    granted: n % 2 === 0 ? ['necessary', 'analytics'] : ['necessary'],
    revision: '3',
    created: now,
    time: now,
    gpc: false,
    rule: 'opt-in',
    region: 'DE',
  };
}

/** Stops a Node server, closing the connections fetch keeps alive (which `close()` alone waits for). */
function closeServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The site's own JSON route, which must keep working beside the receiver. */
const ORDER = { sku: 'mug', quantity: 2 };

/**
 * Each framework's app, as docs/consent-log.md mounts the receiver in it: `start(log)` resolves to
 * the app's base URL and a function that stops it.
 */
const SERVERS = {
  'Express 5': async (log) => {
    const app = express();
    // The receiver reads its body itself (8 KB at most): it is mounted before any body parser.
    app.post('/consent-log', nodeConsentLogHandler({ log, origins: [SITE] }));
    app.use(express.json());
    app.post('/orders', (request, response) => response.status(201).json({ ordered: request.body }));
    const server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    return { url: `http://127.0.0.1:${server.address().port}`, stop: () => closeServer(server) };
  },
  'Fastify 5': async (log) => {
    const fastify = Fastify();
    fastify.post('/orders', async (request, reply) => reply.code(201).send({ ordered: request.body }));
    const receive = nodeConsentLogHandler({ log, origins: [SITE] });
    // Fastify parses JSON and text bodies before a handler runs; in this plugin's own scope every
    // content type passes unparsed, so the receiver reads (and bounds) the raw body itself.
    await fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (request, payload, done) => done(null));
      scope.post('/consent-log', (request, reply) => {
        reply.hijack();
        return receive(request.raw, reply.raw);
      });
    });
    const url = await fastify.listen({ port: 0, host: '127.0.0.1' });
    return { url, stop: () => fastify.close() };
  },
  'Hono 4': async (log) => {
    const app = new Hono();
    const handler = fetchConsentLogHandler({ log, origins: [SITE] });
    // The socket's address, for the rate limit (behind a proxy, read the header it sets instead).
    app.post('/consent-log', (c) => handler(c.req.raw, { client: getConnInfo(c).remote.address }));
    app.post('/orders', async (c) => c.json({ ordered: await c.req.json() }, 201));
    const server = await new Promise((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
    });
    return { url: `http://127.0.0.1:${server.address().port}`, stop: () => closeServer(server) };
  },
};

const post = (url, body, headers = {}) =>
  fetch(url, { method: 'POST', headers: { Origin: SITE, 'Content-Type': 'text/plain;charset=UTF-8', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

let ids = 0;
for (const [name, start] of Object.entries(SERVERS)) {
  // A handler that never reads its body (a framework parsed it first) hangs: fail, don't wait.
  describe(`the receiver mounted in ${name}`, { timeout: 15_000 }, () => {
    let db;
    let log;
    let app;
    before(async () => {
      db = await openDatabase({ dataDir: 'memory://' });
      log = await ConsentLogStore.open(db);
      app = await start(log);
    });
    after(async () => {
      await app?.stop();
      await db?.close();
    });

    it('stores a cross-origin beacon (text/plain) and a same-origin one (application/json), and answers 201 with the record\'s hash', async () => {
      const crossOrigin = decision((ids += 1));
      const sameOrigin = decision((ids += 1));
      const first = await post(`${app.url}/consent-log`, crossOrigin);
      assert.equal(first.status, 201, await first.clone().text());
      assert.match((await first.json()).hash, /^[0-9a-f]{64}$/);
      const second = await post(`${app.url}/consent-log`, sameOrigin, { 'Content-Type': 'application/json' });
      assert.equal(second.status, 201, await second.clone().text());
      const [stored] = await log.history(crossOrigin.id);
      assert.deepEqual(stored.entry.consent, crossOrigin.consent);
      assert.deepEqual((await log.history(sameOrigin.id)).map((row) => row.entry.granted), [sameOrigin.granted]);
    });

    it('refuses another origin (403), a body over 8 KB (413) and a body that is not a decision (422), and stores none of them', async () => {
      const before = await log.size();
      const foreign = decision((ids += 1));
      assert.equal((await post(`${app.url}/consent-log`, foreign, { Origin: 'https://forger.example' })).status, 403);
      assert.equal((await post(`${app.url}/consent-log`, { ...decision((ids += 1)), padding: 'x'.repeat(9000) })).status, 413);
      assert.equal((await post(`${app.url}/consent-log`, { ...decision((ids += 1)), ip: '203.0.113.7' })).status, 422);
      assert.equal(await log.size(), before);
      assert.deepEqual(await log.history(foreign.id), []);
    });

    it('a chunked body with no length that goes past 8 KB is cut off with a 413, not read whole', async () => {
      const before = await log.size();
      const chunk = new TextEncoder().encode('x'.repeat(4096));
      let sent = 0;
      // A stream the server has to pull: 1 MB at most, in 4 KB chunks.
      const body = new ReadableStream({
        pull(controller) {
          if (sent >= 256) return controller.close();
          sent += 1;
          controller.enqueue(chunk);
        },
      });
      const response = await fetch(`${app.url}/consent-log`, { method: 'POST', headers: { Origin: SITE, 'Content-Type': 'text/plain' }, body, duplex: 'half' }).catch((error) => ({ status: `no answer: ${error.cause?.code ?? error.message}` }));
      assert.equal(response.status, 413);
      assert.equal(await log.size(), before);
    });

    it('leaves the site\'s own routes as they were: its JSON body parser still serves them', async () => {
      const response = await fetch(`${app.url}/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ORDER) });
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { ordered: ORDER });
    });
  });
}
