/**
 * Property-based tests (fast-check) of every parser of outside input: the stored record, every
 * attribute, and data-category values. Thousands of generated inputs each: the parsers never
 * throw, never grant a category that was not granted, and read back what the product wrote.
 * RUNS below is the number of generated inputs per property.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { NECESSARY, checkRequirement, isCategoryId, parseCategoryList } from '../../src/core/categories.js';
import { ALL_CONFIG_ATTRIBUTES, MAX_EXPIRES_DAYS, MIN_EXPIRES_DAYS, parseConfig, type ConfigAttribute } from '../../src/core/config.js';
import { decide } from '../../src/core/decision.js';
import { parseRecord, serializeRecord } from '../../src/core/record.js';

const RUNS = 3000;
const check = <T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>) => {
  fc.assert(property, { numRuns: RUNS });
};

const STANDARD = ['necessary', 'analytics', 'functionality', 'targeting'];
/** Well-formed category ids: the standard ones and arbitrary ones. */
const categoryId = fc.oneof(fc.constantFrom(...STANDARD), fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/));
/** Words an attacker or a typo might put in a list: ids, near-ids and junk. */
const word = fc.oneof(categoryId, fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'NECESSARY', '<img>', 'a b'));
/** An offered category set, necessary first. */
const offered = fc.uniqueArray(categoryId, { maxLength: 8 }).map((ids) => [NECESSARY, ...ids.filter((id) => id !== NECESSARY)]);
const time = fc.integer({ min: 1, max: 4_102_444_800_000 });

describe(`property: parseRecord (${RUNS} inputs per property)`, () => {
  it('never throws on any text, and grants nothing it was not given', () => {
    check(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), offered, (raw, categories) => {
        const { record, problem } = parseRecord(raw, { revision: '1', categories });
        if (!record) return;
        expect(problem).to.equal(null);
        const given = (JSON.parse(raw) as { granted: string[] }).granted;
        for (const id of record.granted) expect(given).to.include(id);
      }),
    );
  });

  it('accepts a valid record and rejects every corruption of one', () => {
    /** One way a stored record can be tampered with, truncated or come from elsewhere. */
    const corruptions: Record<string, (record: Record<string, unknown>, junk: unknown, pick: number) => void> = {
      'extra key': (r, junk) => (r['admin'] = junk),
      'own __proto__ key': (r) => Object.defineProperty(r, '__proto__', { value: { granted: ['targeting'] }, enumerable: true }),
      'missing key': (r, _junk, pick) => Reflect.deleteProperty(r, ['v', 'id', 'created', 'updated', 'rev', 'granted', 'denied'][pick % 7]!),
      'other version': (r) => (r['v'] = 4),
      'malformed region': (r, junk) => (r['region'] = typeof junk === 'string' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(junk) ? `${junk}!` : junk ?? 'x'),
      'unknown rule': (r) => (r['rule'] = 'gdpr'),
      'wrong-type field': (r, junk, pick) => (r[['id', 'created', 'updated', 'rev', 'granted', 'denied'][pick % 6]!] = { wrong: junk }),
      'malformed id in granted': (r) => (r['granted'] as string[]).push('Not An Id'),
      'duplicate grant': (r) => (r['granted'] as string[]).push(NECESSARY),
      'granted and denied': (r) => (r['denied'] as string[]).push(...(r['granted'] as string[]).slice(-1)),
      'necessary denied': (r) => (r['granted'] = (r['granted'] as string[]).filter((id) => id !== NECESSARY)),
      'created after updated': (r) => (r['created'] = (r['updated'] as number) + 1),
      'negative time': (r) => (r['created'] = -1),
      'oversized': (r) => (r['id'] = 'a'.repeat(3100)),
    };
    const scenario = offered.chain((categories) =>
      fc.record({
        categories: fc.constant(categories),
        grantedMask: fc.array(fc.boolean(), { minLength: categories.length, maxLength: categories.length }),
        id: fc.uuid(),
        created: time,
        later: fc.nat(1_000_000),
        corruption: fc.oneof(fc.constant(null), fc.constantFrom(...Object.keys(corruptions))),
        // JSON values only: JSON.stringify would silently drop an undefined one.
        junk: fc.jsonValue(),
        pick: fc.nat(),
      }),
    );
    check(
      fc.property(scenario, ({ categories, grantedMask, id, created, later, corruption, junk, pick }) => {
        const granted = categories.filter((cat, i) => cat === NECESSARY || grantedMask[i]);
        const denied = categories.filter((cat) => !granted.includes(cat));
        const record: Record<string, unknown> = { v: 3, id, created, updated: created + later, rev: '1', granted, denied, rule: 'site' };
        if (corruption) corruptions[corruption]!(record, junk, pick);
        const { record: parsed } = parseRecord(JSON.stringify(record), { revision: '1', categories });
        if (corruption) expect(parsed, `accepted a record with ${corruption}: ${JSON.stringify(record)}`).to.equal(null);
        else expect(parsed?.granted).to.deep.equal(granted);
      }),
    );
  });

  it('reads back every record the product writes', () => {
    check(
      fc.property(offered, fc.array(categoryId), fc.date({ min: new Date(1), max: new Date(4_102_444_800_000), noInvalidDate: true }), fc.uuid(), (categories, wanted, now, id) => {
        const config = parseConfig((name) => (name === 'categories' ? categories.join(' ') : null), 'localhost').config;
        const { record } = decide(config, wanted, now, null, () => id);
        const parsed = parseRecord(serializeRecord(record), config);
        expect(parsed).to.deep.equal({ record, problem: null });
        // Through the cookie's encoding too.
        expect(parseRecord(decodeURIComponent(encodeURIComponent(serializeRecord(record))), config).record).to.deep.equal(record);
      }),
    );
  });
});

