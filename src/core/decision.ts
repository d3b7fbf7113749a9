/**
 * Decisions: turning a visitor's choice into a record, and a record into per-category answers.
 * Pure: time and randomness are parameters.
 */
import type { ConsentConfig } from './config.js';
import { NECESSARY, TARGETING } from './categories.js';
import { RECORD_VERSION, type ConsentRecord } from './record.js';

/** `{ [categoryId]: granted }` for every category the page offers. */
export type ConsentMap = Record<string, boolean>;

/** The outcome of {@link decide}. */
export interface Decision {
  readonly record: ConsentRecord;
  /** Requested ids the page does not offer; they are ignored. */
  readonly unknown: string[];
}

/**
 * Records a choice: exactly `granted` (plus `necessary`) of the offered categories, the rest denied.
 * The consent id and first-decision time carry over from `previous`, so one visitor keeps one id.
 */
export function decide(
  config: ConsentConfig,
  granted: Iterable<string>,
  now: Date,
  previous: ConsentRecord | null,
  newId: () => string,
  gpc = false,
): Decision {
  const wanted = new Set(granted);
  const unknown = [...wanted].filter((id) => !config.categories.includes(id));
  const time = now.getTime();
  const keep = previous?.rev === config.revision ? previous : null;
  return {
    record: {
      v: RECORD_VERSION,
      id: keep?.id ?? newId(),
      created: keep?.created ?? time,
      updated: time,
      rev: config.revision,
      granted: config.categories.filter((id) => id === NECESSARY || wanted.has(id)),
      denied: config.categories.filter((id) => id !== NECESSARY && !wanted.has(id)),
      ...(gpc ? { gpc: 1 as const } : {}),
    },
    unknown,
  };
}

/**
 * Whether a Global Privacy Control signal the browser sends applies to this page: it offers
 * `targeting` and the site has not set `ignore-gpc`.
 */
export function gpcApplies(config: ConsentConfig, signal: boolean): boolean {
  return signal && !config.ignoreGpc && config.categories.includes(TARGETING);
}

/**
 * The categories in force: the record's grants, or before any decision `necessary` alone (opt-in)
 * or all (opt-out). Under Global Privacy Control (`gpc`), `targeting` counts as granted only by an
 * explicit grant in a record made while the signal was honoured.
 */
export function grantedCategories(config: ConsentConfig, record: ConsentRecord | null, gpc = false): ReadonlySet<string> {
  const granted = new Set(record ? record.granted : config.mode === 'opt-out' ? config.categories : [NECESSARY]);
  if (gpc && !record?.gpc) granted.delete(TARGETING);
  return granted;
}

/**
 * The record as it applies now: under Global Privacy Control, a `targeting` grant made before
 * the signal was honoured counts as denied (CCPA: the signal is an opt-out of sale and sharing).
 */
export function recordInForce(record: ConsentRecord | null, gpc: boolean): ConsentRecord | null {
  if (!record || !gpc || record.gpc || !record.granted.includes(TARGETING)) return record;
  return { ...record, granted: record.granted.filter((id) => id !== TARGETING), denied: [...record.denied, TARGETING] };
}

/** The decision as a map over every offered category, or `null` while undecided. */
export function consentMap(config: ConsentConfig, record: ConsentRecord | null): ConsentMap | null {
  if (!record) return null;
  const map: ConsentMap = {};
  for (const id of config.categories) map[id] = record.granted.includes(id);
  return map;
}

/**
 * What a decision changed. After an earlier decision: the categories whose state differs.
 * On a first decision every optional category was undecided, so all of them are listed.
 */
export function changedCategories(config: ConsentConfig, before: ConsentRecord | null, after: ConsentRecord): string[] {
  const optional = config.categories.filter((id) => id !== NECESSARY);
  if (!before) return optional;
  return optional.filter((id) => before.granted.includes(id) !== after.granted.includes(id));
}
