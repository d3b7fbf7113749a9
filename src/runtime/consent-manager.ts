/**
 * One page's consent state: the configuration, the stored decision, and the gating that follows
 * from them. Needs no Lit and renders nothing, so a returning visitor's gated elements can be
 * released without any UI code.
 */
import type { ConsentConfig } from '../core/config.js';
import { changedCategories, consentMap, decide, gpcApplies, grantedCategories, recordInForce, type ConsentMap } from '../core/decision.js';
import { parseRecord, serializeRecord, type ConsentRecord } from '../core/record.js';
import { Gatekeeper } from '../gating/gatekeeper.js';
import { readCookie, removeCookie, writeCookie } from '../storage/cookie-storage.js';
import type { DataHelpers } from '../components/ui-view.js';
import { newConsentId } from './consent-id.js';
import { consentSignals, sendConsent } from './consent-mode.js';
import { warnOnce } from './warn-once.js';

/** What one decision did. */
export interface ConsentChange {
  /** The decision over every offered category. */
  readonly consent: ConsentMap;
  /** The categories whose state the decision changed (all optional ones on a first decision). */
  readonly changed: string[];
  /** The record as stored. */
  readonly record: ConsentRecord;
  /** Categories that were granted and are not any more. */
  readonly withdrawn: string[];
}

/** Told when another tab of the site changed the decision (the old record, for what changed). */
export type ExternalChangeListener = (before: ConsentRecord | null) => void;

export class ConsentManager {
  #config: ConsentConfig | null = null;
  #stored: ConsentRecord | null = null;
  readonly #gatekeeper: Gatekeeper;
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
  #channel: BroadcastChannel | null = null;
  #channelName = '';
  readonly #listeners = new Set<ExternalChangeListener>();
  /**
   * Loads the helpers for deleting data and logging consent, which only some pages need (set by
   * the element; without it, neither happens).
   */
  loadHelpers: (() => Promise<DataHelpers>) | null = null;

  readonly #document: Document;