describe(`property: parseConfig (${RUNS} inputs per property)`, () => {
  const attributeValue = fc.option(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), word, fc.integer().map(String)), { nil: null });
  const attributes = fc.record(Object.fromEntries(ALL_CONFIG_ATTRIBUTES.map((name) => [name, attributeValue])) as Record<ConfigAttribute, fc.Arbitrary<string | null>>);
  const hostname = fc.oneof(fc.constantFrom('localhost', 'shop.example.com', 'example.com'), fc.domain());

  it('never throws, always yields a valid configuration, and warns at most once per attribute', () => {
    check(
      fc.property(attributes, hostname, (generated, host) => {
        const values = generated as Record<string, string | null>;
        const { config, warnings } = parseConfig((name) => values[name], host);
        expect(config.categories[0]).to.equal(NECESSARY);
        expect(new Set(config.categories).size).to.equal(config.categories.length);
        expect(config.categories.every(isCategoryId)).to.equal(true);
        expect(Number.isInteger(config.expiresDays)).to.equal(true);
        expect(config.expiresDays).to.be.within(MIN_EXPIRES_DAYS, MAX_EXPIRES_DAYS);
        expect(config.cookieName).to.match(/^[A-Za-z0-9_-]{1,64}$/);
        expect(config.revision).to.match(/^[A-Za-z0-9._-]{1,32}$/);
        expect(['opt-in', 'opt-out']).to.include(config.mode);
        expect(['page', 'auto', 'light', 'dark']).to.include(config.colorScheme);
        if (config.policyUrl !== null) expect(config.policyUrl).not.to.match(/^\s*(javascript|data|vbscript):/i);
        if (config.cookieDomain !== null) expect(host.toLowerCase() === config.cookieDomain || host.toLowerCase().endsWith(`.${config.cookieDomain}`)).to.equal(true);
        if (config.consentEndpoint !== null) expect(config.consentEndpoint).not.to.match(/^\s*(javascript|data|vbscript|mailto):/i);
        for (const text of Object.values(config.texts)) {
          expect(text.trim()).to.equal(text);
          expect(text).not.to.equal('');
        }
        expect(warnings.length).to.be.at.most(ALL_CONFIG_ATTRIBUTES.filter((name) => values[name] !== null).length);
      }),
    );
  });

  it('takes valid values as given, without warnings', () => {
    const valid = fc.record({
      categories: fc.uniqueArray(categoryId, { maxLength: 6 }).map((ids) => ids.join(' ')),
      'policy-url': fc.oneof(fc.webUrl(), fc.constant('/privacy')),
      revision: fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/),
      'expires-days': fc.integer({ min: MIN_EXPIRES_DAYS, max: MAX_EXPIRES_DAYS }).map(String),
      'cookie-name': fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      mode: fc.constantFrom('opt-in', 'opt-out'),
      lang: fc.constantFrom('en', 'de-AT', 'pt-BR', 'fr'),
      'color-scheme': fc.constantFrom('auto', 'light', 'dark'),
    });
    check(
      fc.property(valid, (values) => {
        const { config, warnings } = parseConfig((name) => (name === 'cookie-domain' ? null : (values as Record<string, string>)[name]), 'localhost');
        expect(warnings).to.deep.equal([]);
        expect(config.revision).to.equal(values.revision);
        expect(config.expiresDays).to.equal(Number(values['expires-days']));
        expect(config.cookieName).to.equal(values['cookie-name']);
        expect(config.policyUrl).to.equal(values['policy-url']);
        expect(config.categories.slice(1)).to.deep.equal(values.categories.split(' ').filter((id) => id && id !== NECESSARY));
      }),
    );
  });
});

describe(`property: data-category (${RUNS} inputs per property)`, () => {
  const dataCategory = fc.oneof(fc.string(), fc.array(word, { maxLength: 5 }).map((words) => words.join(' ')), fc.constant(null));

  it('parses any value without throwing into well-formed, unique ids', () => {
    check(
      fc.property(dataCategory, (value) => {
        const { ids, invalid } = parseCategoryList(value);
        expect(ids.every(isCategoryId)).to.equal(true);
        expect(new Set(ids).size).to.equal(ids.length);
        expect(ids.length + invalid.length).to.be.at.most((value ?? '').split(/\s+/).filter(Boolean).length);
      }),
    );
  });

  it('releases an element only when every category it names is granted and offered', () => {
    check(
      fc.property(dataCategory, offered, fc.array(categoryId), (value, categories, grantedIds) => {
        const offeredSet = new Set(categories);
        const granted = new Set([NECESSARY, ...grantedIds.filter((id) => offeredSet.has(id))]);
        const { allowed, problem } = checkRequirement(value, granted, offeredSet);
        const words = (value ?? '').split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
        const expected = words.length > 0 && words.every((id) => isCategoryId(id) && offeredSet.has(id) && granted.has(id));
        expect(allowed).to.equal(expected);
        if (problem) expect(allowed).to.equal(false);
      }),
    );
  });
});
