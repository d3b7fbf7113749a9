// `npm run bench:log`: the consent-log receiver under load on loopback, for both stores: the
// embedded PostgreSQL (PGlite) in a data folder, and a PostgreSQL server started for the run
// (Debian's postgresql; skipped with the install command when it is absent). Each runs as its
// own process, `npx cookie-consent-log`, behind which many concurrent clients (distinct
// addresses through --trust-proxy, each within the rate limit's reach) send decisions for
// --seconds (60). Prints throughput, p50/p99 latency, and acknowledged vs stored (must be equal),
// and writes the same to bench/LOG-RESULTS.md.
//   node bench/consent-log.mjs [--seconds 60] [--clients 64]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../test/log/postgres-server.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, clients: { type: 'string', default: '64' } } });
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const CLI = fileURLToPath(new URL('../bin/cookie-consent-log.mjs', import.meta.url));
const SITE = 'https://shop.example';

function serve(args, env) {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--origin', SITE, '--trust-proxy', '--rate-limit', '1000000', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found) resolve({ child, url: found[1] });
    });
    child.once('exit', (code) => reject(new Error(`the receiver exited with ${code}`)));
  });
}

const body = (client, n) => {
  const now = new Date().toISOString();
  return JSON.stringify({ v: 2, id: `bench-${client}-${n}`, consent: { necessary: true, analytics: n % 2 === 0, targeting: false }, granted: n % 2 === 0 ? ['necessary', 'analytics'] : ['necessary'], revision: '1', created: now, time: now, gpc: false, rule: 'site' });
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function load(url) {
  const latencies = [];
  let acknowledged = 0;
  let refused = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const address = `10.0.${Math.floor(client / 250)}.${(client % 250) + 1}`;
      for (let n = 0; Date.now() < end; n++) {
        const started = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { Origin: SITE, 'Content-Type': 'text/plain', 'X-Forwarded-For': address }, body: body(client, n) });
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (response.status === 201) acknowledged++;
        else refused++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { acknowledged, refused, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const postgres = await startPostgres();
if (!postgres) console.log('PostgreSQL is not installed: only the embedded store is measured. Install it with:  sudo apt-get install -y postgresql');
const data = mkdtempSync(join(tmpdir(), 'consent-log-bench-'));
const stores = [
  ['embedded PostgreSQL (PGlite), data folder', ['--data', data], {}],
  ...(postgres ? [['PostgreSQL 15 server (pg)', [], { DATABASE_URL: postgres.url }]] : []),
];

const report = [];
const out = (line) => {
  console.log(line);
  report.push(line);
};
out(`consent-log bench: ${CLIENTS} concurrent clients for ${SECONDS} s per store, loopback, ${new Date().toISOString().slice(0, 10)}\n`);
out('| store | decisions/s | p50 (ms) | p99 (ms) | acknowledged | stored | refused |');
out('|---|---:|---:|---:|---:|---:|---:|');
let failed = false;
try {
  for (const [label, args, env] of stores) {
    const { child, url } = await serve(args, env);
    const result = await load(url);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    const counted = spawnSync(process.execPath, [CLI, 'counts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
    const stored = counted.stdout.split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line.split('\t')[0]), 0);
    out(`| ${label} | ${(result.acknowledged / SECONDS).toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.acknowledged} | ${stored} | ${result.refused} |`);
    if (stored !== result.acknowledged) failed = true;
  }
} finally {
  postgres?.remove();
  rmSync(data, { recursive: true, force: true });
}
writeFileSync(
  new URL('LOG-RESULTS.md', import.meta.url),
  `# Consent-log bench\n\nReproduce: \`npm run bench:log\` (node bench/consent-log.mjs --seconds ${SECONDS} --clients ${CLIENTS}); what it measures: docs/consent-log.md.\n\n${report.join('\n')}\n\nMachine: ${cpus().length} cores (the load generator, the receiver and PostgreSQL share them), Node ${process.versions.node}.\n`,
);
if (failed) {
  console.error('\nacknowledged and stored differ: a decision was acknowledged and not kept, or kept without an acknowledgement.');
  process.exit(1);
}
