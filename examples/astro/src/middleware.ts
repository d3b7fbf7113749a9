// The server side of the banner: every HTML page Astro renders goes through
// cookie-consent-banner/server before it is sent. The banner's configuration is read from the
// rendered page itself, so the server and the browser script cannot disagree about categories,
// revision or cookie name; the tags a returning visitor granted are then written as plain ones,
// fetched with the page instead of after the banner script has read the cookie.
import { defineMiddleware } from 'astro:middleware';
import { bannerMarkupIn, consentForRequest, regionFromHeaders, releaseGrantedMarkup, withRegion } from 'cookie-consent-banner/server';

/** The headers the CDN in front of the site writes the visitor's country and subdivision in (Cloudflare's). */
const REGION_HEADERS = { country: 'CF-IPCountry', subdivision: 'cf-region-code' };

export const onRequest = defineMiddleware(async (context, next) => {
  // A prerendered page is rendered once, at build time, for no visitor in particular: it keeps
  // its gated markup as written (in opt-out mode it would otherwise be released for everyone).
  if (context.isPrerendered) return next();
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const { headers } = context.request;
  // The region first, so that the configuration read next includes the region's rule.
  const html = withRegion(await response.text(), regionFromHeaders(headers, REGION_HEADERS));
  const banner = bannerMarkupIn(html);
  const consent = consentForRequest(
    banner.attributes,
    { cookie: headers.get('cookie'), secGpc: headers.get('sec-gpc'), hostname: context.url.hostname },
    { categories: banner.declared, services: banner.services, regions: banner.regions },
  );
  // A rejected cookie or a bad attribute: worth a line in the server's log, never an error page.
  for (const warning of consent.warnings) console.warn(`[cookie-consent] ${context.url.pathname}: ${warning}`);
  const sent = new Headers(response.headers);
  sent.delete('content-length');
  // The page now depends on the visitor's cookie and GPC signal: no shared cache may reuse it.
  sent.append('Vary', 'Cookie, Sec-GPC');
  sent.set('Cache-Control', 'private, no-store');
  return new Response(releaseGrantedMarkup(html, consent), { status: response.status, statusText: response.statusText, headers: sent });
});
