/**
 * Where the visitor lives: the built-in rules per region, the site's own `<cookie-region>`
 * rules, and which one a visitor is under. The site names the visitor's region (`region="US-CA"`,
 * filled in by its server or CDN from its own country header); nothing here looks it up. Pure:
 * no DOM. Sources of each rule: docs/regions.md.
 */
import { NECESSARY, TARGETING, parseCategoryList, splitWords } from './categories.js';

/**
 * The rules a region can be under:
 * - `opt-in`: consent first, for every optional category (EEA, Switzerland).
 * - `uk`: consent first, except the categories the site lists in `opt-out` (the Data (Use and
 *   Access) Act 2025 exempts statistics and functionality cookies if the visitor can object).
 * - `us`: no consent wall; a notice at collection with "Do Not Sell or Share", every optional
 *   category on until the visitor opts out, Global Privacy Control an opt-out of `targeting`.
 * - `site`: the element's own `mode` (elsewhere, and on a page without regional rules).
 */
export const RULE_IDS = ['opt-in', 'uk', 'us', 'site'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One rule and the regions it covers. */
export interface RegionRule {
  /** ISO 3166-1 codes (`DE`, a whole country) and ISO 3166-2 codes (`US-CA`, one subdivision). */
  readonly codes: readonly string[];
  readonly rule: RuleId;
  /** Under `uk`: the optional categories that are on until the visitor switches them off. */
  readonly optOut: readonly string[];
}

/** A `<cookie-region>` as written, each attribute `null` when absent. */
export interface DeclaredRegion {
  readonly codes: string | null;
  readonly rule: string | null;
  readonly optOut: string | null;
}

// ISO 3166-1 alpha-2, then optionally an ISO 3166-2 subdivision of one to three letters or digits.
const REGION_CODE = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

/** `de`, ` US-ca ` → `DE`, `US-CA`; `null` when it is not an ISO 3166-1 or 3166-2 code. */
export function regionCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return REGION_CODE.test(code) ? code : null;
}

/**
 * The EU's 27 members, the EEA's Iceland, Liechtenstein and Norway, the EU territories with an
 * ISO 3166-1 code of their own (Åland, French Guiana, Guadeloupe, Martinique, Mayotte, Réunion,
 * Saint-Martin), and Switzerland.
 */
const OPT_IN_CODES = splitWords(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO AX GF GP MQ YT RE MF CH',
);

/**
 * US states whose comprehensive privacy law, in force by 2026, gives an opt-out of the sale or
 * sharing of personal information and of targeted advertising.
 */
const US_OPT_OUT_STATES = splitWords('CA CO CT DE IA IN KY MD MN MT NE NH NJ OR RI TN TX UT VA').map((state) => `US-${state}`);

/** The built-in rules, documented with their sources in docs/regions.md. */
export const BUILT_IN_RULES: readonly RegionRule[] = [
  { codes: OPT_IN_CODES, rule: 'opt-in', optOut: [] },
  { codes: ['GB'], rule: 'uk', optOut: [] },
  { codes: US_OPT_OUT_STATES, rule: 'us', optOut: [] },
];

/** The categories the UK's exemption can cover: statistics and functionality (never targeting). */
const UK_EXEMPTIBLE = (id: string): boolean => id !== NECESSARY && id !== TARGETING;

/**
 * Validates the site's `<cookie-region>` children, each bad one left out (or its bad part) with
 * one warning that names the fix.
 * @param declared the children in document order (the first rule for a code wins)
 * @param categories the categories the page offers
 */
