// The consent-log receiver (cookie-consent-banner/log, as built in dist/lib/log), with a real
// database: the embedded PostgreSQL (PGlite) always, and a PostgreSQL server that this run
// starts itself when one is installed (Debian's `postgresql`; .ci/run installs it). The same
// tests run against both. Run by `npm test` (scripts/test.mjs), or: node --test test/log/
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ConsentLogStore, consentLogReceiver, fetchConsentLogHandler, nodeConsentLogHandler, openDatabase } from '../../dist/lib/log/index.js';
import { startPostgres } from './postgres-server.mjs';

const SITE = 'https://shop.example';
const NOW = new Date('2026-12-01T12:00:00.000Z');

/** A valid entry, as the banner sends it; `changes` override fields (undefined removes one). */
function entry(changes = {}) {
  const base = {
    v: 2,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    consent: { necessary: true, analytics: true, targeting: false },
    granted: ['necessary', 'analytics'],
    revision: '3',
    created: '2026-11-30T10:00:00.000Z',
    time: '2026-12-01T11:59:00.000Z',
    gpc: false,
    rule: 'opt-in',
    region: 'DE',
  };
  const merged = { ...base, ...changes };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  return merged;
}

const beacon = (body, changes = {}) => ({
  method: 'POST',
  origin: SITE,
  contentType: 'text/plain;charset=UTF-8',
  body: typeof body === 'string' ? body : JSON.stringify(body),
  client: '203.0.113.7',
  ...changes,
});

const postgres = await startPostgres();
if (!postgres) console.log('# PostgreSQL is not installed: the tests run on the embedded PostgreSQL only (install it with: sudo apt-get install -y postgresql)');
after(() => postgres?.remove());

const STORES = [
  ['the embedded PostgreSQL (PGlite)', () => openDatabase({ dataDir: 'memory://' })],
  ...(postgres ? [['a PostgreSQL server', () => openDatabase({ url: postgres.url })]] : []),
];

