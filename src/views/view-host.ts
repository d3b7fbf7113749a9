/**
 * The view host: shaped like a Lit reactive controller, it owns what `<cookie-consent>` shows
 * in its shadow root (the first layer, the preferences dialog, the settings button), when each
 * shows, and where focus goes. The element tells it the state; it draws all views with one
 * lit-html `render()`.
 */
import { html, nothing, render } from 'lit/html.js';
import type { ConsentConfig } from '../core/config.js';
import type { Texts } from '../core/texts/texts.js';
import { bannerTemplate } from './banner/banner.template.js';
import { bannerStyles } from './banner/banner.styles.js';
import { preferencesTemplate } from './preferences/preferences.template.js';
import { preferencesStyles } from './preferences/preferences.styles.js';
import { settingsButtonTemplate } from './settings-button/settings-button.template.js';
import { settingsButtonStyles } from './settings-button/settings-button.styles.js';
import { adoptStyles } from './shared/adopt-styles.js';
import { sharedStyles } from './shared/shared.styles.js';

/** What the views show: the state of the page's consent, as the element reads it. */
export interface ViewState {
  readonly texts: Texts;
  readonly config: ConsentConfig;
  /** The browser's Global Privacy Control signal is honoured. */
  readonly gpc: boolean;
  /** The stored decision's consent id, `null` while undecided. */
  readonly consentId: string | null;
  /** The catalogue services' descriptions in the language shown, by id; `null` when English or not loaded yet. */
  readonly serviceTexts: Readonly<Record<string, string>> | null;
  /** Whether a category is granted now (its switch starts on). */
  readonly isOn: (id: string) => boolean;
}

/** The decisions the views offer, carried out by the element. */
export interface ViewActions {
  acceptAll(): void;
  rejectAll(): void;
  /** Grants exactly these categories. */
  accept(ids: string[]): void;
  /** Opts out of the sale and sharing of personal information (`targeting` off), the rest as it is. */
  doNotSell(): void;
  /** Keeps what is on now as the decision: the notice at collection was read and closed. */
  keepAsIs(): void;
}

/** The element focused now, looking into open shadow roots. */
export function deepActiveElement(document: Document): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** How long a page that gets no animation frames (an iframe the browser throttles) waits for its first paint. */
const FIRST_PAINT_TIMEOUT_MS = 250;

/**
 * Resolves after the page's next paint: a task queued from an animation frame runs once that
 * frame is drawn. At once in a hidden tab, which paints nothing.
 */
export function afterFirstPaint(document: Document): Promise<void> {
  const win = document.defaultView;
  if (!win || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    win.requestAnimationFrame(() => win.setTimeout(resolve));
    win.setTimeout(resolve, FIRST_PAINT_TIMEOUT_MS);
  });
}

/** The longest {@link afterPageLoad} waits: a page whose load a slow image holds back is not waited for. */
const PAGE_LOAD_TIMEOUT_MS = 2000;

/** Resolves in a task after the page's load event (in the next task if it has fired already), or after {@link PAGE_LOAD_TIMEOUT_MS}. */
export function afterPageLoad(document: Document): Promise<void> {
  const win = document.defaultView;
  if (!win) return Promise.resolve();
  return new Promise((resolve) => {
    win.setTimeout(resolve, PAGE_LOAD_TIMEOUT_MS);
    const next = () => win.setTimeout(resolve);
    if (document.readyState === 'complete') next();
    else win.addEventListener('load', next, { once: true });
  });
}

export class ViewHost {
  /** Whether the first layer is open (it shows once the state is there). */
  bannerOpen = false;
  /** Whether the preferences are open. */
  preferencesOpen = false;
  #opener: HTMLElement | null = null;
  #focusBeforeBanner: HTMLElement | null = null;
  #bannerDrawn = false;
  #state: ViewState | null = null;
  /** Settles once the first layer's focus has been placed (a frame after it shows). */
  #focusing: Promise<void> = Promise.resolve();
  /** While the page is still being parsed, the first layer's first draw waits for the page's first paint, see {@link afterFirstPaint}. */
  #paintWait: Promise<void> | null = null;
  #pagePainted = false;
  readonly #host: HTMLElement;
  readonly #actions: ViewActions;

  constructor(host: HTMLElement, actions: ViewActions) {
    this.#host = host;
    this.#actions = actions;
  }

  /** Settles once the views are drawn and focus is where they put it. */
  get settled(): Promise<void> {
    return (async () => {
      await this.#paintWait;
      await this.#focusing;
    })();
  }

