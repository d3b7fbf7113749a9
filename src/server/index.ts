/**
 * `cookie-consent-banner/server`: server-side release of gated markup, and the visitor's region.
 * A server that renders the page can write the region its CDN reports with {@link regionFromHeaders}
 * and {@link withRegion}; it reads the banner's configuration from it with {@link bannerMarkupIn}, the visitor's
 * consent cookie (and Global Privacy Control header) with {@link consentForRequest} and writes the tags it grants as plain ones with
 * {@link releaseGrantedMarkup}, so a returning visitor's scripts load as early as on a page
 * without a banner. The browser script still gates whatever is left, and everything the page
 * adds later; both decide with the same code. No DOM, no Node APIs, no dependency beyond the
 * package's own.
 */
export { consentForRequest, type ConsentRequest, type RequestConsent } from './request-consent.js';
export { releaseGrantedMarkup } from './release-markup.js';
export { bannerMarkupIn, type BannerMarkup } from './banner-markup.js';
export { regionFromHeaders, withRegion, type HeaderSource, type RegionHeaders } from './region-markup.js';
