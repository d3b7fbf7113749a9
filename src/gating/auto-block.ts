/**
 * Holding back the tags nobody marked: when a declared service has URL patterns, a `<script>`,
 * `<iframe>` or `<img>` that any script gives a matching `src` (as a property or with
 * `setAttribute`, before or after inserting it) keeps no `src` until the service is granted,
 * then gets it, once, in the order they were held; `fetch`, `XMLHttpRequest` and
 * `navigator.sendBeacon` calls to a matching URL before consent are refused. Nothing is
 * requested before consent, and nothing is patched on a page that declares no patterns.
 *
 * What cannot be caught is in docs/gating.md ("What auto-blocking cannot catch").
 */
import { hostOf, matchesHost, matchesUrl, type UrlPattern } from '../core/url-patterns.js';

/** A service whose URLs are held until it is granted. */
export interface BlockedService {
  readonly id: string;
  readonly urls: readonly UrlPattern[];
}

type Media = HTMLScriptElement | HTMLIFrameElement | HTMLImageElement;

/** Marks an element held here, with the service it waits for (for the site owner's devtools and for tests). */
export const HELD_ATTRIBUTE = 'data-cookie-consent-held';

/** What the page gets instead of a refused request. */
const refusal = (url: string, id: string): TypeError => new TypeError(`cookie-consent: ${url} is held until "${id}" is granted`);

export class AutoBlocker {
  #services: readonly BlockedService[] = [];
  #granted: ReadonlySet<string> = new Set();
  /** Declarations still on their way (catalogue entries): every cross-origin element is held meanwhile. */
  #pending = 0;
  /** Held elements and the `src` each waits to get, in the order they were held. */
  readonly #held = new Map<Media, string>();
  #nativeSrc: ((element: Media, url: string) => void) | null = null;
  /** Where a relative URL goes: the host of the document's base URL when the patches went in. */
  #pageHost = '';
  /** The services as last given, to check the page's tags once per set of them. */
  #declared: readonly BlockedService[] = [];
  readonly #window: Window & typeof globalThis;
  readonly #warn: (message: string, element: Element) => void;

  /** @param warn told of each tag that loaded before its service declared its URLs (a site owner's mistake) */
  constructor(win: Window, warn: (message: string, element: Element) => void) {
    this.#window = win as Window & typeof globalThis;
    this.#warn = warn;
  }

  /**
   * Sets the services with URL patterns and what is granted now, and releases what that allows.
   * The first time any service has patterns, the patches go in.
   */
  update(services: readonly BlockedService[], granted: ReadonlySet<string>): void {
    const changed = services !== this.#declared;
    this.#declared = services;
    this.#services = services.filter((service) => service.urls.length);
    this.#granted = granted;
    if (this.#services.length) this.#install();
    this.#release();
    if (changed) this.#reportEarlyTags();
  }

  /**
   * Warns once about each tag already in the page that a service's URLs match but that nobody
   * held: it came before the `<cookie-service>` declared them (or was in the HTML unmarked),
   * so it loaded without consent.
   */
  #reportEarlyTags(): void {
    if (!this.#services.length) return;
    for (const element of this.#window.document.querySelectorAll<Media>('script[src], iframe[src], img[src]')) {
      const url = element.getAttribute('src') ?? '';
      const id = this.#waitsFor(url);
      if (!id || id === 'pending') continue;
      this.#warn(
        `cookie-consent: <${element.localName} src="${url.slice(0, 80)}"> matches the urls of <cookie-service name="${id}"> but was in the page before the service declared them, so it loaded without consent. Put <cookie-consent> with its services before the code that adds it, or mark it: data-service="${id}" with ${element.localName === 'script' ? 'type="text/plain"' : 'data-src instead of src'}.`,
        element,
      );
    }
  }

  /**
   * Holds every cross-origin element that scripts create until `until` settles: a catalogue
   * entry on its way may declare the patterns that would match it.
   */
  holdUntil(until: Promise<unknown>): void {
    this.#pending += 1;
    this.#install();
    void until.finally(() => {
      this.#pending -= 1;
      this.#release();
    });
  }

