/**
 * How fast one client may write: a token bucket per client address, held in memory only (never
 * stored, so the log keeps no IP address), so a flood from one client is refused while the
 * others are still served.
 */

/** At most `burst` beacons at once, refilled at `perMinute`. */
export interface RateLimit {
  readonly perMinute: number;
  readonly burst: number;
}

/** Enough for a visitor clicking through the choices, far too little to fill a database. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perMinute: 30, burst: 20 };

/** Above this many clients tracked, idle full buckets are forgotten first. */
const MAX_CLIENTS = 100_000;

export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(limit: RateLimit = DEFAULT_RATE_LIMIT) {
    this.#limit = limit;
  }

  /**
   * Takes one token for `client`.
   * @returns 0 when allowed, else the seconds until the next token
   */
  take(client: string, now: number): number {
    const { perMinute, burst } = this.#limit;
    const bucket = this.#buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 60_000) * perMinute);
    bucket.at = now;
    // Re-inserted, so the map's order is least recently seen first.
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    const oldest = this.#buckets.keys().next();
    if (this.#buckets.size > MAX_CLIENTS && !oldest.done) this.#buckets.delete(oldest.value);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / perMinute) * 60);
  }
}
