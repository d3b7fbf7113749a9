/**
 * The consent-log entry: what the banner sends to `consent-endpoint` for each decision, and the
 * exhaustive check a receiver applies before storing one. One definition for the sender and the
 * receiver (docs/law.md has it as a JSON schema). Pure: no DOM, no Node.
 */
import { MAX_CATEGORIES, MAX_SERVICES, NECESSARY, isCategoryId } from './categories.js';
import { RULE_IDS, regionCode, type RuleId } from './regions.js';
import type { ConsentMap } from './decision.js';

/** Body format version: 2 added `rule` and `region`. */
export const LOG_ENTRY_VERSION = 2;

/** A receiver refuses bodies longer than this many bytes (a real entry is well under 2 KB). */
export const MAX_LOG_BODY_BYTES = 8192;

/** The JSON body sent for each decision. */
export interface ConsentLogEntry {
  readonly v: typeof LOG_ENTRY_VERSION;
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
  /** The rule the decision was made under (docs/regions.md). */
  readonly rule: RuleId;
}

const REQUIRED = ['v', 'id', 'consent', 'granted', 'revision', 'created', 'time', 'gpc', 'rule'] as const;
const OPTIONAL = ['services', 'region'] as const;
const CONSENT_ID = /^[A-Za-z0-9-]{8,64}$/;
const REVISION = /^[A-Za-z0-9._-]{1,32}$/;
// The shape `Date#toISOString` writes, which is what the banner sends.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** No banner decided before this; an older time is forged or a broken clock. */
const EARLIEST = Date.UTC(2020, 0, 1);
/** How far ahead of the receiver's clock a visitor's clock may run. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function consentMapProblem(value: unknown, max: number): string | null {
  if (!isRecord(value)) return 'is not an object';
  const keys = Object.keys(value);
  if (keys.length > max) return `has more than ${max} ids`;
  if (!keys.every(isCategoryId)) return 'has a malformed id';
  if (!Object.values(value).every((answer) => typeof answer === 'boolean')) return 'has an answer that is not true or false';
  return null;
}

/**
 * Milliseconds since the epoch of an ISO 8601 UTC time that names a real instant; `null`
 * otherwise. `Date.parse` rolls 30 February over to 2 March and takes 24:00: a real instant is
 * written back to the second as it was given.
 */
function timeOf(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19) ? time : null;
}

/**
 * Checks a parsed body against the entry's schema, exactly: unknown fields, wrong types,
 * malformed ids, absurd times (before 2020, ahead of `now` by more than a day, created after
 * time) and inconsistent answers are refused. Total: never throws.
 * @param value the parsed JSON body
 * @param now the receiver's clock, milliseconds since the epoch
 * @returns the entry, or `null` with the reasons
 */
export function checkLogEntry(value: unknown, now: number): { entry: ConsentLogEntry; problems: readonly [] } | { entry: null; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(value)) return { entry: null, problems: ['the body is not a JSON object'] };
  // JSON.parse makes "__proto__" an own key: an exact key check refuses prototype tricks too.
  const unknown = Object.keys(value).filter((key) => !(REQUIRED as readonly string[]).includes(key) && !(OPTIONAL as readonly string[]).includes(key));
  if (unknown.length) problems.push(`unknown fields: ${unknown.slice(0, 5).join(', ')}`);
  const missing = REQUIRED.filter((key) => !Object.prototype.hasOwnProperty.call(value, key));
  if (missing.length) problems.push(`missing fields: ${missing.join(', ')}`);
  if (problems.length) return { entry: null, problems };
  const { v, id, consent, granted, services, revision, created, time, gpc, region, rule } = value;
  if (v !== LOG_ENTRY_VERSION) problems.push(`v is not ${LOG_ENTRY_VERSION}`);
  if (typeof id !== 'string' || !CONSENT_ID.test(id)) problems.push('id is not a consent id');
  const consentProblem = consentMapProblem(consent, MAX_CATEGORIES);
  if (consentProblem) problems.push(`consent ${consentProblem}`);
  else if ((consent as ConsentMap)[NECESSARY] !== true) problems.push('consent does not grant necessary');
  if (services !== undefined) {
    const servicesProblem = consentMapProblem(services, MAX_SERVICES);
    if (servicesProblem) problems.push(`services ${servicesProblem}`);
  }
  if (!Array.isArray(granted) || granted.length > MAX_CATEGORIES + MAX_SERVICES || !granted.every(isCategoryId) || new Set(granted).size !== granted.length)
    problems.push('granted is not a list of distinct ids');
  else if (!consentProblem) {
    const grants = (grant: string) => (consent as ConsentMap)[grant] === true || (isRecord(services) && services[grant] === true);
    if (!granted.every(grants)) problems.push('granted lists an id that consent or services does not grant');
  }
  if (typeof revision !== 'string' || !REVISION.test(revision)) problems.push('revision is malformed');
  const createdAt = timeOf(created);
  const decidedAt = timeOf(time);
  if (createdAt === null || decidedAt === null) problems.push('created and time must be ISO 8601 UTC times');
  else if (createdAt < EARLIEST || decidedAt > now + CLOCK_SKEW_MS || createdAt > decidedAt) problems.push('created or time is out of range');
  if (typeof gpc !== 'boolean') problems.push('gpc is not true or false');
  if (region !== undefined && (typeof region !== 'string' || regionCode(region) !== region)) problems.push('region is not an ISO 3166 code');
  if (!(RULE_IDS as readonly unknown[]).includes(rule)) problems.push(`rule is not one of ${RULE_IDS.join(', ')}`);
  return problems.length ? { entry: null, problems } : { entry: value as unknown as ConsentLogEntry, problems: [] };
}
