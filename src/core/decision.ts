/**
 * Decisions: turning a visitor's choice into a record, and a record into per-category answers.
 * Pure: time and randomness are parameters.
 */
import type { ConsentConfig } from './config.js';
import { NECESSARY, TARGETING } from './categories.js';
import { RECORD_VERSION, type ConsentRecord } from './record.js';
import { stricterNow } from './regions.js';

/** `{ [id]: granted }` for every category (or every service) the page offers. */
export type ConsentMap = Record<string, boolean>;

/** Every id a decision answers: the offered categories, then the declared services. */
export function consentIds(config: Pick<ConsentConfig, 'categories' | 'services'>): string[] {
  return [...config.categories, ...config.services.map((service) => service.id)];
}

/** The ids a visitor can refuse: every one but `necessary` and its services. */
function optionalIds(config: ConsentConfig): string[] {
  const necessaryServices = new Set(config.services.filter((service) => service.category === NECESSARY).map((service) => service.id));
  return consentIds(config).filter((id) => id !== NECESSARY && !necessaryServices.has(id));
}

/**
 * The ids granted by a choice of ids: a category id grants the category and all its services; a
 * service id grants that service, and its category with it; a category with services is granted
 * when one of them is.
 */
export function expandChoice(config: ConsentConfig, chosen: ReadonlySet<string>): Set<string> {
  const services = config.services.filter((service) => service.category === NECESSARY || chosen.has(service.id) || chosen.has(service.category));
  const on = new Set(services.map((service) => service.id));
  for (const id of config.categories) {
    const own = config.services.some((service) => service.category === id);
    if (id === NECESSARY || (own ? services.some((service) => service.category === id) : chosen.has(id))) on.add(id);
  }
  return on;
}

/** The outcome of {@link decide}. */
export interface Decision {
  readonly record: ConsentRecord;
  /** Requested ids the page does not offer; they are ignored. */
  readonly unknown: string[];
}

/**
 * Records a choice: exactly `granted` (plus `necessary`) of the offered categories and services,
 * the rest denied; a category id stands for all its services. The consent id and first-decision
 * time carry over from `previous`, so one visitor keeps one id.
 */
export function decide(
  config: ConsentConfig,
  granted: Iterable<string>,
  now: Date,
  previous: ConsentRecord | null,
  newId: () => string,
  gpc = false,
): Decision {
  const chosen = new Set(granted);
  const ids = consentIds(config);
  const unknown = [...chosen].filter((id) => !ids.includes(id));
  const on = expandChoice(config, chosen);
  const time = now.getTime();
  const keep = previous?.rev === config.revision ? previous : null;
  return {
    record: {
      v: RECORD_VERSION,
      id: keep?.id ?? newId(),
      created: keep?.created ?? time,
      updated: time,
      rev: config.revision,
      granted: ids.filter((id) => on.has(id)),
      denied: ids.filter((id) => !on.has(id)),
      ...(gpc ? { gpc: 1 as const } : {}),
      ...(config.region ? { region: config.region } : {}),
      rule: config.rule,
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

/** `targeting` and its services: what Global Privacy Control and "Do Not Sell or Share" opt out of. */
export const targetingIds = (config: ConsentConfig): string[] => [TARGETING, ...config.services.filter((service) => service.category === TARGETING).map((service) => service.id)];

/**
 * The ids to {@link decide} so that exactly `granted` is granted: a category without services
 * by its id, one with services by the services granted (its id would grant them all).
 */
export function choiceFor(config: ConsentConfig, granted: ReadonlySet<string>): string[] {
  const withServices = new Set(config.services.map((service) => service.category));
  return consentIds(config).filter((id) => granted.has(id) && !withServices.has(id));
}

/**
 * The categories and services in force: the record's grants, or before any decision `necessary`
 * alone (opt-in) or all (opt-out). Under Global Privacy Control (`gpc`), `targeting` and its
 * services count as granted only by an explicit grant in a record made while the signal was
 * honoured.
 */
export function grantedIds(config: ConsentConfig, record: ConsentRecord | null, gpc = false): ReadonlySet<string> {
  const granted = new Set(record ? record.granted : expandChoice(config, new Set(config.optOut)));
  if (gpc && !record?.gpc) for (const id of targetingIds(config)) granted.delete(id);
  return granted;
}

/**
 * The record as it applies now: none when it was made under another region's rule and the rule
 * in force now is stricter for what it grants (the visitor is asked again); under Global Privacy
 * Control, a `targeting` grant (and its services') made before the signal was honoured counts as
 * denied (CCPA: the signal is an opt-out of sale and sharing).
 */
export function recordInForce(config: ConsentConfig, record: ConsentRecord | null, gpc: boolean): ConsentRecord | null {
  // A record from before regional rules (no `rule`) was made under the site's own mode: kept.
  if (record?.rule && stricterNow(record.rule, config, record.granted)) return null;
  if (!record || !gpc || record.gpc) return record;
  const optedOut = targetingIds(config).filter((id) => record.granted.includes(id));
  if (!optedOut.length) return record;
  return { ...record, granted: record.granted.filter((id) => !optedOut.includes(id)), denied: [...record.denied, ...optedOut] };
}

/** The decision as a map over every offered category, or `null` while undecided. */
export function consentMap(config: ConsentConfig, record: ConsentRecord | null): ConsentMap | null {
  if (!record) return null;
  const map: ConsentMap = {};
  for (const id of config.categories) map[id] = record.granted.includes(id);
  return map;
}

/** The decision as a map over every declared service, or `null` while undecided. */
export function serviceMap(config: ConsentConfig, record: ConsentRecord | null): ConsentMap | null {
  if (!record) return null;
  const map: ConsentMap = {};
  for (const { id } of config.services) map[id] = record.granted.includes(id);
  return map;
}

/**
 * What a decision changed. After an earlier decision: the categories and services whose state
 * differs. On a first decision every optional one was undecided, so all of them are listed.
 */
export function changedIds(config: ConsentConfig, before: ConsentRecord | null, after: ConsentRecord): string[] {
  const optional = optionalIds(config);
  if (!before) return optional;
  return optional.filter((id) => before.granted.includes(id) !== after.granted.includes(id));
}