  constructor(document: Document) {
    this.#document = document;
    this.#gatekeeper = new Gatekeeper(document, (message, element) => {
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

  /** The gating, for placeholders: held iframes, and releasing one once. */
  get gatekeeper(): Gatekeeper {
    return this.#gatekeeper;
  }

  /**
   * Whether the browser's Global Privacy Control signal applies: it is on, the page offers
   * `targeting`, and the site has not set `ignore-gpc`.
   */
  get gpc(): boolean {
    return (
      !!this.#config &&
      gpcApplies(this.#config, typeof navigator !== 'undefined' && (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true)
    );
  }

  /** Listens for decisions made in other tabs; returns the function that stops listening. */
  onExternalChange(listener: ExternalChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The object that owns the page's banner (the active `<cookie-consent>`), if any. */
  get owner(): object | null {
    return this.#currentOwner;
  }

  /**
   * Claims the page's banner for `owner`. The first claimant owns it until it lets go; another
   * is refused, so a page never shows two banners or releases anything twice. A refused
   * claimant's `onFree` runs when the owner lets go, so it can claim again and take over (as
   * when a framework renders the new element before removing the old one).
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
    const next = this.#waiting.entries().next();
    if (!next.done) {
      this.#waiting.delete(next.value[0]);
      next.value[1]();
    }
  }

  /** Applies a configuration: reads the stored decision under it and releases what it grants. */
  configure(config: ConsentConfig): void {
    this.#config = config;
    // Consent Mode's defaults go first, before any gated tag can run; once per page.
    if (config.consentMode && !this.#consentModeStarted) {
      this.#consentModeStarted = true;
      sendConsent(this.#window, 'default', consentSignals(new Set()));
    }
    this.#read();
    this.#listen(config.cookieName);
    this.#gatekeeper.start();
  }

  /** Reads the stored decision, then applies it: gating, Consent Mode, deleting denied data. */
  #read(raw = readCookie(this.#config?.cookieName ?? '')): void {
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
    this.#stored = recordInForce(record, this.gpc);
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
    const granted = grantedCategories(config, this.#stored, this.gpc);
    // Without a decision, opt-in pages keep Consent Mode's defaults.
    if (this.#stored || config.mode === 'opt-out') this.#updateConsentMode(granted);
    const denied = config.categories.filter((id) => config.details[id] && !granted.has(id));
    if (denied.length)
      this.#withHelpers((helpers) => {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- filtered above
        for (const id of denied) helpers.forgetData(config.details[id]!, this.#document.location);
      });
  }

  /** Tells Consent Mode the categories in force, when they differ from what it was last told. */
  #updateConsentMode(granted: ReadonlySet<string>): void {
    if (!this.#config?.consentMode) return;
    const signals = consentSignals(granted);
    const key = JSON.stringify(signals);
    if (key !== this.#sentSignals) sendConsent(this.#window, 'update', signals);
    this.#sentSignals = key;
  }

  #withHelpers(work: (helpers: DataHelpers) => void): void {
    this.loadHelpers?.().then(work, () => {
      // The element reports a module that cannot load.
    });
  }

  /**
   * Follows decisions made in other tabs of the site: a message on a BroadcastChannel, and where
   * there is none, a look at the cookie whenever this tab gets focus again.
   */
  #listen(cookieName: string): void {
    if (this.#channelName === cookieName) return;
    this.#channel?.close();
    this.#channelName = cookieName;
    const win = this.#window;
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`cookie-consent:${cookieName}`);
      this.#channel.onmessage = this.#recheck;
    } else {
      // Adding the same listener again (another cookie name) is a no-op.
      win.addEventListener('focus', this.#recheck);
      this.#document.addEventListener('visibilitychange', this.#recheck);
    }
  }

  /** Re-reads the cookie; when another tab changed it, applies the change and tells listeners. */
  readonly #recheck = (event: Event): void => {
    const config = this.#config;
    if (!config) return;
    // A message carries the new cookie value: WebKit may still show another frame the old one.
    // (parseRecord takes any value safely: only same-origin pages can post on the channel.)
    const raw = event instanceof MessageEvent ? ((event.data as string | null) ?? undefined) : readCookie(config.cookieName);
    if (raw === this.#raw) return;
    const before = this.#stored;
    this.#read(raw);
    for (const listener of this.#listeners) listener(before);
  };

  /** Whether a category is in force now (in opt-out mode, optional categories are until declined). */
  has(id: string): boolean {
    return !!this.#config && grantedCategories(this.#config, this.#stored, this.gpc).has(id);
  }

  /**
   * Records a decision: exactly `granted` (plus `necessary`) of the offered categories.
   * Gated elements are released on the next task, after the caller has updated its UI, so a
   * click paints before any released script runs.
   */
  decide(granted: Iterable<string>): ConsentChange | null {
    const config = this.#config;
    if (!config) return null;
    const { record, unknown } = decide(config, granted, new Date(), this.#stored, newConsentId, this.gpc);
    if (unknown.length) warnOnce(`cookie-consent: ignoring categories this page does not offer: ${unknown.join(', ')}.`);
    const changed = changedCategories(config, this.#stored, record);
    const before = grantedCategories(config, this.#stored, this.gpc);
    const value = serializeRecord(record);
    writeCookie(config.cookieName, value, {
      days: config.expiresDays,
      domain: config.cookieDomain,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null in a document without a browsing context; lib.dom types it non-null
      secure: this.#document.location?.protocol === 'https:',
    });
    this.#stored = record;
    this.#raw = readCookie(config.cookieName);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- consentMap() is null only for a null record
    const consent = consentMap(config, record)!;
    this.#afterDecision();
    const { consentEndpoint: endpoint } = config;
    const gpc = this.gpc;
    if (endpoint)
      this.#withHelpers((helpers) => {
        helpers.sendLogEntry(endpoint, helpers.logEntry(record, consent, gpc), this.#document.baseURI);
      });
    this.#channel?.postMessage(value);
    setTimeout(() => this.#applyGrants(), 0);
    return { consent, changed, record, withdrawn: [...before].filter((id) => !record.granted.includes(id)) };
  }

  /** Forgets the decision: removes the cookie. Released elements cannot be taken back. */
  reset(): void {
    if (!this.#config) return;
    removeCookie(this.#config.cookieName, this.#config.cookieDomain);
    this.#stored = null;
    this.#raw = undefined;
    this.#applyGrants();
    // Google's tags go back to what is in force without a decision.
    this.#updateConsentMode(grantedCategories(this.#config, null, this.gpc));
    this.#channel?.postMessage(null);
  }

  #applyGrants(): void {
    const config = this.#config;
    if (config) this.#gatekeeper.update(grantedCategories(config, this.#stored, this.gpc), new Set(config.categories));
  }
}

const managers = new WeakMap<Document, ConsentManager>();

/** The page's one consent manager, shared by every element and entry point. */
export function pageConsent(document: Document): ConsentManager {
  let manager = managers.get(document);
  if (!manager) managers.set(document, (manager = new ConsentManager(document)));
  return manager;
}
