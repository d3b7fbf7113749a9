// docs/law.md publishes the consent-log entry as a JSON schema; the receiver refuses what
// checkLogEntry (src/core/log-entry.ts, as built in dist/lib/log) refuses. A site that validates
// beacons with the published schema, or queries what the receiver stored, relies on the two
// agreeing: this test reads the schema out of the page, compiles it with Ajv (JSON Schema
// 2020-12, with its date-time format), and checks on thousands of generated bodies that
// checkLogEntry accepts a body exactly when the schema accepts it and it passes the checks
// the page lists after the schema (answers consistent, times plausible).
// Run by `npm test` (scripts/test.mjs), or: node --test test/log/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { checkLogEntry, LOG_ENTRY_VERSION } from '../../dist/lib/log/index.js';

const LAW = readFileSync(new URL('../../docs/law.md', import.meta.url), 'utf8');
const section = LAW.slice(LAW.indexOf('## Proof of consent'));
const schema = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)[1]);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const schemaAccepts = ajv.compile(schema);

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/** The checks docs/law.md lists after the schema, which a schema cannot express. */
function plausible(body) {
  const answers = [body.consent, body.services ?? {}];
  if (!body.granted.every((id) => answers.some((map) => Object.hasOwn(map, id) && map[id] === true))) return false;
  const created = Date.parse(body.created);
  const time = Date.parse(body.time);
  return created >= Date.UTC(2020, 0, 1) && created <= time && time <= NOW + DAY;
}

const accepted = (body) => checkLogEntry(body, NOW).entry !== null;

// Bodies near the boundary: each field valid, or almost (a near miss of its pattern), or of
// another type, or missing; sometimes a field the schema does not know.
const id = fc.oneof(fc.constantFrom('necessary', 'analytics', 'functionality', 'targeting', 'hotjar', 'youtube', 'x', 'constructor', '__proto__', 'Analytics', '1st', 'a'.repeat(32), 'a'.repeat(33), 'with space', ''), fc.stringMatching(/^[a-z_A-Z0-9-]{0,3}$/));
const answer = fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom(1, 0, 'true', null) });
const answers = (max) => fc.dictionary(id, answer, { maxKeys: max });
const consentMap = fc.oneof({ weight: 6, arbitrary: answers(4).map((map) => ({ necessary: true, ...map })) }, { weight: 1, arbitrary: answers(4) }, { weight: 1, arbitrary: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.constant(false), { minKeys: 25, maxKeys: 26 }).map((map) => ({ necessary: true, ...map })) });
const isoTime = fc.oneof(
  fc.date({ min: new Date('2019-12-31T00:00:00Z'), max: new Date(NOW + 3 * DAY), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ min: new Date('2021-01-01T00:00:00Z'), max: new Date('2026-11-30T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().replace('.000Z', 'Z').replace(/\.(\d)\d\dZ$/, '.$1Z')),
  fc.constantFrom('2026-02-30T10:00:00Z', '2026-11-31T10:00:00.000Z', '2026-12-01T24:00:00Z', '2026-06-30T23:59:60Z', '2026-12-01 10:00:00Z', '2026-12-01T10:00:00+01:00', '2026-12-01T10:00:00.1234Z', '2026-12-01', '', 1764590400000),
);
const fields = {
  v: fc.oneof({ weight: 8, arbitrary: fc.constant(LOG_ENTRY_VERSION) }, { weight: 1, arbitrary: fc.constantFrom(1, 3, '2', 2.5) }),
  id: fc.oneof({ weight: 6, arbitrary: fc.uuid() }, { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{6,10}$/) }, { weight: 1, arbitrary: fc.constantFrom('a'.repeat(64), 'a'.repeat(65), '0f8fad5b_d9cb', 42) }),
  consent: consentMap,
  services: answers(3),
  granted: fc.oneof({ weight: 6, arbitrary: fc.uniqueArray(id, { maxLength: 4 }).map((list) => ['necessary', ...list.filter((item) => item !== 'necessary')]) }, { weight: 1, arbitrary: fc.array(id, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.constantFrom('necessary', ['necessary', 'necessary'], [1]) }),
  revision: fc.oneof({ weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/) }, { weight: 1, arbitrary: fc.constantFrom('', 'has space', 'r'.repeat(32), 'r'.repeat(33), 3) }),
  created: isoTime,
  time: isoTime,
  gpc: fc.oneof({ weight: 6, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom(0, 'false', null) }),
  region: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('DE', 'US-CA', 'GB', 'FR-75', 'BR') }, { weight: 1, arbitrary: fc.constantFrom('de', 'US-', 'USA', 'US-CALI', 'U1', '') }),
  rule: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('opt-in', 'uk', 'us', 'site') }, { weight: 1, arbitrary: fc.constantFrom('opt-out', 'UK', '', null) }),
};
// A body as the banner sends it: consistent answers, plausible times.
const validId = fc.constantFrom('analytics', 'functionality', 'targeting', 'hotjar', 'youtube', 'x', 'constructor', 'a'.repeat(32));
const validBody = fc
  .record({
    id: fc.uuid(),
    consent: fc.dictionary(validId, fc.boolean(), { maxKeys: 4 }),
    services: fc.option(fc.dictionary(fc.constantFrom('hotjar', 'youtube', 'matomo'), fc.boolean(), { maxKeys: 3 }), { nil: undefined }),
    revision: fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/),
    created: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date(NOW), noInvalidDate: true }),
    later: fc.nat(DAY),
    gpc: fc.boolean(),
    region: fc.option(fc.constantFrom('DE', 'US-CA', 'GB', 'FR-75', 'BR'), { nil: undefined }),
    rule: fc.constantFrom('opt-in', 'uk', 'us', 'site'),
    pick: fc.func(fc.boolean()),
  })
  .map(({ consent, services, created, later, region, pick, ...rest }) => {
    const answers = { necessary: true, ...consent };
    const granted = ['necessary', ...Object.keys({ ...answers, ...services }).filter((key) => key !== 'necessary' && (answers[key] === true || services?.[key] === true) && pick(key))];
    const body = { v: LOG_ENTRY_VERSION, ...rest, consent: answers, granted, created: created.toISOString(), time: new Date(created.getTime() + later).toISOString() };
    if (services) body.services = services;
    if (region) body.region = region;
    return body;
  });
