/**
 * What the host hands the UI module to draw: state and callbacks, no Lit types, so the host
 * can render without loading the UI until it must.
 */
import type { Texts } from '../core/texts/texts.js';

export interface UiView {
  readonly texts: Texts;
  /** Every offered category, `necessary` first. */
  readonly categories: readonly string[];
  readonly policyUrl: string | null;
  readonly bannerOpen: boolean;
  readonly preferencesOpen: boolean;
  /** Whether a category's switch starts on. */
  readonly isOn: (id: string) => boolean;
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  /** Opens the preferences from the first layer; the event's target is the opener. */
  readonly onCustomize: (event: Event) => void;
  readonly onSave: (granted: string[]) => void;
  /** The preferences dialog closed itself (Escape or its close button). */
  readonly onClose: () => void;
}

/** The UI module's interface, loaded on demand. */
export interface UiModule {
  /** Draws `view` into the host's shadow root (and adopts the styles the first time). */
  renderUi(root: ShadowRoot, view: UiView, host: HTMLElement): void;
}
