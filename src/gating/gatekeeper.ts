/**
 * Holds gated elements back and releases each one, once, when all its categories and services
 * are granted.
 * Watches the document so elements parsed later or inserted by other scripts are caught too.
 */
import { NECESSARY } from '../core/categories.js';
import { gatedRequirement } from '../core/gating-rules.js';
import { gatedWithin, type GatedElement } from './gated-element.js';
import { releaseMedia } from './release.js';
import { ScriptQueue } from './script-queue.js';

/** Receives one message per misconfigured gated element. */
export type GatingWarn = (message: string, element: Element) => void;

/** Told the iframes still held back, after each change, so placeholders can stand in for them. */
export type HeldFramesListener = (frames: readonly HTMLIFrameElement[]) => void;

export class Gatekeeper {
  readonly #seen = new WeakSet<Element>();
  #pending: GatedElement[] = [];
  #granted: ReadonlySet<string> = new Set([NECESSARY]);
  #offered: ReadonlySet<string> = new Set([NECESSARY]);
  readonly #scripts = new ScriptQueue();
  #observer: MutationObserver | null = null;
  /** Elements whose misconfiguration is reported once the configuration is final. */
  readonly #unjudged = new Set<GatedElement>();
  /** Declarations still on their way (catalogue entries): until they settle, no id is judged unknown. */
  #deferred = 0;
  /** Set by the page's banner to draw placeholders; gating works without it. */
  onHeldFrames: HeldFramesListener | null = null;

  readonly #root: Document;
  readonly #warn: GatingWarn;

  constructor(root: Document, warn: GatingWarn) {
    this.#root = root;
    this.#warn = warn;
  }

  /** Finds the gated elements already in the page and watches for new ones. Idempotent. */
  start(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver((records) => {
      const added: GatedElement[] = [];
      for (const record of records) for (const node of record.addedNodes) added.push(...gatedWithin(node));
      this.#admit(added);
    });
    this.#observer.observe(this.#root, { childList: true, subtree: true });
    this.#admit(gatedWithin(this.#root));
  }

  /**
   * Sets the categories in force and releases whatever they now allow.
   * @param granted the granted categories and services
   * @param offered every category and service the page offers; an element needing another one stays held and is reported
   */
  update(granted: ReadonlySet<string>, offered: ReadonlySet<string>): void {
    this.#granted = granted;
    this.#offered = offered;
    const waiting = this.#pending;
    this.#pending = [];
    this.#admit(waiting, true);
    this.#judge();
  }

  /**
   * Puts off reporting elements that need an id the page does not offer yet, until `until`
   * settles: a catalogue service may still add it.
   */
  deferReports(until: Promise<unknown>): void {
    this.#deferred += 1;
    void until.finally(() => {
      this.#deferred -= 1;
      this.#judge();
    });
  }

  /** The gated iframes held back now, in the order they were found. */
  get heldFrames(): HTMLIFrameElement[] {
    return this.#pending.filter((element): element is HTMLIFrameElement => element instanceof HTMLIFrameElement);
  }

  /**
   * Releases one held element now, whatever its categories ("load this once"): nothing is
   * stored, so it is held again on the next page.
   */
  releaseOnce(element: GatedElement): void {
    const index = this.#pending.indexOf(element);
    if (index < 0) return;
    this.#pending.splice(index, 1);
    this.#release(element);
    this.onHeldFrames?.(this.heldFrames);
  }

  #admit(elements: GatedElement[], again = false): void {
    for (const element of elements) {
      if (!again) {
        if (this.#seen.has(element)) continue;
        this.#seen.add(element);
      }
      if (this.#allows(element, !again)) this.#release(element);
      else this.#pending.push(element);
    }
    if (again || elements.some((element) => element instanceof HTMLIFrameElement)) this.onHeldFrames?.(this.heldFrames);
  }

  #allows(element: GatedElement, report: boolean): boolean {
    const { allowed, problem } = gatedRequirement((name) => element.getAttribute(name), this.#granted, this.#offered);
    if (report && problem) {
      // While the page is parsed, a <cookie-category> child may yet add the category: judge
      // later, against the configuration then in force.
      if (this.#root.readyState === 'loading' || this.#deferred) {
        if (!this.#unjudged.size && this.#root.readyState === 'loading') this.#root.addEventListener('DOMContentLoaded', () => this.#judge(), { once: true });
        this.#unjudged.add(element);
      } else this.#warn(`cookie-consent: a gated <${element.localName}> ${problem}; it stays blocked.`, element);
    }
    return allowed;
  }

  /** Warns about the held elements whose problem was put off, if they still have it. */
  #judge(): void {
    if (this.#root.readyState === 'loading' || this.#deferred) return;
    const elements = [...this.#unjudged].filter((element) => this.#pending.includes(element));
    this.#unjudged.clear();
    for (const element of elements) this.#allows(element, true);
  }

  #release(element: GatedElement): void {
    if (element instanceof HTMLScriptElement) this.#scripts.enqueue(element);
    // On a later task: Chromium ignores a src given to an iframe the parser is still inserting.
    else
      setTimeout(() => {
        releaseMedia(element);
      }, 0);
  }
}
