/**
 * URL patterns of what a service loads (`urls="*.hotjar.com www.googletagmanager.com/gtag/js?id=G-"`):
 * a host, `*.` for a domain and its subdomains, optionally the start of a path and query. Pure.
 */

/** A parsed pattern. */
export interface UrlPattern {
  /** The host in lower case, without `*.`. */
  readonly host: string;
  /** `*.example.com`: the domain and every subdomain. */
  readonly subdomains: boolean;
  /** What the path and query must start with (`/gtag/js?id=G-`), `''` for any. */
  readonly path: string;
}

// A domain of two labels or more, or `localhost` (a site's own machine, as in development).
const PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+|localhost)(\/\S*)?$/;

/**
 * Reads one pattern (an `https://` or `//` before it is allowed, a `:port` after the host is
 * ignored: any port matches); `null` when it is not one (a bare word, a wildcard elsewhere).
 */
export function parseUrlPattern(value: string): UrlPattern | null {
  const text = value.trim().replace(/^(https?:)?\/\//i, '');
  const slash = text.indexOf('/');
  const host = (slash < 0 ? text : text.slice(0, slash)).toLowerCase().replace(/:\d{1,5}$/, '');
  const match = PATTERN.exec(host + (slash < 0 ? '' : text.slice(slash)));
  if (!match?.[2]) return null;
  return { host: match[2], subdomains: !!match[1], path: match[6] ?? '' };
}

/** Whether a host (in lower case) is the pattern's, or one of its subdomains for `*.`. */
export function matchesHost(pattern: UrlPattern, host: string): boolean {
  return host === pattern.host || (pattern.subdomains && host.endsWith(`.${pattern.host}`));
}

/** Whether a URL (absolute, http or https) is one the pattern describes. */
export function matchesUrl(pattern: UrlPattern, url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return matchesHost(pattern, url.hostname.toLowerCase()) && (url.pathname + url.search).startsWith(pattern.path);
}

/**
 * The host a URL as written goes to, in lower case, without parsing it: its own for an absolute
 * `http(s)` or scheme-relative URL, `pageHost` for a relative one, `null` for other schemes
 * (`data:`, `blob:`), which no pattern can match.
 */
export function hostOf(url: string, pageHost: string): string | null {
  const absolute = /^\s*(?:(https?):)?\/\/([^/?#\\]*)/i.exec(url);
  if (absolute) return (absolute[2] ?? '').replace(/^[^@]*@/, '').replace(/:\d*$/, '').toLowerCase();
  return /^\s*[a-z][a-z\d+.-]*:/i.test(url) ? null : pageHost.toLowerCase();
}
