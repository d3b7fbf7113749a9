/**
 * The stored consent record: its shape, serialisation and exhaustive validation. Pure: no DOM.
 * Anything that is not exactly a record this code could have written counts as no decision.
 */
import { MAX_CATEGORIES, MAX_SERVICES, NECESSARY, isCategoryId } from './categories.js';
import { RULE_IDS, regionCode, type RuleId } from './regions.js';

/**
 * Format version of the records written now. Version 3 keeps the region and the rule the
 * decision was made under; version 2 lists services beside categories in `granted` and `denied`;
 * versions 2 and 1 (categories only, each service taking its category's answer) still read, as
 * decisions made under the site's own mode. A record of another version is no decision.
 */
export const RECORD_VERSION = 3;
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3];

/** Records longer than this (as stored, before decoding) are rejected unread. */
export const MAX_RECORD_LENGTH = 3072;

/** A visitor's decision as stored in the consent cookie. */
export interface ConsentRecord {
  /** Format version, {@link RECORD_VERSION}. */
  readonly v: typeof RECORD_VERSION;
  /** Random consent id, kept across later changes of the same visitor's decision. */
  readonly id: string;
  /** First decision, milliseconds since the epoch. */
  readonly created: number;
  /** Latest decision, milliseconds since the epoch. */
  readonly updated: number;
  /** The policy revision the decision was made under. */
  readonly rev: string;
  /** Granted categories, `necessary` included, then granted services. */
  readonly granted: readonly string[];
  /** Categories, then services, the visitor was offered and refused. */
  readonly denied: readonly string[];
  /**
   * `1` when the decision was made while the browser's Global Privacy Control signal was
   * honoured, so a `targeting` grant in it was the visitor's explicit choice despite the signal.
   */
  readonly gpc?: 1;
  /** The visitor's region when the decision was made, as the site gave it (`US-CA`); absent when it gave none. */
  readonly region?: string;
  /** The rule the decision was made under (docs/regions.md); absent in records of versions 1 and 2. */
  readonly rule?: RuleId;
}

/** What the current page expects of a record. */
export interface RecordExpectation {
  readonly revision: string;
  /** The categories the page offers, `necessary` included. */
  readonly categories: readonly string[];
  /** The services the page declares, each with its category. */
  readonly services?: readonly { readonly id: string; readonly category: string }[];
}

/** Outcome of {@link parseRecord}. */
export type ParsedRecord =
  | { readonly record: ConsentRecord; readonly problem: null }
  /** `problem` explains a malformed record; it is `null` when there is simply nothing valid to use (absent, another revision, a category never asked about). */
  | { readonly record: null; readonly problem: string | null };

const KEYS = ['v', 'id', 'created', 'updated', 'rev', 'granted', 'denied'] as const;
const CONSENT_ID = /^[A-Za-z0-9-]{8,64}$/;
const REVISION = /^[A-Za-z0-9._-]{1,32}$/;

const none = (problem: string | null): ParsedRecord => ({ record: null, problem });

function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function isIdList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_CATEGORIES + MAX_SERVICES &&
    value.every(isCategoryId) &&
    new Set(value).size === value.length
  );
}

/** Serialises a record for storage, keys in a fixed order. */
export function serializeRecord(record: ConsentRecord): string {
  const { v, id, created, updated, rev, granted, denied, gpc, region, rule } = record;
  return JSON.stringify({ v, id, created, updated, rev, granted, denied, gpc, region, rule });
}

/**
 * Reads a stored record. Total: never throws, whatever `raw` holds.
 * Categories the page no longer offers are dropped; a category the page offers that the record
 * neither grants nor denies means the visitor was never asked, so the record is not used.
 */
export function parseRecord(raw: string | null | undefined, expected: RecordExpectation): ParsedRecord {
  if (raw === null || raw === undefined || raw === '') return none(null);
  if (typeof raw !== 'string') return none('it is not text');
  if (raw.length > MAX_RECORD_LENGTH) return none(`it is longer than ${MAX_RECORD_LENGTH} characters`);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return none('it is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return none('it is not an object');
  // JSON.parse makes "__proto__" an own key, so an exact key check also rejects prototype tricks.
  const keys = Object.keys(data);
  const { gpc, region, rule } = data as { gpc?: unknown; region?: unknown; rule?: unknown };
  const extra = [gpc, region, rule].filter((value) => value !== undefined).length;
  if (keys.length !== KEYS.length + extra || !KEYS.every((key) => Object.prototype.hasOwnProperty.call(data, key)))
    return none('its keys are not those of a record');
  if (gpc !== undefined && gpc !== 1) return none('its gpc flag is malformed');
  const { v, id, created, updated, rev, granted, denied } = data as Record<(typeof KEYS)[number], unknown>;
  if (!READABLE_VERSIONS.includes(v)) return none('its format version is unknown');
  if ((region !== undefined || rule !== undefined) && v !== 3) return none('its region or rule comes before format version 3');
  if (region !== undefined && (typeof region !== 'string' || regionCode(region) !== region)) return none('its region is malformed');
  if (rule !== undefined && !(RULE_IDS as readonly unknown[]).includes(rule)) return none('its rule is unknown');
  if (typeof id !== 'string' || !CONSENT_ID.test(id)) return none('its consent id is malformed');
  if (!isTimestamp(created) || !isTimestamp(updated) || created > updated) return none('its timestamps are malformed');
  if (typeof rev !== 'string' || !REVISION.test(rev)) return none('its revision is malformed');
  if (!isIdList(granted) || !isIdList(denied)) return none('its category lists are malformed');
  if (!granted.includes(NECESSARY) || denied.includes(NECESSARY)) return none('it denies the necessary category');
  if (granted.some((category) => denied.includes(category))) return none('it both grants and denies a category');
  if (rev !== expected.revision) return none(null);
  if (!expected.categories.every((category) => granted.includes(category) || denied.includes(category))) return none(null);
  const services = expected.services ?? [];
  // Version 1 knew no services: each takes its category's answer. In version 2 a service the
  // record does not answer is one the visitor was never asked about.
  const answer = (service: { id: string; category: string }): boolean | null =>
    service.category === NECESSARY ? true : v === 1 ? granted.includes(service.category) : granted.includes(service.id) ? true : denied.includes(service.id) ? false : null;
  const answers = services.map(answer);
  if (answers.includes(null)) return none(null);
  const grantedServices = new Set(services.filter((_, index) => answers[index]).map((service) => service.id));
  // A category with services is granted when one of them is (the record's own word otherwise).
  const categoryGranted = (category: string): boolean => {
    const own = services.filter((service) => service.category === category);
    return category === NECESSARY || (own.length ? own.some((service) => grantedServices.has(service.id)) : granted.includes(category));
  };
  const ids = [...expected.categories, ...services.map((service) => service.id)];
  const isGranted = (id: string) => (expected.categories.includes(id) ? categoryGranted(id) : grantedServices.has(id));
  return {
    record: {
      v: RECORD_VERSION,
      id,
      created,
      updated,
      rev,
      granted: ids.filter(isGranted),
      denied: ids.filter((item) => !isGranted(item)),
      ...(gpc === 1 ? { gpc: 1 as const } : {}),
      ...(typeof region === 'string' ? { region } : {}),
      ...(rule === undefined ? {} : { rule: rule as RuleId }),
    },
    problem: null,
  };
}
