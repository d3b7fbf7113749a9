import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { changedCategories, consentMap, decide, grantedCategories } from '../../src/core/decision.js';

const config = parseConfig(() => null, 'localhost').config;
const optOut = parseConfig((name) => (name === 'mode' ? 'opt-out' : null), 'localhost').config;
const now = new Date('2026-01-02T03:04:05Z');
const newId = () => '11111111-2222-4333-8444-555555555555';

describe('decide', () => {
  it('grants exactly the given categories plus necessary and denies the rest', () => {
    const { record, unknown } = decide(config, ['analytics'], now, null, newId);
    expect(record.granted).to.deep.equal(['necessary', 'analytics']);
    expect(record.denied).to.deep.equal(['functionality', 'targeting']);
    expect(record.created).to.equal(now.getTime());
    expect(record.updated).to.equal(now.getTime());
    expect(record.rev).to.equal('1');
    expect(record.id).to.equal(newId());
    expect(unknown).to.deep.equal([]);
  });

  it('reports and ignores categories the page does not offer', () => {
    const { record, unknown } = decide(config, ['analytics', 'mind-reading'], now, null, newId);
    expect(record.granted).to.deep.equal(['necessary', 'analytics']);
    expect(unknown).to.deep.equal(['mind-reading']);
  });

  it('keeps the consent id and first-decision time across changes', () => {
    const first = decide(config, [], now, null, newId).record;
    const later = new Date(now.getTime() + 60_000);
    const second = decide(config, ['targeting'], later, first, () => 'other-id-0000').record;
    expect(second.id).to.equal(first.id);
    expect(second.created).to.equal(now.getTime());
    expect(second.updated).to.equal(later.getTime());
  });
});

describe('grantedCategories and consentMap', () => {
  it('grants only necessary before a decision in opt-in mode', () => {
    expect([...grantedCategories(config, null)]).to.deep.equal(['necessary']);
    expect(consentMap(config, null)).to.equal(null);
  });

  it('grants every category before a decision in opt-out mode', () => {
    expect([...grantedCategories(optOut, null)]).to.deep.equal(optOut.categories);
  });

  it('maps every offered category after a decision', () => {
    const { record } = decide(config, ['functionality'], now, null, newId);
    expect(consentMap(config, record)).to.deep.equal({ necessary: true, analytics: false, functionality: true, targeting: false });
  });
});

describe('changedCategories', () => {
  it('lists every optional category on a first decision', () => {
    const { record } = decide(config, [], now, null, newId);
    expect(changedCategories(config, null, record)).to.deep.equal(['analytics', 'functionality', 'targeting']);
  });

  it('lists what flipped on a later decision', () => {
    const before = decide(config, ['analytics'], now, null, newId).record;
    const after = decide(config, ['targeting'], now, before, newId).record;
    expect(changedCategories(config, before, after)).to.deep.equal(['analytics', 'targeting']);
    expect(changedCategories(config, after, after)).to.deep.equal([]);
  });
});
