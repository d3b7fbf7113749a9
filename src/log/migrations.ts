/**
 * The consent log's schema, as numbered migrations: each runs once, in order, in one
 * transaction with its row in `consent_log_migrations`, the same SQL on PostgreSQL and PGlite.
 * Append a migration; never edit one that has shipped.
 */
import type { Database } from './database.js';

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE consent_log (
     seq         bigserial PRIMARY KEY,
     consent_id  text        NOT NULL,
     received_at timestamptz NOT NULL,
     decided_at  timestamptz NOT NULL,
     revision    text        NOT NULL,
     rule        text        NOT NULL,
     entry       jsonb       NOT NULL,
     prev_hash   text        NOT NULL,
     hash        text        NOT NULL UNIQUE
   );
   CREATE INDEX consent_log_consent_id ON consent_log (consent_id, seq);
   CREATE INDEX consent_log_received_at ON consent_log (received_at);
   -- Where the chain starts after records older than the retention period were deleted.
   CREATE TABLE consent_log_anchor (
     id        boolean PRIMARY KEY DEFAULT true CHECK (id),
     last_seq  bigint      NOT NULL,
     last_hash text        NOT NULL,
     purged_at timestamptz NOT NULL
   );`,
];

/** Brings the database's schema up to date; safe to run on every start, by several receivers at once. */
export async function migrate(db: Database): Promise<void> {
  await db.query('CREATE TABLE IF NOT EXISTS consent_log_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    await db.transaction(async (tx) => {
      // Receivers starting together wait here, and the later ones find the migration applied.
      await tx.query('LOCK TABLE consent_log_migrations IN EXCLUSIVE MODE');
      const { rows } = await tx.query('SELECT 1 FROM consent_log_migrations WHERE version = $1', [version]);
      if (rows.length) return;
      for (const statement of sql.split(/;\s*(?:\n|$)/).filter((part) => part.trim())) await tx.query(statement);
      await tx.query('INSERT INTO consent_log_migrations (version) VALUES ($1)', [version]);
    });
  }
}
