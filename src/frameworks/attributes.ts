/**
 * The attributes and events of `<cookie-consent>` and its children as types, for the framework
 * typings beside this file (react.ts, vue.ts, svelte.ts). `<cookie-consent>`'s come from the one
 * attribute table (src/core/attributes.ts), so a new row appears in every framework's types with
 * no edit here; the children's come from what src/element/declared-children.ts reads of them
 * (the `Declared…` shapes of the core). Types only: this module compiles to an empty one.
 */
import type { CamelCase, CONFIG_ATTRIBUTES } from '../core/attributes.js';
import type { DeclaredCategory } from '../core/category-details.js';
import type { DeclaredItem, DeclaredItemDetail } from '../core/declared-items.js';
import type { DeclaredRegion, RuleId } from '../core/regions.js';
import type { DeclaredService } from '../core/services.js';
import type { TextKey } from '../core/texts/texts.js';
import type { ConsentChangeEvent } from '../element/consent-change.js';

/** `policyUrl` → `policy-url`, as a type (the inverse of {@link CamelCase}). */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/** One row of the attribute table. */
type Row = (typeof CONFIG_ATTRIBUTES)[number];

/**
 * Attributes whose value is free text that sites commonly write as a number (`revision={3}`),
 * so a number is accepted too; the element turns it into a string (`String(value)`), as every
 * framework does for an attribute.
 */
type NumberLike = 'revision';

/**
 * What a framework may pass for the row of attribute `A` whose value is read as `T` (the type
 * of its fallback). Every attribute is a string in HTML, so the types follow what the row reads:
 * a boolean row (`flag()`: present means on, except the value `false`) takes a boolean or its
 * spellings; a numeric one a number or a string; an enumerated one (`mode`, `color-scheme`, …)
 * only its words, so a typo fails to compile; any other one a string.
 */
export type AttributeValue<T, A extends string = string> = [T] extends [boolean]
  ? boolean | '' | 'true' | 'false'
  : [T] extends [number]
    ? number | string
    : A extends NumberLike
      ? string | number
      : [T] extends [string]
        ? string extends T
          ? string
          : T
        : string;

/**
 * The attributes of `<cookie-consent>`, by attribute name (`policy-url`, `text-banner-title`),
 * all optional: one per row of the table and one `text-…` per overridable text.
 */
export type CookieConsentAttributes = {
  [R in Row as R['attribute']]?: AttributeValue<R['fallback'], R['attribute']>;
} & {
  [K in TextKey as `text-${KebabCase<K>}`]?: string;
};

/**
 * Attributes `A` under their camel-case names (`policyUrl`, `textBannerTitle`: the reflecting
 * properties' names), for template checkers that camelize attribute names (vue-tsc does, as Vue's
 * own props do).
 */
export type CamelAttributes<A> = { [K in keyof A as K extends string ? CamelCase<K> : never]: A[K] };

/** String attributes named after the fields of a declared shape (`policyUrl` → `policy-url`), all optional. */
type AttributesOf<Shape, Fields extends keyof Shape & string> = { [F in Fields as KebabCase<F>]?: string };

/**
 * `<cookie-category>`: the category `name` it describes, its `label`, and the `cookies` and
 * `storage` keys it declares (space-separated, `*` as a wildcard); its text is the description.
 */
export type CookieCategoryAttributes = AttributesOf<DeclaredCategory, Exclude<keyof DeclaredCategory, 'description'>>;

/**
 * `<cookie-service>`: one vendor, by catalogue id or its own `name`, with its `category`,
 * `label`, `provider`, `policy-url`, `cookies`, `storage` keys and `urls` patterns; its text is
 * the description, its `<cookie-item>` children its cookies in detail.
 */
export type CookieServiceAttributes = AttributesOf<DeclaredService, Exclude<keyof DeclaredService, 'description' | 'items' | 'catalogueDescription'>>;

/** `<cookie-item>`: one cookie or storage key of a service: `name`, `type`, `lifetime` and `purpose` (or its text). */
export type CookieItemAttributes = Omit<AttributesOf<DeclaredItem, Exclude<keyof DeclaredItem, 'purposeKey'>>, 'type'> & {
  /** `cookie` (the default) or `storage`. */
  type?: DeclaredItemDetail['type'];
};

/** `<cookie-region>`: the rule for the region `codes` it lists (`DE AT`, `US-CA`), and with `rule="uk"` the `opt-out` categories. */
export type CookieRegionAttributes = Omit<AttributesOf<DeclaredRegion, keyof DeclaredRegion>, 'rule'> & {
  /** The rule these regions are under: `opt-in`, `uk`, `us` or `site`. */
  rule?: RuleId;
};

/** The events `<cookie-consent>` dispatches, by name. */
export interface CookieConsentEvents {
  /** A decision is made or changed, by the visitor or the API. */
  'consent-change': ConsentChangeEvent;
}
