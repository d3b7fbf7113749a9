/**
 * The site owner's configuration, parsed from attribute strings by the rows of the attribute
 * table (`attributes.ts`). Pure: no DOM. Every attribute has a safe default; a bad value falls
 * back to it with one warning.
 */
import { CONFIG_ATTRIBUTES, TEXT_ATTRIBUTES, type AttributeSpec, type ColorScheme, type ConfigAttribute, type ConsentMode, type SettingsButtonSide } from './attributes.js';
import { DEFAULT_OPTIONAL_CATEGORIES, NECESSARY, tidyCategoryList, type TidiedCategoryList } from './categories.js';
import type { DeclaredItemDetail } from './declared-items.js';
import { optOutCategories, ruleFor, type RegionRule, type RuleId } from './regions.js';
import type { TextKey } from './texts/texts.js';
import type { UrlPattern } from './url-patterns.js';

export {
  ALL_CONFIG_ATTRIBUTES,
  DEFAULT_COOKIE_NAME,
  DEFAULT_EXPIRES_DAYS,
  DEFAULT_REVISION,
  MAX_EXPIRES_DAYS,
  MIN_EXPIRES_DAYS,
  type ColorScheme,
  type ConfigAttribute,
  type ConsentMode,
  type SettingsButtonSide,
} from './attributes.js';

/** A category's declared data and wording (from a `<cookie-category>` child). */
export interface CategoryDetail {
  /** Overrides the built-in label, when given. */
  readonly label: string | null;
  /** Overrides the built-in description, when given. */
  readonly description: string | null;
  /** Cookie names, `*` matching any run of characters (`_ga_*`). */
  readonly cookies: readonly string[];
  /** `localStorage` keys, `*` as in cookies. */
  readonly storage: readonly string[];
}

/** A validated service, as the configuration holds it. */
export interface ServiceDetail {
  /** Its id, unique among the page's categories and services. */
  readonly id: string;
  /** The category it belongs to: granting the category grants it, and it needs the category. */
  readonly category: string;
  readonly label: string;
  /** The site's own description, over the catalogue's. */
  readonly description: string | null;
  /** A catalogue service's English description (other languages load with the texts), or `null`. */
  readonly catalogueDescription: string | null;
  readonly provider: string | null;
  readonly policyUrl: string | null;
  /** Cookie names deleted when it is withdrawn, `*` as a wildcard. */
  readonly cookies: readonly string[];
  /** `localStorage` keys deleted when it is withdrawn. */
  readonly storage: readonly string[];
  /** What it loads: elements and requests to these URLs are held until it is granted. */
  readonly urls: readonly UrlPattern[];
  /** The cookies and keys described for the declaration (purpose, lifetime). */
  readonly items: readonly DeclaredItemDetail[];
}

/** Category id → what a `<cookie-category>` child declares about it. */
export type CategoryDetails = Readonly<Record<string, CategoryDetail>>;

/** The validated configuration of one banner. */
export interface ConsentConfig {
  /** Every category offered, `necessary` first, then the optional ones in display order. */
  readonly categories: readonly string[];
  readonly policyUrl: string | null;
  readonly revision: string;
  readonly expiresDays: number;
  readonly cookieName: string;
  readonly cookieDomain: string | null;
  readonly mode: ConsentMode;
  /** The visitor's region as the site wrote it, upper-case (`DE`, `US-CA`), or `null`. */
  readonly region: string | null;
  /** The rule the visitor is under: the region's, or `site` (the `mode` above) without one. */
  readonly rule: RuleId;
  /** The optional categories on until the visitor declines, under that rule (all of them in `opt-out` mode). */
  readonly optOut: readonly string[];
  /** The site's `<cookie-region>` rules, validated, in document order. */
  readonly regionRules: readonly RegionRule[];
  /** The page uses regional rules (a `region`, or `<cookie-region>` children): Consent Mode's defaults then go per region. */
  readonly regional: boolean;
  /** The `lang` attribute, when well-formed; otherwise the page's or browser's language is used. */
  readonly lang: string | null;
  readonly colorScheme: ColorScheme;
  /** Google Consent Mode v2: default-denied signals, then updates from the decision. */
  readonly consentMode: boolean;
  /** Do not apply the browser's Global Privacy Control signal. */
  readonly ignoreGpc: boolean;
  /** Where each decision record is sent with `navigator.sendBeacon`, or `null`. */
  readonly consentEndpoint: string | null;
  /** Show a floating button that reopens the preferences. */
  readonly settingsButton: boolean;
  /** The settings button's bottom corner, on the reading direction's start or end side. */
  readonly settingsButtonSide: SettingsButtonSide;
  /** Reload the page after a decision withdraws a category (scripts that ran cannot be unloaded). */
  readonly reloadOnWithdraw: boolean;
  /** The site owner's own wording, overriding the built-in texts in every language. */
  readonly texts: Partial<Record<TextKey, string>>;
  /** What `<cookie-category>` children declare, by category id (none from attributes alone). */
  readonly details: CategoryDetails;
  /** The declared services (`<cookie-service>`), in the order declared; none from attributes alone. */
  readonly services: readonly ServiceDetail[];
}

