/**
 * The first-layer module: the banner's DOM builder and the shared stylesheet (colours, type,
 * buttons, focus rings) that every view adopts. Loaded only when something must show, so a
 * returning visitor's page never downloads or parses it (bundlers split it out of the npm build;
 * the script-tag build ships it as `dist/cookie-consent-banner.js` beside `cookie-consent.js`,
 * and starts loading it as soon as the script sees there is no decision yet).
 */
export { adoptStyles } from './adopt-styles.js';
export { createBanner } from './banner.js';
export { bannerStyles } from './banner.styles.js';
