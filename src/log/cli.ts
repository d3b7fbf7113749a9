/// <reference types="node" />
/**
 * `npx cookie-consent-log`: the consent-log receiver on its own, and the audit commands.
 *
 *   cookie-consent-log [serve] --origin https://shop.example [--origin …] [--port 8787] [--host 127.0.0.1]
 *                      [--data ./consent-log-data] [--retain-months 36] [--rate-limit 30] [--trust-proxy]
 *   cookie-consent-log verify | counts | history <consent-id> | purge [--retain-months 36]
 *   cookie-consent-log export --from 2026-01-01 --to 2026-02-01 [--format ndjson|csv]
 *
 * With DATABASE_URL set it uses that PostgreSQL; otherwise the embedded one in --data.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { ConsentLogStore } from './consent-log-store.js';
import { openDatabase } from './database.js';
import { DEFAULT_RATE_LIMIT } from './rate-limit.js';
import { nodeConsentLogHandler } from './receiver.js';

const USAGE = `usage: cookie-consent-log [serve] --origin https://your.site [--origin …] [--port 8787] [--host 127.0.0.1] [--data dir] [--retain-months 36]
                          [--rate-limit 30 (decisions per minute per client)] [--trust-proxy (the client is X-Forwarded-For's first address)]
       cookie-consent-log verify | counts | history <consent-id> | purge [--retain-months 36]
       cookie-consent-log export --from YYYY-MM-DD --to YYYY-MM-DD [--format ndjson|csv]
DATABASE_URL=postgres://… uses that PostgreSQL instead of the embedded one in --data.`;

function fail(message: string): never {
  console.error(`cookie-consent-log: ${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        origin: { type: 'string', multiple: true, default: [] },
        data: { type: 'string', default: './consent-log-data' },
        'retain-months': { type: 'string', default: '36' },
        'rate-limit': { type: 'string', default: String(DEFAULT_RATE_LIMIT.perMinute) },
        'trust-proxy': { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string', default: 'ndjson' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command = 'serve', argument] = positionals;
const retainMonths = Number(values['retain-months']);
if (!Number.isInteger(retainMonths) || retainMonths < 1) fail(`--retain-months must be a whole number of months, not "${values['retain-months']}"`);
const date = (name: 'from' | 'to'): Date => {
  const value = values[name];
  const parsed = value ? new Date(value) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) return fail(`--${name} needs a date, e.g. --${name} 2026-01-01`);
  return parsed;
};

const db = await openDatabase({ url: process.env['DATABASE_URL'] ?? null, dataDir: values.data });
const log = await ConsentLogStore.open(db);

switch (command) {
  case 'serve': {
    const origins = values.origin;
    if (!origins.length) fail('--origin is needed: the site origins whose pages may send decisions (e.g. --origin https://shop.example)');
    for (const origin of origins) if (!URL.canParse(origin)) fail(`--origin "${origin}" is not an origin such as https://shop.example`);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${values.port}"`);
    const perMinute = Number(values['rate-limit']);
    if (!Number.isFinite(perMinute) || perMinute < 1) fail(`--rate-limit must be a number of decisions per minute, not "${values['rate-limit']}"`);
    const handler = nodeConsentLogHandler({
      log,
      origins,
      rateLimit: { perMinute, burst: Math.max(DEFAULT_RATE_LIMIT.burst, Math.ceil(perMinute / 2)) },
      // Behind a proxy every visitor arrives from the proxy's address: count by the one it forwards.
      ...(values['trust-proxy'] ? { clientOf: (request) => String(request.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() || (request.socket.remoteAddress ?? 'unknown') } : {}),
    });
    const server = createServer((request, response) => {
      void handler(request, response);
    });
    // Retention: once at start, then daily.
    const purge = () => log.purge(retainMonths).then(
      (deleted) => deleted && console.log(`purged ${deleted} decisions older than ${retainMonths} months`),
      (error: unknown) => console.error(`cookie-consent-log: purge failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    void purge();
    setInterval(() => void purge(), 24 * 60 * 60 * 1000).unref();
    server.listen(port, values.host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      console.log(`cookie-consent-log listening on http://${values.host}:${bound}/ (origins: ${origins.join(', ')}; ${process.env['DATABASE_URL'] ? 'PostgreSQL from DATABASE_URL' : `embedded PostgreSQL in ${values.data}`})`);
    });
    const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    break;
  }
  case 'verify': {
    const result = await log.verify();
    console.log(result.ok ? `ok: ${result.checked} decisions, chain head ${result.head}` : `BROKEN at seq ${String(result.brokenAt)} after ${result.checked} good decisions`);
    await db.close();
    process.exit(result.ok ? 0 : 1);
    break;
  }
  case 'counts': {
    for (const row of await log.counts()) console.log(`${row.decisions}\trevision ${row.revision}\tgranted: ${row.granted}`);
    await db.close();
    break;
  }
  case 'history': {
    if (!argument) fail('history needs a consent id');
    for (const decision of await log.history(argument)) console.log(JSON.stringify(decision));
    await db.close();
    break;
  }
  case 'export': {
    const format = values.format;
    if (format !== 'ndjson' && format !== 'csv') fail(`--format must be ndjson or csv, not "${format}"`);
    for await (const line of log.export(date('from'), date('to'), format)) process.stdout.write(line);
    await db.close();
    break;
  }
  case 'purge': {
    console.log(`purged ${await log.purge(retainMonths)} decisions older than ${retainMonths} months`);
    await db.close();
    break;
  }
  default:
    fail(`unknown command "${command}"`);
}
