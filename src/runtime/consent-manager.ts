/**
 * One page's consent state: the configuration, the stored decision, and the gating that follows
 * from them. Needs no Lit and renders nothing, so a returning visitor's gated elements can be
 * released without any UI code.
 */
import type { ConsentConfig } from '../core/config.js';
import { changedCategories, consentMap, decide, grantedCategories, type ConsentMap } from '../core/decision.js';
import { parseRecord, serializeRecord, type ConsentRecord } from '../core/record.js';
import { Gatekeeper } from '../gating/gatekeeper.js';
import { readCookie, removeCookie, writeCookie } from '../storage/cookie-storage.js';
import { newConsentId } from './consent-id.js';
import { warnOnce } from './warn-once.js';

/** What one decision did. */
export interface ConsentChange {
  /** The decision over every offered category. */
  readonly consent: ConsentMap;
  /** The categories whose state the decision changed (all optional ones on a first decision). */
  readonly changed: string[];
  /** The record as stored. */
  readonly record: ConsentRecord;
}

export class ConsentManager {
  #config: ConsentConfig | null = null;
  #stored: ConsentRecord | null = null;
  readonly #gatekeeper: Gatekeeper;
  #currentOwner: object | null = null;
  readonly #waiting = new Map<object, () => void>();
  #reportedRaw: string | undefined;

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
    const raw = readCookie(config.cookieName);
    const { record, problem } = parseRecord(raw, config);
    // Once per distinct bad value: re-reading the same cookie (an attribute changed) stays quiet.
    if (problem && raw !== this.#reportedRaw) {
      this.#reportedRaw = raw;
      const excerpt = JSON.stringify(raw && raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);
      console.warn(`cookie-consent: the stored decision in cookie "${config.cookieName}" (${excerpt}) is ignored because ${problem}; the visitor is asked again.`);
    }
    this.#stored = record;
    this.#applyGrants();
    this.#gatekeeper.start();
  }

  /** Whether a category is in force now (in opt-out mode, optional categories are until declined). */
  has(id: string): boolean {
    return !!this.#config && grantedCategories(this.#config, this.#stored).has(id);
  }

  /**
   * Records a decision: exactly `granted` (plus `necessary`) of the offered categories.
   * Gated elements are released on the next task, after the caller has updated its UI, so a
   * click paints before any released script runs.
   */
  decide(granted: Iterable<string>): ConsentChange | null {
    const config = this.#config;
    if (!config) return null;
    const { record, unknown } = decide(config, granted, new Date(), this.#stored, newConsentId);
    if (unknown.length) warnOnce(`cookie-consent: ignoring categories this page does not offer: ${unknown.join(', ')}.`);
    const changed = changedCategories(config, this.#stored, record);
    writeCookie(config.cookieName, serializeRecord(record), {
      days: config.expiresDays,
      domain: config.cookieDomain,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null in a document without a browsing context; lib.dom types it non-null
      secure: this.#document.location?.protocol === 'https:',
    });
    this.#stored = record;
    setTimeout(() => this.#applyGrants(), 0);
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- consentMap() is null only for a null record
    return { consent: consentMap(config, record)!, changed, record };
  }

  /** Forgets the decision: removes the cookie. Released elements cannot be taken back. */
  reset(): void {
    if (!this.#config) return;
    removeCookie(this.#config.cookieName, this.#config.cookieDomain);
    this.#stored = null;
    this.#applyGrants();
  }

  #applyGrants(): void {
    const config = this.#config;
    if (config) this.#gatekeeper.update(grantedCategories(config, this.#stored), new Set(config.categories));
  }
}

const managers = new WeakMap<Document, ConsentManager>();

/** The page's one consent manager, shared by every element and entry point. */
export function pageConsent(document: Document): ConsentManager {
  let manager = managers.get(document);
  if (!manager) managers.set(document, (manager = new ConsentManager(document)));
  return manager;
}
