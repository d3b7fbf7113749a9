/**
 * Helpers shared by the browser tests: parts and focus, cookies and stored decisions, the
 * gated-request log, pages in iframes, and console capture. What drives the product itself (the
 * script-tag build, the banner, the preferences, placeholders) is in ./banner.ts; the axe check
 * in ./axe.ts. ./root-hooks.ts clears cookies, pages and fixtures around every test.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { ConsentRecord, CookieConsent } from '../../src/index.js';

/** The first element carrying `part` inside the element's shadow root. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- same contract as querySelector<E>()
export function part<T extends HTMLElement = HTMLElement>(element: CookieConsent, name: string): T | null {
  return element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** Every element carrying `part`. */
export function parts<T extends HTMLElement = HTMLElement>(element: CookieConsent, name: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? [])];
}

/** The element focused in `doc`, looking into open shadow roots. */
export function focused(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Removes every cookie this page can see (path `/`). */
export function clearCookies(): void {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

/** A document's cookies, as `name=value` strings. */
const cookiePairs = (doc: Document): string[] => doc.cookie.split('; ').filter(Boolean);

/** The raw (decoded) value of a cookie as `doc` reads it (this test's page by default), or undefined. */
export function cookieValue(name = 'cookie_consent', doc: Document = document): string | undefined {
  const entry = cookiePairs(doc).find((cookie) => cookie.startsWith(`${name}=`));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(name.length + 1));
}

/**
 * A valid stored decision of revision `'1'`: `necessary` and `granted` granted, `denied` denied,
 * with a fixed id (`0f8fad5b-…`) and decision time (1700000000000). `extra` replaces or adds keys.
 */
export function consentRecord(granted: readonly string[], denied: readonly string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { v: 2, id: '0f8fad5b-d9cb-469f-a165-70867728950e', created: 1700000000000, updated: 1700000000000, rev: '1', granted: ['necessary', ...granted], denied, ...extra };
}

/** Stores a decision as the product would (used to simulate a returning visitor). */
export function storeDecision(granted: string[], denied: string[], options: { rev?: string; name?: string } = {}): void {
  const record = consentRecord(granted, denied, { rev: options.rev ?? '1' });
  document.cookie = `${options.name ?? 'cookie_consent'}=${encodeURIComponent(JSON.stringify(record))}; Path=/`;
}

/** The decision stored in cookie `name` as `doc` reads it (this test's page by default), parsed; throws if there is none. */
export function storedRecord(name = 'cookie_consent', doc: Document = document): ConsentRecord {
  const value = cookieValue(name, doc);
  if (value === undefined) throw new Error(`no decision stored in the cookie ${name}`);
  return JSON.parse(value) as ConsentRecord;
}

/**
 * The decision in the cookie `name`, once `doc` (this document by default) reads one that
 * `holds` accepts. A page's write reaches another document's view a moment later (Chromium: a
 * frame's write, read from this document), and now and then even the writer's own view shows an
 * earlier write for a moment (Firefox: a withdrawal read back as the accept-all before it, in a
 * React app's frame). Rejects after 5 s, saying what it read last.
 */
export async function writtenRecord(name = 'cookie_consent', holds: (record: ConsentRecord) => boolean = () => true, doc: Document = document): Promise<ConsentRecord> {
  return recordThatHolds(() => cookieValue(name, doc), holds, `a decision in the cookie ${name}${holds.length ? ` that ${holds.toString()}` : ''}`, async (last) => {
    // What the browser itself holds tells a stale document.cookie from a write that never came.
    const held = await storedCookie(name).then(({ value }) => decodeURIComponent(value), (reason: unknown) => String(reason));
    return `it read ${last ?? 'no such cookie'}; the browser holds ${held}`;
  });
}

/**
 * Polls `read` (a cookie's decoded value, or undefined) until it is a decision that `holds`
 * accepts, and returns it; after 5 s rejects, with what `report` says of the last value read.
 */
async function recordThatHolds(
  read: () => string | undefined | Promise<string | undefined>,
  holds: (record: ConsentRecord) => boolean,
  what: string,
  report: (last: string | undefined) => Promise<string>,
): Promise<ConsentRecord> {
  let last: string | undefined;
  try {
    await until(async () => {
      last = await read();
      return last !== undefined && holds(JSON.parse(last) as ConsentRecord);
    }, what);
  } catch (error) {
    throw new Error(`${String(error)}; ${await report(last)}`, { cause: error });
  }
  return JSON.parse(last!) as ConsentRecord;
}

/** A cookie as the browser stores it, read through the automation protocol (test/support/read-cookies-plugin.mjs). */
export interface StoredCookie {
  name: string;
  value: string;
  path: string;
  domain: string;
  sameSite: string | null;
  secure: boolean;
  /** Milliseconds since the epoch; null for a session cookie. */
  expires: number | null;
}

/**
 * Cookie `name` as the browser stores it, with what document.cookie hides (path, domain,
 * SameSite, Secure, expiry); throws if the browser holds no such cookie.
 */
export async function storedCookie(name: string): Promise<StoredCookie> {
  const cookies = await executeServerCommand<StoredCookie[], undefined>('read-cookies');
  const cookie = cookies.find((entry) => entry.name === name);
  if (!cookie) throw new Error(`no cookie named ${name}`);
  return cookie;
}

/**
 * The decision the browser itself holds in cookie `name` (what the next page and the server get),
 * once it is one that `holds` accepts; rejects after 5 s, saying what it held last. For a check
 * right after two quick decisions: Firefox then showed a frame's own document.cookie the first
 * of the two for more than 5 s, while the browser held the second (1 in about 10 loaded runs of
 * the React app's accept-then-withdraw test).
 */
export async function heldRecord(name: string, holds: (record: ConsentRecord) => boolean): Promise<ConsentRecord> {
  const read = () => storedCookie(name).then(({ value }) => decodeURIComponent(value), () => undefined);
  return recordThatHolds(read, holds, `the browser to hold a decision in the cookie ${name} that ${holds.toString()}`, (last) => Promise.resolve(`it held ${last ?? 'no such cookie'}`));
}

let counter = 0;
/** A token unique to one test, so its gated requests are told apart from other tests'. */
export function newToken(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 8)}`;
}

/** URL of a stand-in third-party resource that the test server logs. */
export function gatedUrl(token: string, file: string, delayMs = 0): string {
  return `/__gated/${token}/${file}${delayMs ? `?delay=${delayMs}` : ''}`;
}

/** Which stand-in resources of `token` the browser really requested, in order. */
export async function requested(token: string): Promise<string[]> {
  const response = await fetch(`/__gated-log/${token}`, { cache: 'no-store' });
  return (await response.json()) as string[];
}

/** A gated inline script of `category` that records `name` in `__runs` when it runs. */
export const gatedInline = (name: string, category: string): string =>
  `<script type="text/plain" data-category="${category}">(window.__runs = window.__runs || []).push(${JSON.stringify(name)})</script>`;

/** Names of the stand-in scripts that ran in `win`, in order. */
export function runs(win: Window = window): string[] {
  return ((win as unknown as { __runs?: string[] }).__runs ?? []).slice();
}

/** Forgets the stand-in scripts that ran in `win` so far: {@link runs} starts empty. */
export function resetRuns(win: Window = window): void {
  (win as unknown as { __runs: string[] }).__runs = [];
}

/** Resolves once `condition` holds, polling each frame; rejects after `timeout` ms. */
export async function until(condition: () => boolean | Promise<boolean>, message = 'condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Lets queued tasks run (released scripts are inserted on a later task). */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** Captures console.warn calls until `restore()`; nothing reaches the test output. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

const frames: HTMLIFrameElement[] = [];

/** How {@link loadPage} frames a page. */
export interface PageOptions {
  /** `<html lang>` of the page. */
  lang?: string;
  /** The iframe's CSS color-scheme, which the page's prefers-color-scheme follows where the engine supports it. */
  colorScheme?: string;
  /** Viewport size of the page in CSS pixels (the iframe's size). */
  width?: number;
  height?: number;
}

/**
 * Resolves once the cookies this page wrote are what a new frame will read. WebKit hands a
 * `document.cookie` write to its network process without waiting, and a frame that loads at once
 * may still read the cookies from before it (8 stale reads in 100 in a probe: a deleted decision
 * showed up again, so the page saw a returning visitor). A request travels the same way after the
 * write, so once its answer is back, the write has landed (0 in 600).
 */
async function cookiesSettled(): Promise<void> {
  await fetch('/__cookies-settled', { cache: 'no-store' });
}

/** Adds `frame` once the cookies written so far have landed, and resolves with its window once it has loaded. */
async function loadFrame(frame: HTMLIFrameElement): Promise<Window & { __warnings: string[] }> {
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await cookiesSettled();
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & { __warnings: string[] };
}

/**
 * Loads a whole page in a same-origin iframe (sharing this page's cookies) and resolves with its
 * window once it has loaded. A first inline script records console warnings in `__warnings`.
 */
export async function loadPage(body: string, head = '', options: PageOptions = {}): Promise<Window & { __warnings: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.colorScheme = options.colorScheme ?? '';
  frame.style.border = '0';
  if (options.width) frame.style.width = `${options.width}px`;
  if (options.height) frame.style.height = `${options.height}px`;
  const capture = '<script>window.__warnings=[];console.warn=(...a)=>window.__warnings.push(a.map(String).join(" "));</script>';
  frame.srcdoc = `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta name="viewport" content="width=device-width">${capture}${head}</head><body>${body}</body></html>`;
  return loadFrame(frame);
}

/** Loads a page the test server serves at `url` in a same-origin iframe, as {@link loadPage} does. */
export async function loadUrl(url: string): Promise<Window & { __warnings: string[] }> {
  const frame = document.createElement('iframe');
  frame.src = url;
  return loadFrame(frame);
}

/** The paths of the resources `win` downloaded, in order, that start with one of `prefixes`. */
export function resourcePaths(win: Window, ...prefixes: string[]): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => prefixes.some((prefix) => path.startsWith(prefix)));
}

/** What each page of this test reads as its cookies (a page another origin holds is skipped). */
function pageCookieViews(): string[][] {
  return frames.flatMap((frame) => {
    try {
      return frame.contentDocument ? [cookiePairs(frame.contentDocument)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Resolves once this document reads every cookie this test's pages read, or after `timeout` ms
 * (a cookie of another path, which this document cannot see). A page's `document.cookie` write
 * goes to the browser's cookie store on the page's own channel, without waiting: cleared from
 * here at once, a decision the page had just written could land after the clearing, and the next
 * test's first page saw a returning visitor (Chromium: no banner, in 1 of about 60 quick
 * decide-and-clear rounds). Waiting for the page's own view to show up here closes that race.
 */
export async function pageCookiesLanded(timeout = 2000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const here = new Set(cookiePairs(document));
    if (pageCookieViews().every((view) => view.every((pair) => here.has(pair)))) return;
    if (performance.now() - start > timeout) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Removes the iframes made by {@link loadPage} and {@link loadUrl}, once the cookies they wrote
 * have landed (see {@link pageCookiesLanded}), so the next page reads them (./root-hooks.ts does
 * so after every test).
 */
export async function removePages(): Promise<void> {
  await pageCookiesLanded();
  for (const frame of frames.splice(0)) frame.remove();
}

/** The `<cookie-consent>` of a page loaded with {@link loadPage}. */
export function consentElementOf(win: Window): CookieConsent {
  const element = win.document.querySelector('cookie-consent');
  if (!element) throw new Error('no <cookie-consent> in the page');
  return element;
}
