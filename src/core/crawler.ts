/**
 * Telling search-engine and link-preview crawlers from visitors, by user agent, so the banner
 * never becomes their indexed content or preview text. Pure.
 *
 * Headless browsers and automation (`navigator.webdriver`, "HeadlessChrome", Playwright,
 * Puppeteer, Lighthouse) are deliberately not crawlers: a site's own end-to-end tests and audits
 * must see the banner. "CUBOT" (a phone brand) is not a bot.
 */
const CRAWLERS = /(?<!cu)bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|embedly|preview|whatsapp|pinterest\/|iframely|mastodon|inspectiontool/i;

/**
 * Whether a user agent is a known crawler or link-preview fetcher. "bot" covers Googlebot,
 * bingbot, Applebot, DuckDuckBot, YandexBot, Twitterbot, LinkedInBot, Slackbot, Discordbot and
 * the SEO crawlers; "spider" Baiduspider and Bytespider; "preview" Bing's, Skype's and Quora's.
 */
export function isCrawler(userAgent: string): boolean {
  return CRAWLERS.test(userAgent);
}