  /** Draws the views for `state` (`null`: nothing can show yet, as while a translation loads). */
  update(state: ViewState | null): void {
    this.#state = state;
    const showSettings = !!state?.config.settingsButton && !this.bannerOpen && !this.preferencesOpen;
    const anything = !!state && (this.bannerOpen || this.preferencesOpen || state.config.settingsButton);
    // Drawn mid-parse, the views' templates and styles would hold the whole page's first paint
    // back (about 90 ms on a phone, bench/RESULTS.md): the page paints first, the views follow
    // in the next frame. Only the first draw waits: a decision made meanwhile shows at once.
    if (anything && !this.#pagePainted && this.#host.ownerDocument.readyState === 'loading') {
      this.#paintWait ??= afterFirstPaint(this.#host.ownerDocument).then(() => {
        this.#pagePainted = true;
        this.update(this.#state);
      });
      return;
    }
    if (anything) this.#pagePainted = true;
    // A returning visitor's element never gets as far as a shadow root, nor its styles.
    let root = this.#host.shadowRoot;
    if (!root && anything) root = this.#host.attachShadow({ mode: 'open' });
    if (!root) return;
    // Each view's styles once it first shows: a first visit's banner parses only its own.
    if (anything) adoptStyles(root, sharedStyles);
    if (state && this.bannerOpen) adoptStyles(root, bannerStyles);
    if (state && this.preferencesOpen) adoptStyles(root, preferencesStyles);
    if (state?.config.settingsButton) adoptStyles(root, settingsButtonStyles);
    const dialog = root.querySelector('dialog');
    if (dialog?.open && !(state && this.preferencesOpen)) dialog.close();
    const showBanner = !!state && this.bannerOpen;
    // While the preferences are open the first layer stays in the page but is not shown: it
    // would peek out around the dialog, and its Customize button, which gets focus back when
    // the dialog closes without a decision, must still be the same element then.
    render(
      state
        ? html`${
            showBanner
              ? html`<div class="layer" ?hidden=${this.preferencesOpen}>${bannerTemplate({
                  ...state.config,
                  texts: state.texts,
                  gpc: state.gpc,
                  onAcceptAll: this.#acceptAll,
                  onRejectAll: this.#rejectAll,
                  onCustomize: this.#onOpen,
                  onDoNotSell: this.#doNotSell,
                  onDismiss: this.#keepAsIs,
                })}</div>`
              : nothing
          }${
            this.preferencesOpen
              ? preferencesTemplate({
                  ...state.config,
                  texts: state.texts,
                  gpc: state.gpc,
                  consentId: state.consentId,
                  serviceTexts: state.serviceTexts,
                  isOn: state.isOn,
                  onSave: (granted) => {
                    this.#actions.accept(granted);
                  },
                  onAcceptAll: this.#acceptAll,
                  onRejectAll: this.#rejectAll,
                  onClose: this.#onDialogClose,
                })
              : nothing
          }${state.config.settingsButton ? settingsButtonTemplate({ texts: state.texts, label: state.config.rule === 'us' ? state.texts.privacyChoices : state.texts.settingsButton, side: state.config.settingsButtonSide, hidden: !showSettings, onOpen: this.#onOpen }) : nothing}`
        : nothing,
      root,
      { host: this.#host },
    );
    const shown = root.querySelector('dialog');
    if (this.preferencesOpen && shown && !shown.open) shown.showModal();
    if (showBanner && !this.#bannerDrawn) this.#focusBanner(root);
    this.#bannerDrawn = showBanner;
  }

  /**
   * A visitor who has not started interacting lands on the banner, so keyboard and screen reader
   * users meet it first; focus the visitor or the page already placed is left alone. On the next
   * frame: focusing now, mid-parse, would force a style and layout pass.
   */
  #focusBanner(root: ShadowRoot): void {
    this.#focusing = new Promise<void>((done) => {
      requestAnimationFrame(() => {
        done();
        const banner = root.querySelector<HTMLElement>('[part~="banner"]');
        if (!banner || !this.bannerOpen) return;
        this.#focusBeforeBanner ??= deepActiveElement(this.#host.ownerDocument);
        if (!this.#focusBeforeBanner && !this.preferencesOpen) banner.focus({ preventScroll: true });
      });
    });
  }

  /** Opens the preferences; focus returns to `opener` when they close. */
  openPreferences(opener: HTMLElement | null): void {
    this.#opener = opener;
    this.preferencesOpen = true;
    this.update(this.#state);
  }

  /** Shows the first layer. */
  showBanner(): void {
    this.bannerOpen = true;
    this.update(this.#state);
  }

  /** Closes the first layer and the preferences, and gives focus back. */
  closeAll(): void {
    const wasOpen = this.bannerOpen || this.preferencesOpen;
    this.bannerOpen = this.preferencesOpen = false;
    this.update(this.#state);
    if (wasOpen) this.#restoreFocus();
  }

  readonly #acceptAll = (): void => {
    this.#actions.acceptAll();
  };

  readonly #rejectAll = (): void => {
    this.#actions.rejectAll();
  };

  readonly #doNotSell = (): void => {
    this.#actions.doNotSell();
  };

  readonly #keepAsIs = (): void => {
    this.#actions.keepAsIs();
  };

  readonly #onOpen = (event: Event): void => {
    this.openPreferences(event.currentTarget as HTMLElement);
  };

  /** The dialog closed itself (Escape, the close button): forget it and give focus back. */
  readonly #onDialogClose = (): void => {
    if (!this.preferencesOpen) return;
    this.preferencesOpen = false;
    this.update(this.#state);
    this.#restoreFocus();
  };

  /**
   * Focus goes back to what opened the preferences, else to what was focused before the banner;
   * native dialogs restore focus unevenly across engines.
   */
  #restoreFocus(): void {
    const target = [this.#opener, this.#focusBeforeBanner].find((element) => element?.isConnected);
    this.#opener = null;
    if (!this.bannerOpen) this.#focusBeforeBanner = null;
    target?.focus({ preventScroll: true });
  }
}
