/**
 * Microsoft's consent signals, beside Google's: on a page that declares the vendor's service,
 * Microsoft Advertising's UET tag reads `uetq.push('consent', 'default' | 'update', { ad_storage })`
 * and Clarity reads `clarity('consentv2', { ad_Storage, analytics_Storage })`, both through the
 * queues their own snippets define, so they work whether the tags load before, after or never.
 * Microsoft made UET consent mode mandatory in May 2025 and enforces Clarity's from 31 October
 * 2025 in the EEA, the UK and Switzerland.
 * https://help.ads.microsoft.com/#apex/ads/en/60119 · https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2
 */

/** The catalogue ids of Microsoft's two services. */
export const MICROSOFT_ADS = 'microsoft-ads';
export const CLARITY = 'clarity';

type Signal = 'granted' | 'denied';

interface MicrosoftTagWindow {
  uetq?: unknown[];
  clarity?: ((...args: unknown[]) => void) & { q?: unknown[] };
}

/**
 * What the declared Microsoft services should be told for what is granted; `null` for a service
 * the page does not declare.
 * @param granted the categories and services in force
 * @param services the ids of the page's declared services
 */
export function microsoftSignals(granted: ReadonlySet<string>, services: ReadonlySet<string>): { uet: Signal | null; clarity: { ad_Storage: Signal; analytics_Storage: Signal } | null } {
  const answer = (on: boolean): Signal => (on ? 'granted' : 'denied');
  // Clarity's ad_Storage shares its data with Microsoft Advertising: that is targeting.
  const advertising = services.has(MICROSOFT_ADS) ? granted.has(MICROSOFT_ADS) : granted.has('targeting');
  return {
    uet: services.has(MICROSOFT_ADS) ? answer(granted.has(MICROSOFT_ADS)) : null,
    clarity: services.has(CLARITY) ? { ad_Storage: answer(advertising), analytics_Storage: answer(granted.has(CLARITY)) } : null,
  };
}

/** Sends the signals through each tag's own queue, defining it first as the vendor's snippet does. */
export function sendMicrosoftConsent(win: Window, command: 'default' | 'update', signals: ReturnType<typeof microsoftSignals>): void {
  const page = win as unknown as MicrosoftTagWindow;
  if (signals.uet) (page.uetq ??= []).push('consent', command, { ad_storage: signals.uet });
  if (signals.clarity) {
    if (!page.clarity) {
      // Clarity's snippet defines this queue too; its tag applies each entry when it loads.
      const queue: unknown[] = [];
      page.clarity = Object.assign((...args: unknown[]) => {
        queue.push(args);
      }, { q: queue });
    }
    page.clarity('consentv2', signals.clarity);
  }
}