/** Answers `false` for the last id `granted` lists, where an earlier change left the lists intact. */
function withdrawLastGrant(draft) {
  const last = Array.isArray(draft.granted) ? draft.granted.at(-1) : undefined;
  const isMap = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (typeof last !== 'string') return;
  if (isMap(draft.services) && Object.hasOwn(draft.services, last)) draft.services[last] = false;
  if (isMap(draft.consent) && Object.hasOwn(draft.consent, last)) draft.consent[last] = false;
}

// What can go wrong with one: a field replaced by a near miss or another type, a field removed,
// a field the schema does not know, an answer withdrawn that `granted` still lists.
const mutation = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.keys(fields)).chain((key) => fields[key].map((value) => (draft) => void (draft[key] = value))) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.keys(fields)).map((key) => (draft) => void delete draft[key]) },
  { weight: 1, arbitrary: fc.constantFrom('ip', 'userAgent', 'url', 'Consent', '__proto__').map((key) => (draft) => void Object.defineProperty(draft, key, { value: 'x', enumerable: true, configurable: true, writable: true })) },
  { weight: 1, arbitrary: fc.constant(withdrawLastGrant) },
);
const body = fc.tuple(validBody, fc.array(mutation, { maxLength: 2 })).map(([valid, changes]) => {
  const draft = structuredClone(valid);
  for (const change of changes) change(draft);
  // Through JSON, as the receiver gets it ("__proto__" stays an own key).
  return JSON.parse(JSON.stringify(draft));
});

describe('the consent-log schema in docs/law.md', () => {
  it('is a valid JSON Schema 2020-12 (Ajv, strict) that names every field the receiver takes', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), ['consent', 'created', 'gpc', 'granted', 'id', 'region', 'revision', 'rule', 'services', 'time', 'v']);
    assert.equal(schema.additionalProperties, false);
  });

  it('and checkLogEntry accept exactly the same bodies (the schema plus the consistency checks law.md lists)', () => {
    let kept = 0;
    let refused = 0;
    fc.assert(
      fc.property(body, (candidate) => {
        const bySchema = schemaAccepts(candidate) && plausible(candidate);
        const byReceiver = accepted(candidate);
        if (byReceiver) kept += 1;
        else refused += 1;
        assert.equal(byReceiver, bySchema, `receiver ${byReceiver ? 'accepts' : 'refuses'} what the schema ${bySchema ? 'accepts' : 'refuses'}: ${JSON.stringify(candidate)}\n${JSON.stringify(schemaAccepts.errors)}\n${checkLogEntry(candidate, NOW).problems.join('; ')}`);
      }),
      { numRuns: 5000 },
    );
    // Both sides of the boundary were explored, not only refusals.
    assert.ok(kept > 500 && refused > 500, `accepted ${kept}, refused ${refused}`);
  });

  it('accepts what the banner sends: a first decision with services, region and rule', () => {
    const now = new Date(NOW - 1000).toISOString();
    const sent = { v: 2, id: '0f8fad5b-d9cb-469f-a165-70867728950e', consent: { necessary: true, analytics: true, targeting: false }, services: { hotjar: true }, granted: ['necessary', 'analytics', 'hotjar'], revision: '3', created: now, time: now, gpc: false, region: 'US-CA', rule: 'us' };
    assert.ok(schemaAccepts(sent), JSON.stringify(schemaAccepts.errors));
    assert.ok(accepted(sent));
  });
});
