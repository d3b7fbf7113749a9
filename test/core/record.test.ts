import { expect } from '@open-wc/testing';
import { parseRecord, serializeRecord, type ConsentRecord } from '../../src/core/record.js';

const expected = { revision: '1', categories: ['necessary', 'analytics', 'targeting'] };
const valid: ConsentRecord = {
  v: 3,
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  created: 1700000000000,
  updated: 1700000500000,
  rev: '1',
  granted: ['necessary', 'analytics'],
  denied: ['targeting'],
  rule: 'site',
};
const withChanges = (changes: Record<string, unknown>) => JSON.stringify({ ...valid, ...changes });

describe('parseRecord', () => {
  it('keeps the region and the rule of a format 3 record, and rejects malformed ones', () => {
    const regional = { ...valid, region: 'US-CA', rule: 'us' as const };
    expect(parseRecord(serializeRecord(regional), expected)).to.deep.equal({ record: regional, problem: null });
    expect(parseRecord(withChanges({ region: 'california' }), expected).problem).to.equal('its region is malformed');
    expect(parseRecord(withChanges({ region: 7 }), expected).problem).to.equal('its region is malformed');
    expect(parseRecord(withChanges({ rule: 'gdpr' }), expected).problem).to.equal('its rule is unknown');
    expect(parseRecord(withChanges({ v: 2, region: 'DE' }), expected).problem).to.equal('its region or rule comes before format version 3');
    expect(parseRecord(withChanges({ shire: 'x' }), expected).problem).to.equal('its keys are not those of a record');
  });

  it('round-trips what serializeRecord wrote', () => {
    expect(parseRecord(serializeRecord(valid), expected)).to.deep.equal({ record: valid, problem: null });
  });

  it('treats an absent value as no decision, without a problem', () => {
    for (const raw of [undefined, null, '']) expect(parseRecord(raw, expected)).to.deep.equal({ record: null, problem: null });
  });

  it('treats a record of another revision as no decision, without a problem', () => {
    expect(parseRecord(withChanges({ rev: '2' }), expected)).to.deep.equal({ record: null, problem: null });
  });

  it('asks again when the page offers a category the visitor was never asked about', () => {
    const more = { revision: '1', categories: [...expected.categories, 'functionality'] };
    expect(parseRecord(serializeRecord(valid), more).record).to.equal(null);
  });

  it('drops categories the page no longer offers', () => {
    const fewer = { revision: '1', categories: ['necessary', 'targeting'] };
    expect(parseRecord(serializeRecord(valid), fewer).record?.granted).to.deep.equal(['necessary']);
  });

  describe('with services', () => {
    const withServices = {
      ...expected,
      services: [
        { id: 'hotjar', category: 'analytics' },
        { id: 'matomo', category: 'analytics' },
        { id: 'stripe', category: 'necessary' },
      ],
    };

    it('reads a format 1 record (categories only): each service takes its category\'s answer', () => {
      const v1 = JSON.stringify({ ...valid, v: 1, rule: undefined });
      expect(parseRecord(v1, withServices).record).to.deep.include({
        v: 3,
        granted: ['necessary', 'analytics', 'hotjar', 'matomo', 'stripe'],
        denied: ['targeting'],
      });
    });

    it('keeps per-service answers, and grants a category while one of its services is granted', () => {
      const raw = withChanges({ granted: ['necessary', 'analytics', 'hotjar', 'stripe'], denied: ['targeting', 'matomo'] });
      const { record } = parseRecord(raw, withServices);
      expect(record?.granted).to.deep.equal(['necessary', 'analytics', 'hotjar', 'stripe']);
      expect(record?.denied).to.deep.equal(['targeting', 'matomo']);
    });

    it('denies a category whose services are all denied, whatever the record says of the category', () => {
      const raw = withChanges({ granted: ['necessary', 'analytics'], denied: ['targeting', 'hotjar', 'matomo'] });
      expect(parseRecord(raw, withServices).record?.denied).to.deep.equal(['analytics', 'targeting', 'hotjar', 'matomo']);
    });

    it('asks again when the page declares a service the visitor was never asked about', () => {
      const raw = withChanges({ granted: ['necessary', 'analytics', 'hotjar'], denied: ['targeting'] });
      expect(parseRecord(raw, withServices)).to.deep.equal({ record: null, problem: null });
    });

    it('never asks about a necessary service: it is always granted', () => {
      const raw = withChanges({ granted: ['necessary', 'analytics', 'hotjar', 'matomo'], denied: ['targeting'] });
      expect(parseRecord(raw, withServices).record?.granted).to.include('stripe');
    });
  });

  const corrupt: Record<string, string> = {
    'not JSON': '{v:1',
    'an array': '[1,2]',
    'a number': '42',
    'JSON null': 'null',
    'a string': '"x"',
    'an extra key': withChanges({ admin: true }),
    'a missing key': JSON.stringify({ ...valid, denied: undefined }),
    'a __proto__ key': serializeRecord(valid).replace('{', '{"__proto__":{"granted":["targeting"]},'),
    'another format version': withChanges({ v: 4 }),
    'a string version': withChanges({ v: '1' }),
    'a malformed id': withChanges({ id: 'x' }),
    'a non-string id': withChanges({ id: 12345678 }),
    'a negative time': withChanges({ created: -1 }),
    'a fractional time': withChanges({ updated: 1.5 }),
    'created after updated': withChanges({ created: 1800000000000 }),
    'a string time': withChanges({ created: '1700000000000' }),
    'a malformed revision': withChanges({ rev: '<1>' }),
    'granted as a string': withChanges({ granted: 'necessary analytics' }),
    'a malformed category': withChanges({ granted: ['necessary', 'ANALYTICS!'] }),
    'duplicate grants': withChanges({ granted: ['necessary', 'analytics', 'analytics'] }),
    'necessary missing': withChanges({ granted: ['analytics'] }),
    'necessary denied': withChanges({ denied: ['targeting', 'necessary'] }),
    'granted and denied at once': withChanges({ granted: ['necessary', 'analytics', 'targeting'] }),
    'too many ids': withChanges({ denied: Array.from({ length: 80 }, (_, i) => `c${i}`) }),
    oversized: withChanges({ id: 'a'.repeat(3000) }),
  };
  for (const [what, raw] of Object.entries(corrupt)) {
    it(`rejects ${what} with a problem and grants nothing`, () => {
      const result = parseRecord(raw, expected);
      expect(result.record).to.equal(null);
      expect(result.problem).to.be.a('string').and.not.be.empty;
    });
  }
});
