import 'cookie-consent-banner';
import { useEffect, useRef, useState } from 'react';
import type { CookieConsent, ConsentChangeEvent } from 'cookie-consent-banner';
// JSX types for <cookie-consent> and its children, once per app.
import type {} from 'cookie-consent-banner/react';
import { AnalyticsPanel } from './AnalyticsPanel.js';

/** `unknown` on the server, which cannot know the visitor's decision, until the app has mounted. */
type Analytics = 'unknown' | 'undecided' | 'granted' | 'denied';

export function App() {
  const banner = useRef<CookieConsent>(null);
  const [analytics, setAnalytics] = useState<Analytics>('unknown');
  const [lang, setLang] = useState('en');

  // A ref and addEventListener, not onconsent-change: React does not attach a custom element's
  // event props while it hydrates server-rendered HTML.
  useEffect(() => {
    const element = banner.current;
    if (!element) return;
    // consent-change fires on decisions, never on load: a returning visitor's decision is read here.
    if (!element.consent) setAnalytics('undecided');
    else setAnalytics(element.hasConsent('analytics') ? 'granted' : 'denied');
    const onChange = (event: ConsentChangeEvent) => {
      setAnalytics(event.detail.consent.analytics ? 'granted' : 'denied');
    };
    element.addEventListener('consent-change', onChange);
    return () => element.removeEventListener('consent-change', onChange);
  }, []);

  return (
    <>
      {/* Attribute names: policy-url is no property, so React writes the attribute, on the
          server too; lang is a property, which React sets in the browser. */}
      <cookie-consent ref={banner} policy-url="/privacy" revision="3" lang={lang} />
      <header>
        <h1>Roastery</h1>
        <nav aria-label="Language">
          <button type="button" data-testid="lang-en" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>English</button>
          <button type="button" data-testid="lang-de" aria-pressed={lang === 'de'} onClick={() => setLang('de')}>Deutsch</button>
        </nav>
        {/* The way back to the choice: the banner opens its preferences from any such button. */}
        <button type="button" data-cookie-consent="preferences" data-testid="cookie-settings">Cookie settings</button>
      </header>
      <main>
        <p>Analytics: <output data-testid="analytics-state">{analytics}</output></p>
        {analytics === 'granted' && <AnalyticsPanel />}
        {/* A gated embed, rendered on the server too: the banner sets its src once analytics is
            granted, and draws its placeholder only after the page's first paint, once React has
            hydrated what the server rendered. */}
        <iframe data-category="analytics" data-src="/__gated/example-react/video.html" title="How we roast" width="560" height="315"></iframe>
      </main>
    </>
  );
}
