/**
 * Proof of consent: each decision's record, sent to the site's `consent-endpoint` so the site
 * can demonstrate consent (GDPR Art. 7(1)). Nothing identifies the visitor beyond the random
 * consent id: no URL, no user agent, no IP beyond what any request carries.
 */
import type { ConsentMap } from '../core/decision.js';
import { LOG_ENTRY_VERSION, type ConsentLogEntry } from '../core/log-entry.js';
import type { ConsentRecord } from '../core/record.js';

export type { ConsentLogEntry };

/** The log entry for a stored record. */
export function logEntry(record: ConsentRecord, consent: ConsentMap, gpc: boolean, services: ConsentMap | null = null): ConsentLogEntry {
  return {
    v: LOG_ENTRY_VERSION,
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
