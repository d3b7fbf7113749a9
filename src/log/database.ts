/// <reference types="node" />
/**
 * The consent log's database: PostgreSQL through `pg` when a connection string is given, else an
 * embedded PostgreSQL (PGlite, Postgres compiled to WebAssembly) in a data folder. Both run the
 * same SQL. They are optional peer dependencies, loaded only here, so neither the browser build
 * nor a banner-only install pays for them.
 */

import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';

/** A query's rows, as the driver returns them. */
export interface Rows {
  readonly rows: Record<string, unknown>[];
}

/** What the log needs of a database: parameterised queries and transactions. */
export interface Database {
  query(sql: string, params?: readonly unknown[]): Promise<Rows>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Pick<Database, 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the log is kept: `DATABASE_URL`'s PostgreSQL, or an embedded one in `dataDir` (`memory://` for none). */
export interface DatabaseOptions {
  readonly url?: string | null;
  readonly dataDir?: string;
}

const missing = (name: string, error: unknown): Error =>
  new Error(`cookie-consent-log: the optional dependency ${name} is not installed (npm install ${name}): ${error instanceof Error ? error.message : String(error)}`);

/** PostgreSQL through a `pg` pool; a transaction holds one client. */
async function postgres(url: string): Promise<Database> {
  let pool: Pool;
  try {
    const { default: pg } = await import('pg');
    pool = new pg.Pool({ connectionString: url, max: 10 });
  } catch (error) {
    throw missing('pg', error);
  }
  // A lost connection must not crash the receiver: the next query reports it (and gets a 503).
  pool.on('error', () => undefined);
  return {
    query: async (sql, params = []) => ({ rows: (await pool.query<Record<string, unknown>>(sql, [...params])).rows }),
    async transaction(work) {
      const client = await pool.connect();
      // A connection the server drops mid-transaction also emits 'error': the query's rejection reports it.
      const ignore = () => undefined;
      client.on('error', ignore);
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (sql, params = []) => ({ rows: (await client.query<Record<string, unknown>>(sql, [...params])).rows }) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken = error instanceof Error ? error : new Error(String(error));
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', ignore);
        // A client that failed is discarded, not handed to the next request.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** The embedded PostgreSQL: one connection, so transactions are serial by construction. */
async function embedded(dataDir: string): Promise<Database> {
  let db: PGlite;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    db = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir);
  } catch (error) {
    if (error instanceof Error && /Cannot find (module|package)/.test(error.message)) throw missing('@electric-sql/pglite', error);
    throw error;
  }
  return {
    query: async (sql, params = []) => ({ rows: (await db.query<Record<string, unknown>>(sql, [...params])).rows }),
    transaction: (work) => db.transaction((tx) => work({ query: async (sql, params = []) => ({ rows: (await tx.query<Record<string, unknown>>(sql, [...params])).rows }) })),
    close: () => db.close(),
  };
}

/** Opens the log's database: PostgreSQL when `url` is set, else the embedded one in `dataDir`. */
export function openDatabase({ url, dataDir = './consent-log-data' }: DatabaseOptions = {}): Promise<Database> {
  return url ? postgres(url) : embedded(dataDir);
}