/** The configuration plus one message per attribute that fell back to its default. */
export interface ParsedConfig {
  readonly config: ConsentConfig;
  readonly warnings: string[];
}

/**
 * Builds a configuration from attribute values (`null` when absent), row by row of the table.
 * @param read returns an attribute's raw value
 * @param hostname the page's host, to check that `cookie-domain` can be set from it
 */
export function parseConfig(read: (name: ConfigAttribute) => string | null | undefined, hostname: string): ParsedConfig {
  const warnings: string[] = [];
  const raw = read('categories');
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- properties set from plain JS may hold other types
  const written = raw === null || raw === undefined ? null : String(raw).trim();
  const tidied = written === null ? null : tidyCategoryList(written);
  const valueOf = <T>(spec: AttributeSpec<T>): T => {
    // The table's row reads `categories` space-separated: it gets the value as its author meant it.
    const value = spec.attribute === 'categories' && tidied ? tidied.value : read(spec.attribute as ConfigAttribute);
    if (value === null || value === undefined) return spec.fallback;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- properties set from plain JS may hold numbers (`el.expiresDays = 30`)
    const trimmed = String(value).trim();
    return spec.read(trimmed, {
      hostname,
      warn: (why, using) => warnings.push(`cookie-consent: ${spec.attribute}="${trimmed}" ${why}; using ${using}.`),
    });
  };
  const fields = Object.fromEntries(CONFIG_ATTRIBUTES.map((spec: AttributeSpec) => [spec.property, valueOf(spec)]));
  // Shown as text, never as HTML, so any wording is safe; an empty one keeps the built-in text.
  const texts: Partial<Record<TextKey, string>> = {};
  for (const spec of TEXT_ATTRIBUTES) {
    const value = valueOf(spec);
    if (value) texts[spec.key] = value;
  }
  const config = withRegionRules(
    { ...(fields as unknown as Omit<ConsentConfig, 'texts' | 'details' | 'services' | RegionFields>), texts, details: {}, services: [] },
    [],
  );
  if (written !== null && tidied) warnings.push(...categoryListWarnings(written, tidied, config.categories));
  return { config, warnings };
}

/** The fields {@link withRegionRules} derives. */
type RegionFields = 'rule' | 'optOut' | 'regionRules' | 'regional';

/**
 * The rule the configuration's visitor is under, from its region, the site's rules and its
 * categories (call it again once declarations add categories).
 */
export function withRegionRules(config: Omit<ConsentConfig, RegionFields>, rules: readonly RegionRule[]): ConsentConfig {
  const found = ruleFor(config.region, rules);
  return {
    ...config,
    rule: found?.rule ?? 'site',
    optOut: optOutCategories(found ?? 'site', config.categories, config.mode === 'opt-out'),
    regionRules: rules,
    regional: config.region !== null || rules.length > 0,
  };
}

/**
 * What the table's row cannot say about a `categories` value, as it reads the tidied one:
 * separators other than spaces (the ids are used, with a warning), and `!id` (not supported,
 * left out as before, with the value that says what was meant).
 * @param written the attribute as written, trimmed
 * @param tidied what {@link tidyCategoryList} made of it
 * @param offered the categories the configuration offers from it
 */
function categoryListWarnings(written: string, tidied: TidiedCategoryList, offered: readonly string[]): string[] {
  const { separators, negated } = tidied;
  const warnings: string[] = [];
  const optional = offered.filter((id) => id !== NECESSARY);
  if (separators.length) {
    warnings.push(
      `cookie-consent: categories="${written}": ids are lowercase and separated by spaces only; using categories="${optional.join(' ')}".`,
    );
  }
  if (negated.length) {
    // "All but these" is the likely intent; the fix names the ids to list instead.
    const meant = optional.length ? optional : DEFAULT_OPTIONAL_CATEGORIES.filter((id) => !negated.includes(id));
    warnings.push(
      `cookie-consent: categories="${written}": "!" (negation, as in vanilla-cookieconsent) is not supported syntax; list the categories to offer instead: categories="${meant.join(' ')}".`,
    );
  }
  return warnings;
}
