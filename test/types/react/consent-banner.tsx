// Must compile (scripts/type-tests.mjs): <cookie-consent> and its children as a React 19 app
// writes them, with `cookie-consent-banner/react` imported for its JSX types. Every
// `@ts-expect-error` below must meet its error, so each wrong line is checked on its own.
import 'cookie-consent-banner';
import type {} from 'cookie-consent-banner/react';
import { useRef, type JSX } from 'react';
import type { CONFIG_ATTRIBUTES } from '../../../src/core/attributes.js';
import type { TextKey } from '../../../src/core/texts/texts.js';
import type { KebabCase } from '../../../src/frameworks/attributes.js';
import type { CookieConsent, ConsentChangeEvent } from 'cookie-consent-banner';

/** A handler as a site writes one: the detail is typed, `consent.analytics` a boolean. */
function onConsentChange(event: ConsentChangeEvent): void {
  const analytics: boolean | undefined = event.detail.consent['analytics'];
  const changed: string[] = event.detail.changed;
  console.log(analytics, changed, event.detail.revision);
}

export function ConsentBanner() {
  const ref = useRef<CookieConsent>(null);
  return (
    <>
      <cookie-consent
        ref={ref}
        policy-url="/privacy"
        revision="3"
        expires-days={90}
        mode="opt-out"
        color-scheme="dark"
        categories="analytics targeting"
        cookie-name="consent"
        consent-mode
        settings-button=""
        settings-button-side="end"
        reload-on-withdraw={false}
        text-banner-title="Cookies"
        lang="de"
        className="banner"
        onconsent-change={onConsentChange}
      >
        <cookie-category name="analytics" label="Statistics" cookies="_ga _ga_*" storage="plausible_ignore">
          Counts visits.
          <cookie-service name="hotjar" label="Hotjar" provider="Hotjar Ltd" policy-url="https://www.hotjar.com/privacy" cookies="_hj*" urls="*.hotjar.com">
            <cookie-item name="_hjSession_*" type="cookie" lifetime="30 minutes">Keeps the visit together.</cookie-item>
          </cookie-service>
        </cookie-category>
        <cookie-service name="youtube" category="functionality" />
        <cookie-region codes="GB" rule="uk" opt-out="analytics" />
      </cookie-consent>
      <cookie-consent revision={3} onconsent-change={(event) => ref.current?.hasConsent(event.detail.changed[0] ?? 'analytics')} />
      <cookie-declaration />
      <button type="button" onClick={() => ref.current?.showPreferences()}>Cookie settings</button>
    </>
  );
}

// Every row of the attribute table and every text is a prop, so that no list is kept by hand:
// a new row that the typings miss fails here (the table is read from the sources on purpose).
type Written = keyof JSX.IntrinsicElements['cookie-consent'];
export const everyRowIsAProp: [Exclude<(typeof CONFIG_ATTRIBUTES)[number]['attribute'], Written>] extends [never] ? true : false = true;
export const everyTextIsAProp: [Exclude<`text-${KebabCase<TextKey>}`, Written>] extends [never] ? true : false = true;

/** Each wrong use, one per element; the directive fails the file if its line compiles. */
export function WrongUses() {
  return (
    <>
      {/* @ts-expect-error mode is "opt-in" or "opt-out" */}
      <cookie-consent mode="sometimes" />
      {/* @ts-expect-error revision is a string or a number, not an object */}
      <cookie-consent revision={{}} />
      {/* @ts-expect-error expires-days is a number or a string */}
      <cookie-consent expires-days={[90]} />
      {/* @ts-expect-error color-scheme is page, auto, light or dark */}
      <cookie-consent color-scheme="sepia" />
      {/* @ts-expect-error settings-button-side is start or end */}
      <cookie-consent settings-button-side="left" />
      {/* @ts-expect-error consent-mode is a boolean attribute */}
      <cookie-consent consent-mode="yes" />
      {/* @ts-expect-error a text is a string */}
      <cookie-consent text-accept-all={1} />
      {/* @ts-expect-error the handler's detail is the event's, not a number */}
      <cookie-consent onconsent-change={(event: CustomEvent<number>) => event.detail.toFixed()} />
      {/* @ts-expect-error consent.analytics is a boolean, not a string */}
      <cookie-consent onconsent-change={(event: CustomEvent<{ consent: Record<string, string> }>) => event.detail.consent['analytics']?.trim()} />
      {/* @ts-expect-error a category's cookies are one space-separated string */}
      <cookie-category name="analytics" cookies={['_ga']} />
      {/* @ts-expect-error an item is a cookie or storage */}
      <cookie-item name="_ga" type="pixel" />
      {/* @ts-expect-error a region's rule is opt-in, uk, us or site */}
      <cookie-region codes="DE" rule="gdpr" />
    </>
  );
}
