/**
 * The `settings-button` attribute's floating button: once the visitor has decided, a small round
 * button in a bottom corner reopens the preferences, so withdrawing stays as easy as giving on
 * sites without a footer link.
 */
import { html, type TemplateResult } from 'lit/html.js';
import type { Texts } from '../../core/texts/texts.js';

/** What the button shows and does. */
export interface SettingsButtonView {
  readonly texts: Texts;
  /** Its accessible name: "Cookie settings", or "Your Privacy Choices" under a US opt-out rule. */
  readonly label: string;
  /** Hidden, not removed, while the banner or the preferences show, so focus can return to it. */
  readonly hidden: boolean;
  /** The bottom corner it sits in, on the reading direction's start or end side. */
  readonly side: 'start' | 'end';
  /** Opens the preferences; the event's currentTarget is the opener. */
  readonly onOpen: (event: Event) => void;
}

/** The floating `<button part="settings-button">`, labelled in the texts' language. */
export function settingsButtonTemplate(view: SettingsButtonView): TemplateResult {
  const { label } = view;
  const { lang } = view.texts;
  // The icon: a cookie with a bite taken out, in currentColor; decorative (the button has a label).
  return html`<button
    type="button"
    part="settings-button"
    class="settings ${view.side}"
    aria-label=${label}
    title=${label}
    aria-haspopup="dialog"
    lang=${lang}
    ?hidden=${view.hidden}
    @click=${view.onOpen}
  >
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm1 5.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm5.5.5a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/></svg>
  </button>`;
}
