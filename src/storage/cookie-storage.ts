/**
 * The consent cookie. The only module that imports js-cookie, so how the decision is stored
 * can change in one place.
 */
import Cookies from 'js-cookie';

/** Where and for how long the consent cookie lives. */
export interface CookieOptions {
  /** Lifetime in days. */
  readonly days: number;
  /** Share across subdomains of this domain; `null` for the current host only. */
  readonly domain: string | null;
  /** Send only over https. Browsers refuse `Secure` cookies set from http pages, localhost aside, so this follows the page. */
  readonly secure: boolean;
}

/** The raw stored value, `undefined` when there is none or it cannot be decoded. */
export function readCookie(name: string): string | undefined {
  try {
    return Cookies.get(name);
  } catch {
    // A value with a malformed percent-escape must not break the page: treat it as absent.
    return undefined;
  }
}

/**
 * The value of cookie `name` in a request's `Cookie` header, decoded as {@link readCookie}
 * decodes it in the browser; `undefined` when absent or undecodable. For server-side rendering.
 */
export function readCookieHeader(header: string | null | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(/;\s*/)) {
    const equals = pair.indexOf('=');
    if (equals < 1 || pair.slice(0, equals).trim() !== name) continue;
    try {
      return Cookies.converter.read(pair.slice(equals + 1).trim(), name);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Stores `value`, on path `/`, `SameSite=Lax`. */
export function writeCookie(name: string, value: string, options: CookieOptions): void {
  Cookies.set(name, value, {
    expires: options.days,
    path: '/',
    sameSite: 'Lax',
    secure: options.secure,
    ...(options.domain ? { domain: options.domain } : {}),
  });
}

/** Names of the cookies this page can read. */
export function cookieNames(): string[] {
  try {
    return Object.keys(Cookies.get());
  } catch {
    return [];
  }
}

/** Deletes a cookie set with exactly this domain (`null`: host-only) and path; otherwise a no-op. */
export function removeCookieAt(name: string, domain: string | null, path: string): void {
  Cookies.remove(name, domain ? { path, domain } : { path });
}

/** Removes the cookie, host-only and for `domain` if given, so no stale copy survives. */
export function removeCookie(name: string, domain: string | null): void {
  Cookies.remove(name, { path: '/' });
  if (domain) Cookies.remove(name, { path: '/', domain });
}
