/**
 * The headless consent store: one page's configuration, the stored decision, and everything
 * that follows from it (gating, Google Consent Mode, deleting a denied category's data, the
 * consent log, tab sync). It renders nothing and needs no Lit: `<cookie-consent>` is one client
 * of it, and a site with its own UI can be another.
 *
 * ```js
 * import { consentStore } from 'cookie-consent-banner';
 * const store = consentStore();
 * store.configure({ categories: 'analytics targeting', revision: '2', policyUrl: '/privacy' });
 * store.subscribe(({ consent }) => console.log(consent));
 * myButton.onclick = () => store.decide(['analytics']);
 * ```
 */
import { ATTRIBUTES } from '../core/attributes.js';
import type { DeclaredCategory } from '../core/category-details.js';
import { declarationsOf, withDeclarations, type Declarations } from '../core/services.js';

export type { Declarations } from '../core/services.js';
import { TARGETING } from '../core/categories.js';
import { parseConfig, type ConsentConfig } from '../core/config.js';
import { changedIds, choiceFor, consentIds, consentMap, decide, gpcApplies, grantedIds, recordInForce, serviceMap, targetingIds, type ConsentMap } from '../core/decision.js';
import { parseRecord, serializeRecord, type ConsentRecord } from '../core/record.js';
import { warnOnce } from '../core/warn-once.js';
import { AutoBlocker } from '../gating/auto-block.js';
import { Gatekeeper } from '../gating/gatekeeper.js';
import { reportUngatedMarkup } from '../gating/ungated-markup.js';
import { readCookie, removeCookie, writeCookie } from '../storage/cookie-storage.js';
import { forgetData } from '../storage/forget-data.js';
import { newConsentId } from './consent-id.js';
import { logEntry, sendLogEntry } from './consent-log.js';
import { consentDefaults, consentSignals, sendConsent } from './consent-mode.js';
import { microsoftSignals, sendMicrosoftConsent } from './microsoft-consent.js';
import { TabSync } from './tab-sync.js';

/**
 * The configuration in JavaScript: the element's properties (`policyUrl`, `consentMode`, …, one
 * per attribute), with strings, numbers or booleans (`false` and `null` mean absent).
 */
export type ConsentOptions = Readonly<Record<string, string | number | boolean | readonly string[] | null | undefined>>;

/** What changed, told to {@link ConsentStore.subscribe} listeners. */
export interface ConsentChange {
  /** `decision`: decided here; `other-tab`: another tab of the site decided; `reset`: forgotten. */
  readonly cause: 'decision' | 'other-tab' | 'reset';
  /** The decision over every offered category; `null` after a reset. */
  readonly consent: ConsentMap | null;
  /** The decision over every declared service; `null` after a reset. */
  readonly services: ConsentMap | null;
  /** The categories and services whose state changed (every optional one on a first decision). */
  readonly changed: string[];
  /** The record as stored, `null` after a reset. */
  readonly record: ConsentRecord | null;
  /** Categories and services that were granted and are not any more. */
  readonly withdrawn: string[];
  /** Whether the browser's Global Privacy Control signal was honoured. */
  readonly gpc: boolean;
}

/** Told of each {@link ConsentChange}. */
export type ConsentListener = (change: ConsentChange) => void;

/** `policyUrl` → `policy-url`, for every row of the attribute table. */
const ATTRIBUTE_OF = new Map(ATTRIBUTES.map((spec) => [spec.property, spec.attribute]));

export class ConsentStore {
  #config: ConsentConfig | null = null;
  /** The ids of the configuration's declared services, for Google's and Microsoft's signals. */
  #serviceIds: ReadonlySet<string> = new Set();
  #configKey = '';
  /** Who configured last (the element): the same one with the same options changes nothing. */
  #configSource: unknown;
  /** The browser's Global Privacy Control signal, read once per configuration. */
  #signal = false;
  #stored: ConsentRecord | null = null;
  readonly #gatekeeper: Gatekeeper;
  /** Holds what other scripts create for a declared service's URLs; patches nothing until a service has URLs. */
  readonly #autoBlocker: AutoBlocker;
  readonly #sync: TabSync;
  #currentOwner: object | null = null;
  readonly #waiting = new Map<object, () => void>();
  #reportedRaw: string | undefined;
  /** The cookie value last read or written, to notice another tab's change. */
  #raw: string | undefined;
  #consentModeStarted = false;
  /**
   * The Consent Mode signals last sent in an update, so that one goes out only when they change:
   * the script tag and then its element both configure the same page.
   */
  #sentSignals = '';
  /** The same for Microsoft's signals (UET, Clarity): the last sent, and whether their default went out. */
  #sentMicrosoft = '';
  #microsoftStarted = false;
  /** The declaration loads already awaited, see {@link awaitDeclarations}. */
  readonly #awaited = new WeakSet<Promise<unknown>>();
  readonly #listeners = new Set<ConsentListener>();
  readonly #document: Document;

