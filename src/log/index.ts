/**
 * `cookie-consent-banner/log`: a receiver for the banner's consent-log beacons that keeps each
 * decision in PostgreSQL (`DATABASE_URL`, through `pg`) or an embedded PostgreSQL (PGlite) in a
 * data folder, hash-chained so `verify()` proves nothing was altered or removed. Node only; its
 * databases are optional peer dependencies. The command `npx cookie-consent-log` runs it alone.
 */
export { checkLogEntry, LOG_ENTRY_VERSION, MAX_LOG_BODY_BYTES, type ConsentLogEntry } from '../core/log-entry.js';
export { openDatabase, type Database, type DatabaseOptions } from './database.js';
export { ConsentLogStore, canonicalJson, rowHash, GENESIS, type LoggedDecision, type Verification } from './consent-log-store.js';
export { consentLogReceiver, fetchConsentLogHandler, nodeConsentLogHandler, type BeaconRequest, type BeaconResponse, type ReceiverOptions } from './receiver.js';
export { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimit } from './rate-limit.js';
