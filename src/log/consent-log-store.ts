/// <reference types="node" />
/**
 * The consent log itself: each accepted entry appended as one row that carries the hash of the
 * row before it, so that `verify()` proves nothing was altered or removed (a deleted row breaks
 * the chain; records past the retention period leave an anchor where the chain resumes). What
 * an audit asks: one consent id's whole history, a date range as CSV or NDJSON, counts by
 * revision and choice, deletion past a retention period.
 */
import { createHash } from 'node:crypto';
import type { ConsentLogEntry } from '../core/log-entry.js';
import type { Database } from './database.js';
import { migrate } from './migrations.js';

/** The hash the first row follows. */
export const GENESIS = '0'.repeat(64);

/** One stored row. */
export interface LoggedDecision {
  readonly seq: number;
  readonly receivedAt: string;
  readonly entry: ConsentLogEntry;
  readonly prevHash: string;
  readonly hash: string;
}

/** What {@link ConsentLogStore.verify} found. */
export interface Verification {
  readonly ok: boolean;
  /** Rows checked. */
  readonly checked: number;
  /** The newest row's hash: note it down, and a later verify proves nothing was appended or removed before it. */
  readonly head: string;
  /** The first row that does not follow from the one before it, when not ok. */
  readonly brokenAt?: number;
}

