/// <reference types="node" />
/**
 * The receiver for the banner's consent-log beacons: one function that decides a request's
 * answer, and adapters that mount it in a Node server (`http`, Express, Fastify's raw request)
 * or serve fetch-style requests (Next.js route handlers, Hono, workers). It answers 2xx only once
 * the record is committed; anything it cannot vouch for gets a 4xx and is never stored.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { MAX_LOG_BODY_BYTES, checkLogEntry } from '../core/log-entry.js';
import type { ConsentLogStore } from './consent-log-store.js';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimit } from './rate-limit.js';

export interface ReceiverOptions {
  readonly log: ConsentLogStore;
  /** The site origins whose pages may send beacons (`https://shop.example`); others get a 403. */
  readonly origins: readonly string[];
  /** How fast one client may write; {@link DEFAULT_RATE_LIMIT} by default. */
  readonly rateLimit?: RateLimit;
  /** The receiver's clock, for tests. */
  readonly now?: () => Date;
}

/** A request as the receiver sees it. */
export interface BeaconRequest {
  readonly method: string;
  readonly origin: string | null;
  readonly contentType: string | null;
  /** The body as text; `null` when it was longer than {@link MAX_LOG_BODY_BYTES}. */
  readonly body: string | null;
  /** Who sent it, for the rate limit only (never stored): the socket's address. */
  readonly client: string;
}

/** The answer: a status and a short JSON body. */
export interface BeaconResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const answer = (status: number, message: Record<string, unknown>, headers: Record<string, string> = {}): BeaconResponse => ({
  status,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  body: JSON.stringify(message),
});

// Same-origin beacons are application/json; cross-origin ones text/plain (a CORS-safelisted type).
const ACCEPTED_TYPE = /^(application\/json|text\/plain)\s*(;|$)/i;

/** Makes the receiver: a function from a request to its answer. Make it once, at start-up: its rate limit's counters live in it. */
export function consentLogReceiver(options: ReceiverOptions): (request: BeaconRequest) => Promise<BeaconResponse> {
  const origins = new Set(options.origins.map((origin) => new URL(origin).origin));
  const limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const now = options.now ?? (() => new Date());
  return async (request) => {
    if (request.method !== 'POST') return answer(405, { error: 'only POST is accepted' }, { Allow: 'POST' });
    if (!request.origin || !origins.has(request.origin)) return answer(403, { error: 'this origin may not write to this log' });
    const wait = limiter.take(request.client, now().getTime());
    if (wait) return answer(429, { error: 'too many decisions from this client' }, { 'Retry-After': String(wait) });
    if (!ACCEPTED_TYPE.test(request.contentType ?? '')) return answer(415, { error: 'the body must be application/json or text/plain' });
    if (request.body === null) return answer(413, { error: `the body is over ${MAX_LOG_BODY_BYTES} bytes` });
    let data: unknown;
    try {
      data = JSON.parse(request.body);
    } catch {
      return answer(400, { error: 'the body is not JSON' });
    }
    const received = now();
    const { entry, problems } = checkLogEntry(data, received.getTime());
    if (!entry) return answer(422, { error: 'the body is not a decision record', problems });
    try {
      const { seq, hash } = await options.log.append(entry, received);
      return answer(201, { seq, hash });
    } catch {
      // Not stored: the banner's beacon is not retried, but the answer must never claim it was.
      return answer(503, { error: 'the log cannot store decisions right now' }, { 'Retry-After': '5' });
    }
  };
}

/**
 * Reads at most `max` bytes of a body: `null` when it is longer. Nothing past `max` is kept, so a
 * chunked body without a length cannot fill memory. With `drain`, the rest is read unkept: leaving
 * the loop early destroys a Node request, and its socket with it, before the answer is written.
 * Without it, reading stops there, which cancels a fetch body (read through `Readable.fromWeb`).
 */
async function readLimited(body: AsyncIterable<Uint8Array>, max: number, drain: boolean): Promise<string | null> {
  const kept: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size <= max) kept.push(chunk);
    else if (!drain) return null;
  }
  return size > max ? null : Buffer.concat(kept).toString('utf8');
}

/**
 * The receiver as a Node request handler, for `http.createServer(handler)`, Express's
 * `app.post('/consent-log', handler)` or Fastify's raw `request.raw, reply.raw`. The client
 * address for the rate limit is the socket's (behind a proxy, every visitor shares it: give
 * `clientOf`, e.g. from `X-Forwarded-For` set by a proxy you trust).
 */
export function nodeConsentLogHandler(
  options: ReceiverOptions & { readonly clientOf?: (request: IncomingMessage) => string },
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const receive = consentLogReceiver(options);
  return async (request, response) => {
    let body: string | null;
    try {
      body = await readLimited(request, MAX_LOG_BODY_BYTES, true);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const result = await receive({
      method: request.method ?? 'GET',
      origin: request.headers.origin ?? null,
      contentType: request.headers['content-type'] ?? null,
      body,
      client: options.clientOf?.(request) ?? request.socket.remoteAddress ?? 'unknown',
    });
    response.writeHead(result.status, result.headers).end(result.body);
  };
}

/**
 * The receiver for fetch-style servers: Next.js route handlers (`export const POST = handler`),
 * Hono (`app.post('/consent-log', (c) => handler(c.req.raw, { client }))`), workers.
 * @returns a function from a `Request` (and the client's address, for the rate limit) to a `Response`
 */
export function fetchConsentLogHandler(options: ReceiverOptions): (request: Request, info?: { readonly client?: string }) => Promise<Response> {
  const receive = consentLogReceiver(options);
  return async (request, info = {}) => {
    const declared = Number(request.headers.get('content-length') ?? 0);
    let body: string | null = null;
    if (declared <= MAX_LOG_BODY_BYTES) body = request.body ? await readLimited(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), MAX_LOG_BODY_BYTES, false).catch(() => null) : '';
    const result = await receive({
      method: request.method,
      origin: request.headers.get('origin'),
      contentType: request.headers.get('content-type'),
      body,
      client: info.client ?? 'unknown',
    });
    return new Response(result.body, { status: result.status, headers: result.headers });
  };
}