for (const [name, open] of STORES) {
  describe(`consent log on ${name}`, () => {
    let db;
    let log;
    before(async () => {
      db = await open();
      log = await ConsentLogStore.open(db);
    });
    after(() => db.close());
    /** Empties the log between tests (the chain restarts). */
    const reset = () => db.query('TRUNCATE consent_log; DELETE FROM consent_log_anchor').catch(async () => {
      await db.query('TRUNCATE consent_log');
      await db.query('DELETE FROM consent_log_anchor');
    });

    it('stores a cross-origin (text/plain) and a same-origin (application/json) beacon, answering 201 once committed', async () => {
      await reset();
      const receive = consentLogReceiver({ log, origins: [SITE], now: () => NOW });
      const first = await receive(beacon(entry()));
      assert.equal(first.status, 201, first.body);
      const second = await receive(beacon(entry({ time: '2026-12-01T11:59:30.000Z', granted: ['necessary'], consent: { necessary: true, analytics: false, targeting: false } }), { contentType: 'application/json' }));
      assert.equal(second.status, 201, second.body);
      const history = await log.history(entry().id);
      assert.equal(history.length, 2);
      assert.deepEqual(history[0].entry, entry());
      assert.equal(history[1].prevHash, history[0].hash);
      assert.equal(JSON.parse(first.body).hash, history[0].hash);
    });

    it('refuses with a 4xx, and never stores, what it cannot vouch for', async () => {
      await reset();
      const receive = consentLogReceiver({ log, origins: [SITE], now: () => NOW });
      const cases = [
        [403, beacon(entry(), { origin: 'https://evil.example' })],
        [403, beacon(entry(), { origin: null })],
        [405, beacon(entry(), { method: 'GET' })],
        [415, beacon(entry(), { contentType: 'application/x-www-form-urlencoded' })],
        [413, beacon(entry(), { body: null })],
        [400, beacon('{"v":2,')],
        [422, beacon(entry({ admin: true }))],
        [422, beacon(entry({ rule: undefined }))],
        [422, beacon(entry({ gpc: 'no' }))],
        [422, beacon(entry({ id: 'x' }))],
        [422, beacon(entry({ time: '2031-01-01T00:00:00.000Z' }))],
        [422, beacon(entry({ created: '1999-01-01T00:00:00.000Z' }))],
        [422, beacon(entry({ created: '2026-12-01T11:59:59.000Z', time: '2026-12-01T11:00:00.000Z' }))],
        [422, beacon(entry({ granted: ['necessary', 'targeting'] }))],
        [422, beacon(entry({ consent: { necessary: false } }))],
        [422, beacon(entry({ region: 'Germany' }))],
        [422, beacon('{"__proto__":{"admin":true},"v":2}')],
        [422, beacon('[]')],
      ];
      for (const [status, request] of cases) assert.equal((await receive(request)).status, status, `${status} for ${JSON.stringify(request).slice(0, 160)}`);
      assert.equal(await log.size(), 0, 'nothing stored');
    });

    it('throttles a flood from one client while another client is still served; the counting is not stored', async () => {
      await reset();
      const receive = consentLogReceiver({ log, origins: [SITE], now: () => NOW, rateLimit: { perMinute: 6, burst: 5 } });
      const flood = [];
      for (let i = 0; i < 12; i++) flood.push((await receive(beacon(entry(), { client: '198.51.100.1' }))).status);
      assert.deepEqual(flood.slice(0, 5), [201, 201, 201, 201, 201]);
      assert.ok(flood.slice(5).every((status) => status === 429), flood.join());
      assert.equal((await receive(beacon(entry(), { client: '198.51.100.2' }))).status, 201, 'another client is served');
      assert.equal(await log.size(), 6);
      const columns = (await db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'consent_log'")).rows.map((row) => row.column_name);
      assert.ok(!columns.some((column) => /ip|addr|agent|client/.test(column)), `no client data stored: ${columns.join(', ')}`);
    });

    it('verify proves the chain, and finds an altered row and a removed one', async () => {
      await reset();
      for (let i = 0; i < 5; i++) await log.append(entry({ revision: String(i + 1) }), new Date(NOW.getTime() + i));
      assert.deepEqual(await log.verify().then(({ ok, checked }) => ({ ok, checked })), { ok: true, checked: 5 });
      const [, second, third] = (await db.query('SELECT seq FROM consent_log ORDER BY seq')).rows.map((row) => Number(row.seq));
      await db.query(`UPDATE consent_log SET entry = jsonb_set(entry, '{granted}', '["necessary","analytics","targeting"]') WHERE seq = $1`, [second]);
      const altered = await log.verify();
      assert.equal(altered.ok, false);
      assert.equal(altered.brokenAt, second);
      await reset();
      for (let i = 0; i < 5; i++) await log.append(entry({ revision: String(i + 1) }), new Date(NOW.getTime() + i));
      const seqs = (await db.query('SELECT seq FROM consent_log ORDER BY seq')).rows.map((row) => Number(row.seq));
      await db.query('DELETE FROM consent_log WHERE seq = $1', [seqs[2]]);
      const removed = await log.verify();
      assert.equal(removed.ok, false);
      assert.equal(removed.brokenAt, seqs[3]);
      void third;
    });

    it('deletes decisions past the retention period, and the chain still verifies from where it resumes', async () => {
      await reset();
      const old = new Date('2022-06-01T00:00:00.000Z');
      for (let i = 0; i < 3; i++) await log.append(entry({ created: '2022-05-01T00:00:00.000Z', time: '2022-05-31T00:00:00.000Z' }), new Date(old.getTime() + i));
      for (let i = 0; i < 2; i++) await log.append(entry(), new Date(NOW.getTime() + i));
      assert.equal(await log.purge(36, NOW), 3);
      assert.equal(await log.size(), 2);
      assert.equal((await log.verify()).ok, true);
      await log.append(entry(), new Date(NOW.getTime() + 10));
      assert.deepEqual(await log.verify().then(({ ok, checked }) => ({ ok, checked })), { ok: true, checked: 3 });
    });

    it('exports a range as NDJSON and CSV, and counts decisions by revision and choice', async () => {
      await reset();
      await log.append(entry(), new Date('2026-11-15T00:00:00.000Z'));
      await log.append(entry({ granted: ['necessary'], consent: { necessary: true, analytics: false, targeting: false } }), new Date('2026-11-16T00:00:00.000Z'));
      await log.append(entry(), new Date('2026-12-15T00:00:00.000Z'));
      const lines = [];
      for await (const line of log.export(new Date('2026-11-01'), new Date('2026-12-01'), 'ndjson')) lines.push(JSON.parse(line));
      assert.equal(lines.length, 2);
      assert.deepEqual(lines[0].entry, entry());
      const csv = [];
      for await (const line of log.export(new Date('2026-11-01'), new Date('2026-12-01'), 'csv')) csv.push(line.trimEnd());
      assert.equal(csv[0], 'seq,received_at,consent_id,time,revision,rule,region,gpc,granted,denied,hash');
      assert.match(csv[2], /,necessary,analytics targeting,[0-9a-f]{64}$/);
      assert.deepEqual(await log.counts(), [
        { revision: '3', granted: 'necessary analytics', decisions: 2 },
        { revision: '3', granted: 'necessary', decisions: 1 },
      ]);
    });

    it('keeps one chain under 200 concurrent beacons: every acknowledged decision is stored', async () => {
      await reset();
      const receive = consentLogReceiver({ log, origins: [SITE], now: () => NOW, rateLimit: { perMinute: 1e6, burst: 1e6 } });
      const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => receive(beacon(entry({ revision: `r${i}` }), { client: `c${i % 7}` }))));
      assert.ok(answers.every((answer) => answer.status === 201));
      assert.equal(await log.size(), 200);
      assert.deepEqual(await log.verify().then(({ ok, checked }) => ({ ok, checked })), { ok: true, checked: 200 });
    });

    it('hostile bodies (fast-check) never get a 5xx and are never stored unless they are a decision record', async () => {
      await reset();
      const receive = consentLogReceiver({ log, origins: [SITE], now: () => NOW, rateLimit: { perMinute: 1e6, burst: 1e6 } });
      const body = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.jsonValue().map((value) => JSON.stringify(value)),
        fc.record({ v: fc.constantFrom(1, 2, '2'), id: fc.string(), consent: fc.jsonValue(), granted: fc.jsonValue(), revision: fc.jsonValue(), created: fc.string(), time: fc.string(), gpc: fc.jsonValue(), rule: fc.jsonValue() }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
        fc.dictionary(fc.constantFrom('v', 'id', 'rule', '__proto__', 'constructor', 'granted'), fc.jsonValue()).map((value) => JSON.stringify({ ...entry(), ...value })),
      );
      let stored = 0;
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const { status } = await receive(beacon(text));
          assert.ok(status < 500, `status ${status} for ${text.slice(0, 120)}`);
          if (status === 201) stored++;
        }),
        { numRuns: 300 },
      );
      assert.equal(await log.size(), stored);
      assert.equal((await log.verify()).ok, true);
    });

    it('mounts in a Node http server and as a fetch handler', async () => {
      await reset();
      const handler = nodeConsentLogHandler({ log, origins: [SITE] });
      const server = createServer((request, response) => void handler(request, response));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${server.address().port}/consent-log`;
      const now = new Date().toISOString();
      const fresh = entry({ created: now, time: now });
      try {
        const ok = await fetch(url, { method: 'POST', headers: { Origin: SITE, 'Content-Type': 'text/plain' }, body: JSON.stringify(fresh) });
        assert.equal(ok.status, 201);
        const big = await fetch(url, { method: 'POST', headers: { Origin: SITE, 'Content-Type': 'text/plain' }, body: 'x'.repeat(20_000) });
        assert.equal(big.status, 413);
      } finally {
        server.close();
      }
      const fetchHandler = fetchConsentLogHandler({ log, origins: [SITE] });
      const response = await fetchHandler(new Request('https://log.example/consent-log', { method: 'POST', headers: { Origin: SITE, 'Content-Type': 'application/json' }, body: JSON.stringify(fresh) }), { client: '192.0.2.1' });
      assert.equal(response.status, 201);
      assert.equal(await log.size(), 2);
    });
  });
}

if (postgres)
  describe('consent log on a PostgreSQL server that stops', () => {
    it('stopped in the middle of a load: 503, never 2xx, while it is down; it recovers by itself, and exactly the acknowledged decisions are stored', async () => {
      const db = await openDatabase({ url: postgres.url });
      const log = await ConsentLogStore.open(db);
      const receive = consentLogReceiver({ log, origins: [SITE], now: () => NOW, rateLimit: { perMinute: 1e6, burst: 1e6 } });
      const before = await log.size();
      const answers = [];
      let phase = 'up';
      let stop = false;
      const workers = Array.from({ length: 6 }, async (_, worker) => {
        for (let n = 0; !stop; n++) {
          const at = phase;
          const { status } = await receive(beacon(entry({ revision: `w${worker}n${n}` })));
          answers.push({ at, status });
          if (status !== 201) await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      const acked = () => answers.filter((answer) => answer.status === 201).length;
      while (acked() < 60) await new Promise((resolve) => setTimeout(resolve, 10));
      phase = 'down';
      postgres.stop();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      phase = 'back';
      postgres.start();
      const ackedBeforeBack = acked();
      for (let waited = 0; acked() < ackedBeforeBack + 60 && waited < 15_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      stop = true;
      await Promise.all(workers);
      const down = answers.filter((answer) => answer.at === 'down');
      assert.ok(down.some((answer) => answer.status === 503), `503 while down: ${down.map((answer) => answer.status).join()}`);
      assert.ok(down.every((answer) => answer.status === 503 || answer.status === 201), 'nothing but 503 (or a commit that made it before the stop)');
      assert.ok(answers.filter((answer) => answer.at === 'back').some((answer) => answer.status === 201), 'served again once PostgreSQL is back');
      assert.ok(answers.every((answer) => answer.status < 500 || answer.status === 503));
      assert.equal(await log.size(), before + acked(), 'exactly the acknowledged decisions are stored');
      assert.equal((await log.verify()).ok, true);
      console.log(`# outage: ${acked()} acknowledged, ${answers.filter((answer) => answer.status === 503).length} answered 503, ${(await log.size()) - before} stored`);
      await db.close();
    });
  });
