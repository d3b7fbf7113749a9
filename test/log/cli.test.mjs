// `npx cookie-consent-log` as a process: it prints its URL, stores what it acknowledges, and a
// SIGKILL in the middle of a load loses no acknowledged decision, on the embedded PostgreSQL
// (a data folder) and on a PostgreSQL server this run starts. Then the audit commands.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres-server.mjs';

const CLI = fileURLToPath(new URL('../../bin/cookie-consent-log.mjs', import.meta.url));
const SITE = 'https://shop.example';

/** Starts the receiver; resolves with its process and URL once it says where it listens. */
function serve(args, env = {}) {
  // One client (this test) sends the whole load: no rate limit in its way.
  const child = spawn(process.execPath, [CLI, '--port', '0', '--origin', SITE, '--rate-limit', '1000000', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 30_000);
    const read = (chunk) => {
      output += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve({ child, url: found[1] });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

const decision = (i) => {
  const now = new Date().toISOString();
  return JSON.stringify({ v: 2, id: `visitor-${String(i).padStart(6, '0')}`, consent: { necessary: true, analytics: i % 2 === 0 }, granted: i % 2 === 0 ? ['necessary', 'analytics'] : ['necessary'], revision: '1', created: now, time: now, gpc: false, rule: 'site' });
};
const send = (url, i) =>
  fetch(url, { method: 'POST', headers: { Origin: SITE, 'Content-Type': 'text/plain' }, body: decision(i) }).then(
    async (response) => ({ i, status: response.status, hash: response.status === 201 ? (await response.json()).hash : null }),
    () => ({ i, status: 0, hash: null }),
  );
/** Resolves once `child` has exited (at once if it has: a killed process has a signalCode, not an exitCode). */
const exited = (child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Runs an audit command; resolves with its exit status and output. */
const audit = (args, env = {}) => spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

const postgres = await startPostgres();
after(() => postgres?.remove());
const KINDS = [
  ['the embedded PostgreSQL in a data folder', () => ({ args: ['--data', mkdtempSync(join(tmpdir(), 'consent-log-cli-'))], env: {} })],
  ...(postgres ? [['a PostgreSQL server', () => ({ args: [], env: { DATABASE_URL: postgres.url } })]] : []),
];

for (const [name, where] of KINDS) {
  describe(`npx cookie-consent-log on ${name}`, () => {
    const { args, env } = where();
    after(() => {
      const data = args[1];
      if (data) rmSync(data, { recursive: true, force: true });
    });

    it('killed with SIGKILL during a load, it loses no acknowledged decision, and verify proves the chain after a restart', async () => {
      const first = await serve(args, env);
      const acknowledged = [];
      let sent = 0;
      let killed = false;
      // Eight clients in a loop until the receiver dies.
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (!killed) {
            const result = await send(first.url, sent++);
            if (result.status === 201) acknowledged.push(result);
            if (acknowledged.length >= 150 && !killed) {
              killed = true;
              first.child.kill('SIGKILL');
            }
            // Refused (the receiver is gone, or anything unexpected): this client stops.
            if (result.status !== 201) return;
          }
        }),
      );
      await exited(first.child);
      assert.ok(acknowledged.length >= 150, `acknowledged ${acknowledged.length}`);
      const second = await serve(args, env);
      second.child.kill('SIGTERM');
      await exited(second.child);
      const verify = audit(['verify', ...args], env);
      assert.equal(verify.status, 0, verify.stdout + verify.stderr);
      const stored = audit(['export', '--from', '2020-01-01', '--to', '2100-01-01', ...args], env);
      assert.equal(stored.status, 0, stored.stderr);
      const hashes = new Set(stored.stdout.trim().split('\n').map((line) => JSON.parse(line).hash));
      const lost = acknowledged.filter((result) => !hashes.has(result.hash));
      assert.deepEqual(lost, [], 'every acknowledged decision is stored');
      console.log(`# SIGKILL on ${name}: ${acknowledged.length} acknowledged before the kill, ${hashes.size} stored after the restart, 0 lost`);
      assert.match(verify.stdout, /^ok: \d+ decisions, chain head [0-9a-f]{64}/);
    });

    it('answers the audit commands: history, counts, and a refused origin stored nothing', async () => {
      const server = await serve(args, env);
      try {
        const refused = await fetch(server.url, { method: 'POST', headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' }, body: decision(999_999) });
        assert.equal(refused.status, 403);
        assert.equal((await send(server.url, 999_998)).status, 201);
      } finally {
        server.child.kill('SIGTERM');
        await exited(server.child);
      }
      const history = audit(['history', 'visitor-999998', ...args], env);
      assert.equal(history.status, 0, history.stderr);
      assert.equal(history.stdout.trim().split('\n').length, 1);
      assert.equal(audit(['history', 'visitor-999999', ...args], env).stdout.trim(), '', 'the refused one is not stored');
      const counts = audit(['counts', ...args], env);
      assert.match(counts.stdout, /revision 1\tgranted: necessary analytics/);
    });
  });
}

describe('npx cookie-consent-log: mistakes', () => {
  it('says what is missing, with the usage, and exits 2', () => {
    const result = audit(['serve', '--data', 'memory://']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--origin is needed/);
    assert.match(audit(['--retain-months', 'soon']).stderr, /--retain-months must be a whole number/);
  });
});
