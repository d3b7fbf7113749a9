import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { changedIds, consentMap, decide, grantedIds, recordInForce, serviceMap } from '../../src/core/decision.js';
import { withDeclaredServices } from '../../src/core/services.js';

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

describe('grantedIds and consentMap', () => {
  it('grants only necessary before a decision in opt-in mode', () => {
    expect([...grantedIds(config, null)]).to.deep.equal(['necessary']);
    expect(consentMap(config, null)).to.equal(null);
  });

  it('grants every category before a decision in opt-out mode', () => {
    expect([...grantedIds(optOut, null)]).to.deep.equal(optOut.categories);
  });

  it('maps every offered category after a decision', () => {
    const { record } = decide(config, ['functionality'], now, null, newId);
    expect(consentMap(config, record)).to.deep.equal({ necessary: true, analytics: false, functionality: true, targeting: false });
  });
});

describe('changedIds', () => {
  it('lists every optional category on a first decision', () => {
    const { record } = decide(config, [], now, null, newId);
    expect(changedIds(config, null, record)).to.deep.equal(['analytics', 'functionality', 'targeting']);
  });

  it('lists what flipped on a later decision', () => {
    const before = decide(config, ['analytics'], now, null, newId).record;
    const after = decide(config, ['targeting'], now, before, newId).record;
    expect(changedIds(config, before, after)).to.deep.equal(['analytics', 'targeting']);
    expect(changedIds(config, after, after)).to.deep.equal([]);
  });
});

describe('decisions with services', () => {
  const declared = (name: string, category: string | null, extra: Record<string, string> = {}) => ({
    name,
    category,
    label: null,
    provider: null,
    policyUrl: null,
    cookies: null,
    storage: null,
    urls: null,
    description: '',
    ...extra,
  });
  const { config: withServices, warnings } = withDeclaredServices(config, [
    declared('hotjar', 'analytics'),
    declared('matomo', 'analytics'),
    declared('youtube', 'functionality'),
    declared('meta-pixel', 'targeting'),
  ]);

  it('declares them without a warning', () => {
    expect(warnings).to.deep.equal([]);
    expect(withServices.services.map((service) => service.id)).to.deep.equal(['hotjar', 'matomo', 'youtube', 'meta-pixel']);
  });

  it('a category id grants the category and all its services', () => {
    const { record } = decide(withServices, ['analytics'], now, null, newId);
    expect(record.granted).to.deep.equal(['necessary', 'analytics', 'hotjar', 'matomo']);
    expect(record.denied).to.deep.equal(['functionality', 'targeting', 'youtube', 'meta-pixel']);
  });

  it('a service id grants that service and its category, not the other services', () => {
    const { record } = decide(withServices, ['hotjar'], now, null, newId);
    expect(record.granted).to.deep.equal(['necessary', 'analytics', 'hotjar']);
    expect(record.denied).to.include('matomo');
    expect(serviceMap(withServices, record)).to.deep.equal({ hotjar: true, matomo: false, youtube: false, 'meta-pixel': false });
    expect(consentMap(withServices, record)).to.deep.equal({ necessary: true, analytics: true, functionality: false, targeting: false });
  });

  it('lists the services a change touched, and every optional id on a first decision', () => {
    const first = decide(withServices, ['analytics'], now, null, newId).record;
    expect(changedIds(withServices, null, first)).to.deep.equal(['analytics', 'functionality', 'targeting', 'hotjar', 'matomo', 'youtube', 'meta-pixel']);
    const second = decide(withServices, ['hotjar'], now, first, newId).record;
    expect(changedIds(withServices, first, second)).to.deep.equal(['matomo']);
  });

  it('Global Privacy Control opts out of targeting services too', () => {
    const { record } = decide(withServices, ['targeting'], now, null, newId);
    expect([...grantedIds(withServices, record, true)]).to.not.include('meta-pixel');
    expect(recordInForce(withServices, record, true)?.denied).to.include.members(['targeting', 'meta-pixel']);
  });

  it('opt-out mode grants every service before a decision', () => {
    const { config: optOutServices } = withDeclaredServices(optOut, [declared('hotjar', 'analytics')]);
    expect([...grantedIds(optOutServices, null)]).to.include('hotjar');
  });

  it('says what is wrong with a malformed service, and leaves it out', () => {
    const bad = withDeclaredServices(config, [
      declared('Hot Jar', 'analytics'),
      declared('analytics', 'analytics'),
      declared('lonely', null),
      declared('dup', 'analytics'),
      declared('dup', 'analytics'),
      declared('pixel', 'targeting', { urls: 'https://x.example/p ok *.ok.example', policyUrl: 'javascript:alert(1)' }),
    ]);
    expect(bad.config.services.map((service) => service.id)).to.deep.equal(['dup', 'pixel']);
    expect(bad.config.services[1]?.urls).to.deep.equal([
      { host: 'x.example', subdomains: false, path: '/p' },
      { host: 'ok.example', subdomains: true, path: '' },
    ]);
    expect(bad.config.services[1]?.policyUrl).to.equal(null);
    expect(bad.warnings).to.have.length(6);
    for (const warning of bad.warnings) expect(warning).to.match(/^cookie-consent: <cookie-service name="/);
    expect(bad.warnings.join('\n')).to.include('inside a <cookie-category name="…">, or give it category="analytics"');
  });

  it('a service in a category the page does not list adds that category', () => {
    const { config: added } = withDeclaredServices(parseConfig((name) => (name === 'categories' ? 'analytics' : null), 'localhost').config, [declared('youtube', 'functionality')]);
    expect(added.categories).to.deep.equal(['necessary', 'analytics', 'functionality']);
  });
});