export function siteRules(declared: readonly DeclaredRegion[], categories: readonly string[]): { rules: RegionRule[]; warnings: string[] } {
  const warnings: string[] = [];
  const rules: RegionRule[] = [];
  const claimed = new Set<string>();
  for (const region of declared) {
    const written = `<cookie-region codes="${region.codes ?? ''}"${region.rule === null ? '' : ` rule="${region.rule}"`}>`;
    const rule = region.rule?.trim().toLowerCase() ?? '';
    if (!(RULE_IDS as readonly string[]).includes(rule)) {
      warnings.push(`cookie-consent: ${written} needs rule="${RULE_IDS.join('", "')}"; the rule is left out.`);
      continue;
    }
    const codes: string[] = [];
    for (const word of splitWords(region.codes)) {
      const code = regionCode(word);
      if (!code) warnings.push(`cookie-consent: ${written}: "${word}" is not an ISO 3166-1 or 3166-2 code (DE, US-CA); it is left out.`);
      else if (claimed.has(code)) warnings.push(`cookie-consent: ${written}: ${code} has a rule already, from an earlier <cookie-region>; the first one is used.`);
      else {
        claimed.add(code);
        codes.push(code);
      }
    }
    if (!codes.length) {
      if (!splitWords(region.codes).length) warnings.push(`cookie-consent: ${written} lists no codes; write codes="DE AT" or codes="US-CA"; the rule is left out.`);
      continue;
    }
    let optOut: string[] = [];
    if (region.optOut !== null) {
      const { ids } = parseCategoryList(region.optOut);
      if (rule !== 'uk') warnings.push(`cookie-consent: ${written}: opt-out="${region.optOut}" applies only with rule="uk"; it is ignored.`);
      else {
        optOut = ids.filter((id) => categories.includes(id) && UK_EXEMPTIBLE(id));
        const refused = ids.filter((id) => !optOut.includes(id));
        if (refused.length)
          warnings.push(
            `cookie-consent: ${written}: opt-out may list only offered categories other than necessary and targeting (the UK exempts statistics and functionality, never advertising); ${refused.join(', ')} stay opt-in.`,
          );
      }
    }
    rules.push({ codes, rule: rule as RuleId, optOut });
  }
  return { rules, warnings };
}

/**
 * The rule a visitor from `region` is under: the site's rules first, then the built-in ones, a
 * subdivision's (`US-CA`) before its country's (`US`); `null` when none names it.
 */
export function ruleFor(region: string | null, rules: readonly RegionRule[]): RegionRule | null {
  if (!region) return null;
  const country = region.slice(0, 2);
  for (const list of [rules, BUILT_IN_RULES])
    for (const code of [region, country]) {
      const found = list.find((rule) => rule.codes.includes(code));
      if (found) return found;
    }
  return null;
}

/**
 * The optional categories that count as granted before any decision under `rule`.
 * @param categories the categories the page offers
 * @param siteOptOut whether the element's own `mode` is `opt-out` (the `site` rule)
 */
export function optOutCategories(rule: RegionRule | RuleId, categories: readonly string[], siteOptOut: boolean): string[] {
  const id = typeof rule === 'string' ? rule : rule.rule;
  const optional = categories.filter((category) => category !== NECESSARY);
  if (id === 'us' || (id === 'site' && siteOptOut)) return optional;
  if (id === 'uk' && typeof rule !== 'string') return optional.filter((category) => rule.optOut.includes(category));
  return [];
}

/** The page's definition of rule `id`: the site's first rule with that id, else the built-in one. */
function ruleById(id: RuleId, rules: readonly RegionRule[]): RegionRule | RuleId {
  return rules.find((rule) => rule.rule === id) ?? BUILT_IN_RULES.find((rule) => rule.rule === id) ?? id;
}

/**
 * Whether a decision made under rule `before` must be asked again under the rule in force now:
 * only where the new rule is stricter, i.e. it needs consent for a category that the decision
 * grants and that the old rule had on without asking. A refusal is never asked again.
 * @param granted the categories the decision grants
 */
export function stricterNow(
  before: RuleId,
  now: { readonly rule: RuleId; readonly optOut: readonly string[]; readonly regionRules: readonly RegionRule[]; readonly categories: readonly string[]; readonly mode: string },
  granted: readonly string[],
): boolean {
  if (before === now.rule) return false;
  const was = optOutCategories(ruleById(before, now.regionRules), now.categories, now.mode === 'opt-out');
  return was.some((category) => granted.includes(category) && !now.optOut.includes(category));
}

/**
 * The rules a page's Consent Mode defaults go out for, each with its regions: the site's, then
 * the built-in ones without the codes the site took over.
 */
export function rulesInUse(rules: readonly RegionRule[]): RegionRule[] {
  const taken = new Set(rules.flatMap((rule) => rule.codes));
  return [...rules, ...BUILT_IN_RULES.map((rule) => ({ ...rule, codes: rule.codes.filter((code) => !taken.has(code)) }))].filter((rule) => rule.codes.length);
}
