/**
 * The regional rules' pure core: reading codes, the site's `<cookie-region>` rules, which rule a
 * region is under, and when a decision made under another rule must be asked again.
 */
import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { BUILT_IN_RULES, regionCode, ruleFor, siteRules, stricterNow } from '../../src/core/regions.js';
import { withDeclarations } from '../../src/core/services.js';

const CATEGORIES = ['necessary', 'analytics', 'functionality', 'targeting'];
/** The configuration of `<cookie-consent …attributes>` with `<cookie-region>` children. */
function configOf(attributes: Record<string, string>, regions: { codes: string | null; rule: string | null; optOut: string | null }[] = []) {
  const parsed = parseConfig((name) => attributes[name] ?? null, 'example.com');
  const declared = withDeclarations(parsed.config, { regions });
  return { config: declared.config, warnings: [...parsed.warnings, ...declared.warnings] };
}

describe('regions', () => {
  it('reads ISO 3166-1 and 3166-2 codes, case-insensitively, and nothing else', () => {
    expect(['de', ' US-ca ', 'FR-974', 'GB'].map(regionCode)).to.deep.equal(['DE', 'US-CA', 'FR-974', 'GB']);
    expect(['Germany', 'D', 'US_CA', 'US-', 'US-CALI', '', '1A'].map(regionCode)).to.deep.equal([null, null, null, null, null, null, null]);
  });

  it('puts the EEA, Switzerland, the UK and the US opt-out states under their rules, and nothing else', () => {
    const rule = (region: string) => ruleFor(region, [])?.rule ?? 'site';
    expect(['DE', 'IE', 'IS', 'LI', 'NO', 'CH', 'RE', 'AX', 'FR-974'].map(rule)).to.deep.equal(Array(9).fill('opt-in'));
    expect(rule('GB')).to.equal('uk');
    for (const state of ['CA', 'CO', 'CT', 'DE', 'MD', 'MT', 'NE', 'NH', 'NJ', 'OR', 'TX', 'VA', 'UT', 'MN', 'TN']) expect(rule(`US-${state}`), state).to.equal('us');
    expect(['US', 'US-NY', 'US-WA', 'CA', 'CA-QC', 'BR', 'JP', 'AU'].map(rule)).to.deep.equal(Array(8).fill('site'));
    expect(BUILT_IN_RULES.flatMap((entry) => entry.codes).length, 'no code in two rules').to.equal(new Set(BUILT_IN_RULES.flatMap((entry) => entry.codes)).size);
  });

  it('the site\'s rules come first, a subdivision before its country', () => {
    const { rules } = siteRules([{ codes: 'US', rule: 'us', optOut: null }, { codes: 'US-CA', rule: 'site', optOut: null }, { codes: 'DE', rule: 'site', optOut: null }], CATEGORIES);
    expect(ruleFor('US-NY', rules)?.rule).to.equal('us');
    expect(ruleFor('US-CA', rules)?.rule).to.equal('site');
    expect(ruleFor('DE', rules)?.rule).to.equal('site');
    expect(ruleFor('FR', rules)?.rule).to.equal('opt-in');
  });

  it('a configuration under each rule: what is on before a decision', () => {
    const on = (attributes: Record<string, string>, regions = []) => configOf(attributes, regions).config.optOut;
    expect(on({ region: 'DE', mode: 'opt-out' })).to.deep.equal([]);
    expect(on({ region: 'US-CA' })).to.deep.equal(['analytics', 'functionality', 'targeting']);
    expect(on({ region: 'GB', mode: 'opt-out' })).to.deep.equal([]);
    expect(configOf({ region: 'GB' }, [{ codes: 'GB', rule: 'uk', optOut: 'analytics functionality' }]).config.optOut).to.deep.equal(['analytics', 'functionality']);
    expect(on({ region: 'JP', mode: 'opt-out' })).to.deep.equal(['analytics', 'functionality', 'targeting']);
    expect(on({ mode: 'opt-out' })).to.deep.equal(['analytics', 'functionality', 'targeting']);
    expect(configOf({}).config.regional).to.equal(false);
    expect(configOf({ region: 'JP' }).config.regional).to.equal(true);
    expect(configOf({}, [{ codes: 'BR', rule: 'opt-in', optOut: null }]).config.regional).to.equal(true);
  });

  it('each mistake in a <cookie-region> is one warning that names the fix; the rest of it still counts', () => {
    const { rules, warnings } = siteRules(
      [
        { codes: 'BR', rule: 'gdpr', optOut: null },
        { codes: 'BR Brazil', rule: 'opt-in', optOut: null },
        { codes: 'BR', rule: 'us', optOut: null },
        { codes: null, rule: 'us', optOut: null },
        { codes: 'GB', rule: 'uk', optOut: 'analytics targeting' },
        { codes: 'JP', rule: 'site', optOut: 'analytics' },
      ],
      CATEGORIES,
    );
    expect(rules).to.deep.equal([
      { codes: ['BR'], rule: 'opt-in', optOut: [] },
      { codes: ['GB'], rule: 'uk', optOut: ['analytics'] },
      { codes: ['JP'], rule: 'site', optOut: [] },
    ]);
    expect(warnings).to.have.length(6);
    expect(warnings[0]).to.contain('needs rule="opt-in", "uk", "us", "site"');
    expect(warnings[1]).to.contain('"Brazil" is not an ISO 3166-1 or 3166-2 code');
    expect(warnings[2]).to.contain('BR has a rule already');
    expect(warnings[3]).to.contain('lists no codes');
    expect(warnings[4]).to.contain('targeting stay opt-in');
    expect(warnings[5]).to.contain('applies only with rule="uk"');
  });

  it('asks again only where the new rule is stricter for what the decision grants', () => {
    const { config: germany } = configOf({ region: 'DE' });
    const { config: california } = configOf({ region: 'US-CA' });
    expect(stricterNow('us', germany, ['necessary', 'analytics']), 'analytics was on by default in the US').to.equal(true);
    expect(stricterNow('us', germany, ['necessary']), 'a refusal stands').to.equal(false);
    expect(stricterNow('opt-in', california, ['necessary', 'analytics', 'targeting'])).to.equal(false);
    expect(stricterNow('us', california, ['necessary', 'analytics'])).to.equal(false);
    const { config: britain } = configOf({ region: 'DE' }, [{ codes: 'GB', rule: 'uk', optOut: 'analytics' }]);
    expect(stricterNow('uk', britain, ['necessary', 'analytics'])).to.equal(true);
    expect(stricterNow('uk', britain, ['necessary', 'targeting']), 'targeting was asked for in the UK too').to.equal(false);
  });
});