  constructor(document: Document) {
    this.#document = document;
    this.#gatekeeper = new Gatekeeper(document, (message, element) => {
      warnOnce(message, element);
    });
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a document with a banner has a window
    this.#sync = new TabSync(document.defaultView!, this.#onOtherTab);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- as above
    this.#autoBlocker = new AutoBlocker(document.defaultView!, (message, element) => {
      warnOnce(message, element);
    });
  }

  /** The configuration in force, `null` until {@link configure}. */
  get configuration(): ConsentConfig | null {
    return this.#config;
  }

  /** The stored decision valid under the current configuration, or `null`. */
  get record(): ConsentRecord | null {
    return this.#stored;
  }

  /** The decision per category, `null` while undecided. */
  get consent(): ConsentMap | null {
    return this.#config && consentMap(this.#config, this.#stored);
  }

  /** The decision per declared service, `null` while undecided. */
  get services(): ConsentMap | null {
    return this.#config && serviceMap(this.#config, this.#stored);
  }

  /** The gating: held iframes (for placeholders), and releasing one once. */
  get gatekeeper(): Gatekeeper {
    return this.#gatekeeper;
  }

  /**
   * Whether the browser's Global Privacy Control signal applies: it is on, the page offers
   * `targeting`, and the site has not set `ignore-gpc`.
   */
  get gpc(): boolean {
    return !!this.#config && gpcApplies(this.#config, this.#signal);
  }

  /**
   * Declarations on their way (catalogue entries) that may add services: until each load
   * settles, gated markup naming an unknown id is not reported, and every cross-origin element
   * other scripts create is held (its service's patterns may be in the entry). A load already
   * awaited (the page is configured again while it is on its way) is not awaited twice.
   */
  awaitDeclarations(loads: readonly Promise<unknown>[]): void {
    for (const load of loads) {
      if (this.#awaited.has(load)) continue;
      this.#awaited.add(load);
      this.#gatekeeper.deferReports(load);
      this.#autoBlocker.holdUntil(load);
    }
  }

  /** Calls `listener` after each decision, reset, or decision in another tab; returns the function that stops it. */
  subscribe(listener: ConsentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The object that owns the page's banner (the active `<cookie-consent>`), if any. */
  get owner(): object | null {
    return this.#currentOwner;
  }

  /**
   * Claims the page's banner for `owner`. The first claimant owns it until it lets go; another
   * is refused, so a page never shows two banners. A refused claimant's `onFree` runs when the
   * owner lets go, so it can claim again and take over (as when a framework renders the new
   * element before removing the old one).
   */
  claim(owner: object, onFree?: () => void): boolean {
    if (this.#currentOwner && this.#currentOwner !== owner) {
      if (onFree) this.#waiting.set(owner, onFree);
      return false;
    }
    this.#waiting.delete(owner);
    this.#currentOwner = owner;
    return true;
  }

  /** Gives up a claim made with {@link claim}, or stops waiting for one. */
  letGo(owner: object): void {
    this.#waiting.delete(owner);
    if (this.#currentOwner !== owner) return;
    this.#currentOwner = null;
    this.#configSource = undefined;
    const next = this.#waiting.entries().next();
    if (!next.done) {
      this.#waiting.delete(next.value[0]);
      next.value[1]();
    }
  }

  /**
   * Configures the store (again): parses the options as the element's attributes are parsed,
   * with one console warning per bad value, reads the stored decision under the configuration
   * and releases what it grants. The same options again return the same configuration object.
   * @param options one entry per attribute, by property name (`{ policyUrl: '/privacy' }`)
   * @param declared categories and services declared in detail, as `<cookie-category>` and
   *   `<cookie-service>` children declare them (a list is categories alone)
   * @param source shown with each warning in the console (the element)
   */
  configure(options: ConsentOptions, declared: readonly DeclaredCategory[] | Declarations = [], source?: unknown): ConsentConfig {
    // Both forms of `declared` in one shape: the script tag's `[]` and its element's empty lists are the same configuration.
    const key = JSON.stringify([options, declarationsOf(declared)]);
    if (this.#config && key === this.#configKey) {
      // The same source with the same options (an attribute set to its value, the script
      // tag's element connecting): nothing to do. Reading the cookie costs a round trip to the
      // browser's cookie store in Chromium, a returning visitor's largest cost here. From
      // another source (a new element), the cookie is read again: it may have changed since.
      if (source !== undefined && source === this.#configSource) return this.#config;
      this.#configSource = source;
      this.#apply(this.#config);
      return this.#config;
    }
    this.#configKey = key;
    this.#configSource = source;
    const attributes = new Map<string, string>();
    for (const [property, value] of Object.entries(options)) {
      const attribute = ATTRIBUTE_OF.get(property);
      if (!attribute) warnOnce(`cookie-consent: "${property}" is not an option; the options are ${[...ATTRIBUTE_OF.keys()].join(', ')}.`, source);
      else if (value !== null && value !== undefined && value !== false)
        attributes.set(attribute, Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value));
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- location is null in a document without a browsing context; lib.dom types it non-null
    const parsed = parseConfig((name) => attributes.get(name), this.#document.location?.hostname ?? '');
    const { config, warnings } = withDeclarations(parsed.config, declared);
    for (const warning of [...parsed.warnings, ...warnings]) warnOnce(warning, ...(source === undefined ? [] : [source]));
    this.#apply(config);
    return config;
  }

  #apply(config: ConsentConfig): void {
    this.#config = config;
    this.#serviceIds = new Set(config.services.map((service) => service.id));
    this.#signal = typeof navigator !== 'undefined' && (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    // Consent Mode's defaults go first, before any gated tag can run; once per page.
    if (config.consentMode && !this.#consentModeStarted) {
      this.#consentModeStarted = true;
      for (const { signals, region } of consentDefaults(config)) sendConsent(this.#window, 'default', signals, region);
    }
    // Microsoft's defaults once per page, as soon as a Microsoft service is declared.
    const defaults = microsoftSignals(new Set(), this.#serviceIds);
    if (!this.#microsoftStarted && (defaults.uet || defaults.clarity)) {
      this.#microsoftStarted = true;
      sendMicrosoftConsent(this.#window, 'default', defaults);
    }
    this.#read(readCookie(config.cookieName));
    this.#sync.listen(config.cookieName);
    this.#gatekeeper.start();
    reportUngatedMarkup(this.#document, (id) => this.has(id), warnOnce);
  }

  /** Reads the stored decision, then applies it: gating, Consent Mode, deleting denied data. */
  #read(raw: string | undefined): void {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- only called once configured
    const config = this.#config!;
    this.#raw = raw;
    const { record, problem } = parseRecord(raw, config);
    // Once per distinct bad value: re-reading the same cookie (an attribute changed) stays quiet.
    if (problem && raw !== this.#reportedRaw) {
      this.#reportedRaw = raw;
      const excerpt = JSON.stringify(raw && raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
      console.warn(`cookie-consent: the stored decision in cookie "${config.cookieName}" (${excerpt}) is ignored because ${problem}; the visitor is asked again.`);
    }
    this.#stored = recordInForce(config, record, this.gpc);
    this.#applyGrants();
    this.#afterDecision();
  }

  get #window(): Window {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a document with a banner has a window
    return this.#document.defaultView!;
  }

  /** What follows from the decision in force, on every load and change: Consent Mode, deleting denied data. */
  #afterDecision(): void {
    const config = this.#config;
    if (!config) return;
    const granted = grantedIds(config, this.#stored, this.gpc);
    // Without a decision, a rule with nothing on before it keeps Consent Mode's defaults.
    if (this.#stored || config.optOut.length) {
      this.#updateConsentMode(granted);
      this.#updateMicrosoft(granted);
    }
    for (const id of config.categories) {
      const detail = config.details[id];
      if (detail && !granted.has(id)) forgetData(detail, this.#document.location);
    }
    // A withdrawn service's data only: another service of the same category may still be allowed.
    for (const service of config.services) if (!granted.has(service.id)) forgetData(service, this.#document.location);
  }

  /** Tells Consent Mode the categories in force, when they differ from what it was last told. */
  #updateConsentMode(granted: ReadonlySet<string>): void {
    if (!this.#config?.consentMode) return;
    const signals = consentSignals(granted, this.#serviceIds);
    const key = JSON.stringify(signals);
    if (key !== this.#sentSignals) sendConsent(this.#window, 'update', signals);
    this.#sentSignals = key;
  }

  /** Tells UET and Clarity what is in force, when it differs from what they were last told. */
  #updateMicrosoft(granted: ReadonlySet<string>): void {
    if (!this.#microsoftStarted) return;
    const signals = microsoftSignals(granted, this.#serviceIds);
    const key = JSON.stringify(signals);
    if (key !== this.#sentMicrosoft) sendMicrosoftConsent(this.#window, 'update', signals);
    this.#sentMicrosoft = key;
  }

  /** Another tab changed the cookie: apply its decision here and tell listeners. */
  readonly #onOtherTab = (posted: string | null | undefined): void => {
    const config = this.#config;
    if (!config) return;
    // parseRecord takes any value safely: only same-origin pages can post on the channel.
    const raw = posted === undefined ? readCookie(config.cookieName) : (posted ?? undefined);
    if (raw === this.#raw) return;
    const before = this.#stored;
    const grantedBefore = grantedIds(config, before, this.gpc);
    this.#read(raw);
    const record = this.#stored;
    const grantedNow = grantedIds(config, record, this.gpc);
    this.#tell({
      cause: record ? 'other-tab' : 'reset',
      consent: this.consent,
      services: this.services,
      changed: record ? changedIds(config, before, record) : [],
      record,
      withdrawn: [...grantedBefore].filter((id) => !grantedNow.has(id)),
      gpc: this.gpc,
    });
  };

  #tell(change: ConsentChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  /** Whether a category or service is in force now (in opt-out mode, optional ones are until declined). */
  has(id: string): boolean {
    return !!this.#config && grantedIds(this.#config, this.#stored, this.gpc).has(id);
  }

  /** Grants every offered category; under Global Privacy Control every one but `targeting`. */
  acceptAll(): ConsentChange | null {
    const gpc = this.gpc;
    return this.decide((this.#config?.categories ?? []).filter((id) => !(gpc && id === TARGETING)));
  }

  /** Grants only `necessary`. */
  rejectAll(): ConsentChange | null {
    return this.decide([]);
  }

  /**
   * "Do Not Sell or Share My Personal Information": denies `targeting` and its services, and
   * keeps every other category and service as it is now.
   */
  optOutOfSale(): ConsentChange | null {
    const config = this.#config;
    if (!config) return null;
    const granted = new Set(grantedIds(config, this.#stored, this.gpc));
    for (const id of targetingIds(config)) granted.delete(id);
    return this.decide(choiceFor(config, granted));
  }

  /** Records what is in force now as the decision (the notice at collection was read and closed). */
  keepAsIs(): ConsentChange | null {
    const config = this.#config;
    return config && this.decide(choiceFor(config, grantedIds(config, this.#stored, this.gpc)));
  }

  /**
   * Records a decision: exactly `granted` (plus `necessary`) of the offered categories and
   * services, a category id standing for all its services; ids the page does not offer are
   * ignored with a warning. Gated elements are released on the next
   * task, after listeners have updated the UI, so a click paints before any released script runs.
   * @returns what changed, or `null` before {@link configure}
   */
  decide(granted: Iterable<string>): ConsentChange | null {
    const config = this.#config;
    if (!config) return null;
    const { record, unknown } = decide(config, granted, new Date(), this.#stored, newConsentId, this.gpc);
    if (unknown.length) warnOnce(`cookie-consent: ignoring ids this page offers no category or service for: ${unknown.join(', ')}.`);
    const changed = changedIds(config, this.#stored, record);
    const before = grantedIds(config, this.#stored, this.gpc);
    const value = serializeRecord(record);
    writeCookie(config.cookieName, value, {
      days: config.expiresDays,
      domain: config.cookieDomain,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null in a document without a browsing context; lib.dom types it non-null
      secure: this.#document.location?.protocol === 'https:',
    });
    this.#stored = record;
    // What another tab will post and read: the value as written (no read-back round trip).
    this.#raw = value;
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- consentMap() is null only for a null record
    const consent = consentMap(config, record)!;
    this.#afterDecision();
    const gpc = this.gpc;
    const services = serviceMap(config, record);
    if (config.consentEndpoint) sendLogEntry(config.consentEndpoint, logEntry(record, consent, gpc, services), this.#document.baseURI);
    this.#sync.post(value);
    setTimeout(() => {
      this.#applyGrants();
    }, 0);
    const change: ConsentChange = { cause: 'decision', consent, services, changed, record, withdrawn: [...before].filter((id) => !record.granted.includes(id)), gpc };
    this.#tell(change);
    return change;
  }

  /** Forgets the decision: removes the cookie. Released elements cannot be taken back. */
  reset(): void {
    const config = this.#config;
    if (!config) return;
    removeCookie(config.cookieName, config.cookieDomain);
    this.#stored = null;
    this.#raw = undefined;
    this.#applyGrants();
    // Google's and Microsoft's tags go back to what is in force without a decision.
    const undecided = grantedIds(config, null, this.gpc);
    this.#updateConsentMode(undecided);
    this.#updateMicrosoft(undecided);
    this.#sync.post(null);
    this.#tell({ cause: 'reset', consent: null, services: null, changed: [], record: null, withdrawn: [], gpc: this.gpc });
  }

  #applyGrants(): void {
    const config = this.#config;
    if (!config) return;
    const granted = grantedIds(config, this.#stored, this.gpc);
    this.#gatekeeper.update(granted, new Set(consentIds(config)));
    this.#autoBlocker.update(config.services, granted);
  }
}

const stores = new WeakMap<Document, ConsentStore>();

/** The page's one consent store, shared by every `<cookie-consent>` and entry point. */
export function consentStore(document: Document = globalThis.document): ConsentStore {
  let store = stores.get(document);
  if (!store) stores.set(document, (store = new ConsentStore(document)));
  return store;
}