/** JSON with object keys sorted, so a row's hash does not depend on how the database orders them. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A row's hash: its predecessor's hash, its place, when it was received and what it holds. */
export function rowHash(prevHash: string, seq: number, receivedAt: string, entry: unknown): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${receivedAt}\n${canonicalJson(entry)}`).digest('hex');
}

interface Row {
  seq: string | number;
  received_at: Date | string;
  entry: ConsentLogEntry | string;
  prev_hash: string;
  hash: string;
}

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();
const decision = (row: Row): LoggedDecision => ({
  seq: Number(row.seq),
  receivedAt: iso(row.received_at),
  entry: typeof row.entry === 'string' ? (JSON.parse(row.entry) as ConsentLogEntry) : row.entry,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The CSV columns of an export, one row per decision. */
const CSV_COLUMNS = ['seq', 'received_at', 'consent_id', 'time', 'revision', 'rule', 'region', 'gpc', 'granted', 'denied', 'hash'] as const;
const csvField = (value: string): string => (/[",\n\r]/.test(value) || /^[=+\-@\t\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

// Appends take this lock (PostgreSQL advisory, per transaction), so the chain stays one line
// however many receivers share the database.
const CHAIN_LOCK = 727_001;

export class ConsentLogStore {
  readonly #db: Database;

  private constructor(db: Database) {
    this.#db = db;
  }

  /** Opens the log on `db`, bringing its schema up to date. */
  static async open(db: Database): Promise<ConsentLogStore> {
    await migrate(db);
    return new ConsentLogStore(db);
  }

  /**
   * Appends one checked entry; resolves once the row is committed, which is when a receiver
   * may answer 2xx.
   */
  async append(entry: ConsentLogEntry, receivedAt: Date): Promise<LoggedDecision> {
    return this.#db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const last = (await tx.query('SELECT hash FROM consent_log ORDER BY seq DESC LIMIT 1')).rows as { hash: string }[];
      const anchor = last.length ? [] : ((await tx.query('SELECT last_hash FROM consent_log_anchor')).rows as { last_hash: string }[]);
      const prevHash = last[0]?.hash ?? anchor[0]?.last_hash ?? GENESIS;
      const [next] = (await tx.query("SELECT nextval(pg_get_serial_sequence('consent_log', 'seq')) AS seq")).rows as { seq: string }[];
      const seq = Number(next?.seq);
      const at = receivedAt.toISOString();
      const hash = rowHash(prevHash, seq, at, entry);
      await tx.query(
        'INSERT INTO consent_log (seq, consent_id, received_at, decided_at, revision, rule, entry, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [seq, entry.id, at, entry.time, entry.revision, entry.rule, JSON.stringify(entry), prevHash, hash],
      );
      return { seq, receivedAt: at, entry, prevHash, hash };
    });
  }

  /** Rows of the log after `after` (by seq) matching `where`, oldest first, at most `limit`. */
  async #page(where: string, params: readonly unknown[], after: number, limit: number): Promise<LoggedDecision[]> {
    const { rows } = await this.#db.query(
      `SELECT seq, received_at, entry, prev_hash, hash FROM consent_log WHERE ${where} AND seq > $${params.length + 1} ORDER BY seq LIMIT $${params.length + 2}`,
      [...params, after, limit],
    );
    return (rows as unknown as Row[]).map(decision);
  }

  /** Every decision of one consent id, oldest first. */
  async history(consentId: string): Promise<LoggedDecision[]> {
    return this.#page('consent_id = $1', [consentId], 0, 100_000);
  }

  /** The decisions received in [from, to), oldest first, in pages so a large range streams. */
  async *range(from: Date, to: Date, pageSize = 1000): AsyncGenerator<LoggedDecision> {
    for (let after = 0; ; ) {
      const page = await this.#page('received_at >= $1 AND received_at < $2', [from.toISOString(), to.toISOString()], after, pageSize);
      yield* page;
      const last = page.at(-1);
      if (!last || page.length < pageSize) return;
      after = last.seq;
    }
  }

  /** The range as NDJSON lines or CSV rows (with a header), one per decision. */
  async *export(from: Date, to: Date, format: 'ndjson' | 'csv'): AsyncGenerator<string> {
    if (format === 'csv') yield `${CSV_COLUMNS.join(',')}\n`;
    for await (const { seq, receivedAt, entry, hash } of this.range(from, to)) {
      if (format === 'ndjson') {
        yield `${JSON.stringify({ seq, receivedAt, hash, entry })}\n`;
        continue;
      }
      const answers = { ...entry.consent, ...(entry.services ?? {}) };
      const denied = Object.keys(answers).filter((id) => !answers[id]);
      const fields = [String(seq), receivedAt, entry.id, entry.time, entry.revision, entry.rule, entry.region ?? '', String(entry.gpc), entry.granted.join(' '), denied.join(' '), hash];
      yield `${fields.map(csvField).join(',')}\n`;
    }
  }

  /** How many decisions per revision and choice (the granted ids, space-separated), most frequent first. */
  async counts(): Promise<{ revision: string; granted: string; decisions: number }[]> {
    const { rows } = await this.#db.query(
      `SELECT revision, array_to_string(ARRAY(SELECT jsonb_array_elements_text(entry->'granted')), ' ') AS granted, count(*) AS decisions
         FROM consent_log GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`,
    );
    return (rows as { revision: string; granted: string; decisions: string | number }[]).map((row) => ({ revision: row.revision, granted: row.granted, decisions: Number(row.decisions) }));
  }

  /**
   * Deletes the decisions received more than `months` before `now` (the chain's oldest part, up
   * to the first row that must stay), keeping where the chain resumes. A stored decision lives
   * 395 days at most, so none of them is still in force.
   * @returns how many were deleted
   */
  async purge(months: number, now = new Date()): Promise<number> {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
    return this.#db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      // Only a prefix of the chain can go: from the oldest row up to the first that must stay.
      const [keep] = (await tx.query('SELECT min(seq) AS seq FROM consent_log WHERE received_at >= $1', [cutoff.toISOString()])).rows as { seq: string | null }[];
      const firstKept = keep?.seq == null ? null : Number(keep.seq);
      const [end] = (await tx.query('SELECT seq, hash FROM consent_log WHERE ($1::bigint IS NULL OR seq < $1) ORDER BY seq DESC LIMIT 1', [firstKept])).rows as { seq: string; hash: string }[];
      if (!end) return 0;
      const [gone] = (await tx.query('WITH gone AS (DELETE FROM consent_log WHERE seq <= $1 RETURNING 1) SELECT count(*) AS n FROM gone', [end.seq])).rows as { n: string }[];
      await tx.query(
        `INSERT INTO consent_log_anchor (id, last_seq, last_hash, purged_at) VALUES (true, $1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash, purged_at = EXCLUDED.purged_at`,
        [end.seq, end.hash, now.toISOString()],
      );
      return Number(gone?.n ?? 0);
    });
  }

  /** Recomputes every row's hash from its predecessor: any altered, inserted or removed row breaks the chain. */
  async verify(): Promise<Verification> {
    const [anchor] = (await this.#db.query('SELECT last_hash FROM consent_log_anchor')).rows as { last_hash: string }[];
    let previous = anchor?.last_hash ?? GENESIS;
    let checked = 0;
    for (let after = 0; ; ) {
      const page = await this.#page('true', [], after, 1000);
      for (const { seq, receivedAt, entry, prevHash, hash } of page) {
        if (prevHash !== previous || rowHash(prevHash, seq, receivedAt, entry) !== hash) return { ok: false, checked, head: previous, brokenAt: seq };
        previous = hash;
        checked++;
      }
      const last = page.at(-1);
      if (!last || page.length < 1000) return { ok: true, checked, head: previous };
      after = last.seq;
    }
  }

  /** How many decisions are stored. */
  async size(): Promise<number> {
    const [count] = (await this.#db.query('SELECT count(*) AS n FROM consent_log')).rows as { n: string | number }[];
    return Number(count?.n ?? 0);
  }
}