  /** The service an element or request to `url` must wait for; `pending` while declarations load; `null` when it may go. */
  #waitsFor(url: string): string | null {
    // Most sources a page sets match no pattern: tell those by their host alone, without parsing
    // the URL or reading the base URL (both cost more than the rest of the check together).
    if (!this.#pending) {
      const host = hostOf(url, this.#pageHost);
      if (host === null || !this.#services.some(({ urls }) => urls.some((pattern) => matchesHost(pattern, host)))) return null;
    }
    let parsed: URL;
    try {
      parsed = new URL(url, this.#window.document.baseURI);
    } catch {
      return null;
    }
    for (const { id, urls } of this.#services) if (!this.#granted.has(id) && urls.some((pattern) => matchesUrl(pattern, parsed))) return id;
    return this.#pending && /^https?:$/.test(parsed.protocol) && parsed.origin !== this.#window.location.origin ? 'pending' : null;
  }

  /** Whether setting `url` on `element` is held (and so must not reach the element). */
  #hold(element: Media, url: string): boolean {
    const id = this.#waitsFor(url);
    if (!id) {
      // A new source that may load replaces a held one.
      if (this.#held.delete(element)) element.removeAttribute(HELD_ATTRIBUTE);
      return false;
    }
    this.#held.delete(element);
    this.#held.set(element, url);
    element.setAttribute(HELD_ATTRIBUTE, id);
    return true;
  }

  /** Gives each held element whose service is granted now its `src`, in the order they were held. */
  #release(): void {
    const setSrc = this.#nativeSrc;
    if (!setSrc) return;
    for (const [element, url] of [...this.#held]) {
      if (this.#waitsFor(url)) continue;
      this.#held.delete(element);
      element.removeAttribute(HELD_ATTRIBUTE);
      setSrc(element, url);
    }
  }

  #install(): void {
    if (this.#nativeSrc) return;
    const win = this.#window;
    try {
      this.#pageHost = new URL(win.document.baseURI).hostname;
    } catch {
      // A document without a base URL: relative sources go nowhere a pattern names.
    }
    // The patched natives are methods of other objects, called below with `.call(element, …)`.
    const hold = (element: Media, url: string): boolean => this.#hold(element, url);
    const heldUrl = (element: Media): string | undefined => this.#held.get(element);
    const setters: [typeof HTMLElement, (this: Media, value: unknown) => void][] = [];
    for (const type of [win.HTMLScriptElement, win.HTMLIFrameElement, win.HTMLImageElement]) {
      const descriptor = Object.getOwnPropertyDescriptor(type.prototype, 'src');
      if (!descriptor?.get || !descriptor.set) continue;
      const { get, set } = descriptor as { get: (this: Media) => string; set: (this: Media, value: unknown) => void };
      setters.push([type, set]);
      Object.defineProperty(type.prototype, 'src', {
        ...descriptor,
        get(this: Media) {
          return heldUrl(this) ?? get.call(this);
        },
        set(this: Media, value: unknown) {
          if (!hold(this, String(value))) set.call(this, value);
        },
      });
    }
    const isMedia = (element: Element): element is Media =>
      element instanceof win.HTMLScriptElement || element instanceof win.HTMLIFrameElement || element instanceof win.HTMLImageElement;
    const setAttribute = Object.getOwnPropertyDescriptor(win.Element.prototype, 'setAttribute')?.value as (this: Element, name: string, value: string) => void;
    // Typed loosely: pages call it with anything (`setAttribute('src', url)` where url is a URL object).
    win.Element.prototype.setAttribute = function (this: Element, name: unknown, value: unknown) {
      if (isMedia(this) && String(name).toLowerCase() === 'src' && hold(this, String(value))) return;
      setAttribute.call(this, name as string, value as string);
    };
    this.#nativeSrc = (element, url) => {
      const set = setters.find(([type]) => element instanceof type)?.[1];
      if (set) set.call(element, url);
      else setAttribute.call(element, 'src', url);
    };
    this.#patchRequests();
  }

  #patchRequests(): void {
    const win = this.#window;
    const waitsFor = (url: string): string | null => {
      const id = this.#waitsFor(url);
      // Requests are refused only for a known service: a page's own API calls never wait on a catalogue file.
      return id === 'pending' ? null : id;
    };
    const nativeFetch = win.fetch.bind(win);
    win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof win.Request ? input.url : String(input);
      const id = waitsFor(url);
      return id ? Promise.reject(refusal(url, id)) : nativeFetch(input, init);
    };
    const prototype = win.XMLHttpRequest.prototype;
    const open = Object.getOwnPropertyDescriptor(prototype, 'open')?.value as (this: XMLHttpRequest, ...args: unknown[]) => void;
    const send = Object.getOwnPropertyDescriptor(prototype, 'send')?.value as (this: XMLHttpRequest, body?: unknown) => void;
    const refused = new WeakSet<XMLHttpRequest>();
    prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      if (waitsFor(String(args[1]))) refused.add(this);
      else refused.delete(this);
      open.apply(this, args);
    };
    prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      if (!refused.has(this)) {
        send.call(this, body);
        return;
      }
      // As a network error would: the request never leaves, and the page hears `error` then `loadend`.
      setTimeout(() => {
        this.dispatchEvent(new ProgressEvent('error'));
        this.dispatchEvent(new ProgressEvent('loadend'));
      }, 0);
    };
    const { navigator } = win;
    if (typeof navigator.sendBeacon === 'function') {
      const beacon = navigator.sendBeacon.bind(navigator);
      // `false` is what a browser answers when it cannot queue a beacon.
      navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => !waitsFor(String(url)) && beacon(url, data);
    }
  }
}
