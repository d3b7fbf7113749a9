import { expect } from '@open-wc/testing';
import { parseConfig, type ConfigAttribute } from '../../src/core/config.js';

const parse = (attributes: Partial<Record<ConfigAttribute, string>>, hostname = 'shop.example.com') =>
  parseConfig((name) => attributes[name] ?? null, hostname);

describe('parseConfig', () => {
  it('gives the documented defaults without attributes', () => {
    const { config, warnings } = parse({});
    expect(config).to.deep.equal({
      categories: ['necessary', 'analytics', 'functionality', 'targeting'],
      policyUrl: null,
      revision: '1',
      expiresDays: 182,
      cookieName: 'cookie_consent',
      cookieDomain: null,
      mode: 'opt-in',
      region: null,
      lang: null,
      colorScheme: 'page',
      consentMode: false,
      ignoreGpc: false,
      consentEndpoint: null,
      settingsButton: false,
      settingsButtonSide: 'start',
      reloadOnWithdraw: false,
      texts: {},
      details: {},
      services: [],
      rule: 'site',
      optOut: [],
      regionRules: [],
      regional: false,
    });
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the categories in the given order, necessary first, without duplicates', () => {
    const { config, warnings } = parse({ categories: ' targeting  Analytics necessary targeting live-chat ' });
    expect(config.categories).to.deep.equal(['necessary', 'targeting', 'analytics', 'live-chat']);
    expect(warnings).to.deep.equal([]);
  });

  it('drops malformed category ids with a warning naming them', () => {
    const { config, warnings } = parse({ categories: 'analytics <img> __proto__x 9lives' });
    expect(config.categories).to.deep.equal(['necessary', 'analytics']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('categories=').and.contain('<img>').and.contain('9lives');
  });

  it('allows an empty category list: only necessary is offered', () => {
    expect(parse({ categories: '' }).config.categories).to.deep.equal(['necessary']);
  });

  it('clamps expires-days to 1..395 and warns', () => {
    expect(parse({ 'expires-days': '0' }).config.expiresDays).to.equal(1);
    expect(parse({ 'expires-days': '9999' }).config.expiresDays).to.equal(395);
    expect(parse({ 'expires-days': '30' }).config.expiresDays).to.equal(30);
    expect(parse({ 'expires-days': '9999' }).warnings[0]).to.contain('expires-days="9999"').and.contain('395');
  });

  it('falls back to 182 days for a non-number', () => {
    for (const bad of ['abc', '-5', '1.5', '1e3', '']) {
      const { config, warnings } = parse({ 'expires-days': bad });
      expect(config.expiresDays, bad).to.equal(182);
      expect(warnings, bad).to.have.length(1);
    }
  });

  it('rejects a policy-url with a script scheme', () => {
    const { config, warnings } = parse({ 'policy-url': ' JavaScript:alert(1)' });
    expect(config.policyUrl).to.equal(null);
    expect(warnings[0]).to.contain('policy-url');
    expect(parse({ 'policy-url': '/privacy' }).config.policyUrl).to.equal('/privacy');
    expect(parse({ 'policy-url': 'https://example.com/p?x=1#y' }).config.policyUrl).to.equal('https://example.com/p?x=1#y');
  });

  it('validates revision, cookie-name, mode and lang', () => {
    const { config, warnings } = parse({ revision: 'a b', 'cookie-name': 'bad;name', mode: 'opt-maybe', lang: 'x!' });
    expect(config.revision).to.equal('1');
    expect(config.cookieName).to.equal('cookie_consent');
    expect(config.mode).to.equal('opt-in');
    expect(config.lang).to.equal(null);
    expect(warnings).to.have.length(4);
    const good = parse({ revision: '2024-05', 'cookie-name': 'my_consent', mode: 'opt-out', lang: 'de-AT' }).config;
    expect([good.revision, good.cookieName, good.mode, good.lang]).to.deep.equal(['2024-05', 'my_consent', 'opt-out', 'de-AT']);
  });

  it('accepts color-scheme page, auto, light or dark, and warns for anything else', () => {
    expect(parse({}).config.colorScheme).to.equal('page');
    expect(parse({ 'color-scheme': 'auto' }).config.colorScheme).to.equal('auto');
    expect(parse({ 'color-scheme': 'dark' }).config.colorScheme).to.equal('dark');
    expect(parse({ 'color-scheme': 'light' }).config.colorScheme).to.equal('light');
    const bad = parse({ 'color-scheme': 'sepia' });
    expect(bad.config.colorScheme).to.equal('page');
    expect(bad.warnings[0]).to.contain('color-scheme="sepia"');
  });

  it('accepts a cookie-domain that contains the host, and refuses one the browser would reject', () => {
    expect(parse({ 'cookie-domain': '.Example.com' }).config.cookieDomain).to.equal('example.com');
    expect(parse({ 'cookie-domain': 'shop.example.com' }).config.cookieDomain).to.equal('shop.example.com');
    const other = parse({ 'cookie-domain': 'other.org' });
    expect(other.config.cookieDomain).to.equal(null);
    expect(other.warnings[0]).to.contain('cookie-domain="other.org"');
    expect(parse({ 'cookie-domain': 'ample.com' }).config.cookieDomain).to.equal(null);
    expect(parse({ 'cookie-domain': 'exa mple.com' }).config.cookieDomain).to.equal(null);
  });

  it('reads ids separated by commas as the author meant them, and warns that ids are lowercase and space-separated', () => {
    const { config, warnings } = parse({ categories: 'Analytics, Targeting' });
    expect(config.categories).to.deep.equal(['necessary', 'analytics', 'targeting']);
    expect(warnings).to.deep.equal([
      'cookie-consent: categories="Analytics, Targeting": ids are lowercase and separated by spaces only; using categories="analytics targeting".',
    ]);
    expect(parse({ categories: 'analytics;functionality | targeting' }).config.categories).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
  });

  it('says that "!id" is not supported and names the value meant, offering as before', () => {
    const { config, warnings } = parse({ categories: '!targeting' });
    expect(config.categories, 'nothing negated is offered, nor anything else, as before').to.deep.equal(['necessary']);
    expect(warnings).to.have.length(1);
    expect(warnings).to.deep.equal([
      'cookie-consent: categories="!targeting": "!" (negation, as in vanilla-cookieconsent) is not supported syntax; list the categories to offer instead: categories="analytics functionality".',
    ]);
    const mixed = parse({ categories: 'analytics !targeting' });
    expect(mixed.config.categories).to.deep.equal(['necessary', 'analytics']);
    expect(mixed.warnings[0]).to.contain('categories="analytics"');
  });
});
