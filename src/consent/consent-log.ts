/**
 * Proof of consent: each decision's record, sent to the site's `consent-endpoint` so the site
 * can demonstrate consent (GDPR Art. 7(1)). Nothing identifies the visitor beyond the random
 * consent id: no URL, no user agent, no IP beyond what any request carries.
 */
import type { ConsentMap } from '../core/decision.js';
import type { ConsentRecord } from '../core/record.js';

/** The JSON body sent for each decision (schema in the README). */
export interface ConsentLogEntry {
  /** Body format version: 2 adds `rule` and `region`. */
  readonly v: 2;
  /** The random consent id, the same across one visitor's later changes. */
  readonly id: string;
  /** Every offered category and whether it is granted. */
  readonly consent: ConsentMap;
  /** The granted categories, `necessary` included, then the granted services. */
  readonly granted: readonly string[];
  /** Every declared service and whether it is granted; only on pages that declare services. */
  readonly services?: ConsentMap;
  /** The policy revision the decision was made under. */
  readonly revision: string;
  /** First decision, ISO 8601. */
  readonly created: string;
  /** This decision, ISO 8601. */
  readonly time: string;
  /** Whether the browser's Global Privacy Control signal was honoured. */
  readonly gpc: boolean;
  /** The visitor's region as the site gave it (`US-CA`); only on pages that give one. */
  readonly region?: string;
  /** The rule the decision was made under (docs/regions.md): `opt-in`, `uk`, `us` or `site`. */
  readonly rule: string;
}

/** The log entry for a stored record. */
export function logEntry(record: ConsentRecord, consent: ConsentMap, gpc: boolean, services: ConsentMap | null = null): ConsentLogEntry {
  return {
    v: 2,
    id: record.id,
    consent,
    ...(services && Object.keys(services).length ? { services } : {}),
    granted: record.granted,
    revision: record.rev,
    created: new Date(record.created).toISOString(),
    time: new Date(record.updated).toISOString(),
    gpc,
    ...(record.region ? { region: record.region } : {}),
    rule: record.rule ?? 'site',
  };
}

/**
 * Sends the entry with `navigator.sendBeacon`, which survives the page being closed or reloaded
 * right after the click. Same-origin it is `application/json`; to another origin it goes as
 * `text/plain` (a CORS-safelisted type: beacons cannot be preflighted), the body still JSON.
 */
export function sendLogEntry(endpoint: string, entry: ConsentLogEntry, base: string): void {
  const body = JSON.stringify(entry);
  let sameOrigin: boolean;
  try {
    sameOrigin = new URL(endpoint, base).origin === new URL(base).origin;
  } catch {
    return;
  }
  try {
    if (navigator.sendBeacon(endpoint, sameOrigin ? new Blob([body], { type: 'application/json' }) : body)) return;
  } catch {
    // A refused beacon (blocked by policy) falls through to fetch.
  }
  fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': sameOrigin ? 'application/json' : 'text/plain' } }).catch(() => {
    // The record is best effort from the browser; the decision itself is stored regardless.
  });
}
