/**
 * `<cookie-consent>`: the host element a site owner places. It reads its attributes into a
 * configuration, hands it to the page's consent manager (which stores the decision and releases
 * gated elements), and renders the first layer and the preferences when they are needed.
 */
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { CONFIG_ATTRIBUTES, parseConfig, type ConfigAttribute, type ConsentConfig } from '../core/config.js';
import type { ConsentMap } from '../core/decision.js';
import { pickLanguage } from '../core/language.js';
import { BUILT_IN_LANGUAGES } from '../core/texts/catalog.js';
import { ENGLISH, loadTexts } from '../core/texts/load-texts.js';
import { isTexts, type Texts } from '../core/texts/texts.js';
import { CONSENT_CHANGE, type ConsentChangeDetail } from '../events/consent-change.js';
import { pageConsent, type ConsentManager } from '../runtime/consent-manager.js';
import { warnOnce } from '../runtime/warn-once.js';
import { loadUi } from './load-ui.js';
import type { UiModule, UiView } from './ui-view.js';

/** What an inactive element draws: nothing. */
const CLOSED_VIEW: UiView = {
  texts: ENGLISH,
  categories: [],
  policyUrl: null,
  bannerOpen: false,
  preferencesOpen: false,
  isOn: () => false,
  onAcceptAll: () => undefined,
  onRejectAll: () => undefined,
  onCustomize: () => undefined,
  onSave: () => undefined,
  onClose: () => undefined,
};

/** Links and buttons anywhere in the page with this attribute value open the preferences. */
const PREFERENCES_TRIGGER = 'preferences';

/** The element focused now, looking into open shadow roots. */
function deepActiveElement(document: Document): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * A cookie consent banner. Holds back gated scripts, iframes and images until the visitor
 * grants their category, stores the decision in a cookie, and lets the visitor change it.
 *
 * @summary Cookie consent banner with category preferences and script gating.
 *
 * @fires consent-change - A decision was made or changed, by the visitor or the API. `detail`: `{ consent, changed, id, revision, time }`.
 *
 * @csspart banner - The first layer's container.
 * @csspart preferences - The preferences `<dialog>`.
 * @csspart accept-all - The accept-all buttons (first layer and preferences).
 * @csspart reject-all - The reject-all buttons (first layer and preferences).
 * @csspart customize - The first layer's button that opens the preferences.
 * @csspart save - The preferences' save button.
 * @csspart toggle - Each category's switch, an `<input type="checkbox" role="switch">` whose `name` is the category id.
 * @csspart category - Each category's row in the preferences.
 * @csspart close - The preferences' close button.
 * @csspart policy-link - The link to the privacy policy.
 *
 * @cssprop [--cc-bg=#ffffff / #1c1f24] - Background of the banner and the preferences (light / dark).
 * @cssprop [--cc-fg=#1f2328 / #f0f3f6] - Text colour.
 * @cssprop [--cc-muted=#4b535c / #c2c9d1] - Secondary text colour.
 * @cssprop [--cc-border=#6e7781 / #8c959f] - Borders, separators and the off switch.
 * @cssprop [--cc-button-bg=#1f2328 / #f0f3f6] - Background of the decision buttons.
 * @cssprop [--cc-button-fg=#ffffff / #1c1f24] - Text of the decision buttons.
 * @cssprop [--cc-button-hover-bg=#3b434c / #d0d7de] - Background of a hovered decision button.
 * @cssprop [--cc-link=#0a58ca / #8cb4ff] - Link colour.
 * @cssprop [--cc-focus=#0a58ca / #8cb4ff] - Focus outline colour.
 * @cssprop [--cc-switch-on=#0a58ca / #5b9bff] - A switched-on switch.
 * @cssprop [--cc-backdrop=rgb(0 0 0 / 0.5)] - The backdrop behind the preferences.
 * @cssprop [--cc-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--cc-font-size=1rem] - Base font size.
 * @cssprop [--cc-radius=0.75rem] - Corner radius of the banner and the preferences.
 * @cssprop [--cc-button-radius=0.5rem] - Corner radius of the buttons.
 * @cssprop [--cc-shadow=0 0.5rem 2rem rgb(0 0 0 / 0.25)] - Shadow of the banner and the preferences.
 * @cssprop [--cc-max-width=40rem] - Maximum width of the banner.
 * @cssprop [--cc-z-index=2147483000] - Stacking order of the banner.
 */
export class CookieConsent extends ReactiveElement {
  static override properties = {
    categories: { type: String },
    policyUrl: { type: String, attribute: 'policy-url' },
    revision: { type: String },
    expiresDays: { type: String, attribute: 'expires-days' },
    cookieName: { type: String, attribute: 'cookie-name' },
    cookieDomain: { type: String, attribute: 'cookie-domain' },
    mode: { type: String },
    lang: { type: String, reflect: true },
    colorScheme: { type: String, attribute: 'color-scheme', reflect: true },
    bannerOpen: { state: true },
    preferencesOpen: { state: true },
  };

  /**
   * Optional categories offered, space-separated, in display order; `necessary` is always present.
   * @attr categories
   * @default "analytics functionality targeting"
   */
  declare categories: string | null | undefined;
  /**
   * Link to the privacy or cookie policy, shown on the first layer.
   * @attr policy-url
   */
  declare policyUrl: string | null | undefined;
  /**
   * Policy revision; a decision stored under another revision is void and the banner shows again.
   * @attr revision
   * @default "1"
   */
  declare revision: string | null | undefined;
  /**
   * Lifetime of the stored decision in days, clamped to 1..395.
   * @attr expires-days
   * @default "182"
   */
  declare expiresDays: string | null | undefined;
  /**
   * Name of the cookie holding the decision.
   * @attr cookie-name
   * @default "cookie_consent"
   */
  declare cookieName: string | null | undefined;
  /**
   * Domain to share the decision with its subdomains; host-only when absent.
   * @attr cookie-domain
   */
  declare cookieDomain: string | null | undefined;
  /**
   * `opt-in`, or `opt-out`: optional categories count as granted until the visitor declines.
   * @attr mode
   * @default "opt-in"
   */
  declare mode: string | null | undefined;
  /**
   * Language of the texts; defaults to `<html lang>`, then the browser's languages, then English.
   * @attr lang
   */
  declare lang: string;
  /**
   * `light` or `dark` to force the banner's colours (for sites with their own theme switch);
   * absent or `auto` to follow the visitor's `prefers-color-scheme`.
   * @attr color-scheme
   * @default "auto"
   */
  declare colorScheme: string | null | undefined;

  declare private bannerOpen: boolean;
  declare private preferencesOpen: boolean;

  /** The page's consent state, shared by every `<cookie-consent>` in the document. */
  #page: ConsentManager | null = null;
  /** The same, while this element is the active one. */
  #manager: ConsentManager | null = null;
  #configKey = '';
  /** `null` while a translation loads: nothing is shown rather than a flash of English. */
  #texts: Texts | null = ENGLISH;
  #textsLang = 'en';
  #bannerShown = false;
  /** The UI module once loaded; until the banner or preferences must show, it is not. */
  #ui: UiModule | null = null;
  #uiLoading: Promise<unknown> | null = null;
  #opener: HTMLElement | null = null;
  #focusBeforeBanner: HTMLElement | null = null;

  constructor() {
    super();
    this.bannerOpen = false;
    this.preferencesOpen = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#page = pageConsent(this.ownerDocument);
    this.#activate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('click', this.#onDocumentClick);
    this.#page?.letGo(this);
    this.#manager = null;
    this.bannerOpen = this.preferencesOpen = false;
    // Re-read everything when connected again (moved in the page, or re-added).
    this.#configKey = '';
  }

  /**
   * Takes over the page's banner, unless another `<cookie-consent>` has it: then this one stays
   * inert (reads and API calls go to the active one) and takes over when that one leaves.
   */
  readonly #activate = (): void => {
    const page = this.#page;
    if (!page || !this.isConnected) return;
    if (!page.claim(this, this.#activate)) {
      warnOnce('cookie-consent: this page has more than one <cookie-consent>; only the first one is used.', this);
      return;
    }
    this.#manager = page;
    this.ownerDocument.addEventListener('click', this.#onDocumentClick);
    // Synchronously, not in Lit's update: a returning visitor's gated elements are released now.
    this.#applyConfig();
    this.requestUpdate();
  };

  /** The element that acts for this one: itself, or the active one when this is an inert duplicate. */
  get #active(): CookieConsent {
    const owner = this.#page?.owner;
    return owner instanceof CookieConsent ? owner : this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#manager && [...changed.keys()].some((key) => key !== 'bannerOpen' && key !== 'preferencesOpen')) this.#applyConfig();
  }

  /** Draws the UI, loading its module first when something must show. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const view = this.#view();
    if (this.#ui) this.#ui.renderUi(this.renderRoot as ShadowRoot, view ?? CLOSED_VIEW, this);
    else if (view && (view.bannerOpen || view.preferencesOpen)) this.#requireUi();
  }

  /** Resolves once the element has rendered, including the UI module's first load. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#uiLoading) {
      await this.#uiLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Starts loading the UI module (once); it renders when it arrives. */
  #requireUi(): void {
    if (this.#ui || this.#uiLoading) return;
    this.#uiLoading = loadUi()
      .then((ui) => {
        this.#ui = ui;
        this.requestUpdate();
      })
      .catch((error: unknown) => {
        warnOnce(`cookie-consent: the banner's UI could not be loaded (${error instanceof Error ? error.message : String(error)}); copy cookie-consent-ui.js next to cookie-consent.js.`);
      })
      .finally(() => {
        this.#uiLoading = null;
      });
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.preferencesOpen && dialog && !dialog.open) dialog.showModal();
    const banner = this.renderRoot.querySelector<HTMLElement>('[part~="banner"]');
    if (banner && !this.#bannerShown) {
      this.#bannerShown = true;
      // A visitor who has not started interacting lands on the banner, so keyboard and screen
      // reader users meet it first; focus the visitor or the page already placed is left alone.
      this.#focusBeforeBanner = deepActiveElement(this.ownerDocument);
      if (!this.#focusBeforeBanner && !this.preferencesOpen) banner.focus({ preventScroll: true });
    }
    if (!banner) this.#bannerShown = false;
  }

  /** Reads the attributes; when they differ from those in force, configures the page with them. */
  #applyConfig(): void {
    const values: Record<ConfigAttribute, string | null | undefined> = {
      categories: this.categories,
      'policy-url': this.policyUrl,
      revision: this.revision,
      'expires-days': this.expiresDays,
      'cookie-name': this.cookieName,
      'cookie-domain': this.cookieDomain,
      mode: this.mode,
      lang: this.lang,
      'color-scheme': this.colorScheme,
    };
    const key = JSON.stringify(CONFIG_ATTRIBUTES.map((name) => values[name] ?? null));
    if (key === this.#configKey || !this.#manager) return;
    this.#configKey = key;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- location is null in a document without a browsing context; lib.dom types it non-null
    const { config, warnings } = parseConfig((name) => values[name], this.ownerDocument.location?.hostname ?? '');
    for (const warning of warnings) warnOnce(warning, this);
    this.#useLanguage(this.#pickLanguage(config));
    this.#manager.configure(config);
    if (this.#manager.record) this.bannerOpen = false;
    else {
      this.#openBanner();
      // Fetch the UI now rather than at Lit's first update: the banner shows a little sooner.
      this.#requireUi();
    }
  }

  #pickLanguage(config: ConsentConfig): string {
    const page = this.ownerDocument.documentElement.lang;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- navigator.languages is missing in some embedded engines
    const browser = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
    return pickLanguage([config.lang, page, ...browser], BUILT_IN_LANGUAGES);
  }

  /** Shows texts in `lang`: English at once, another language once its file has loaded. */
  #useLanguage(lang: string): void {
    if (lang === this.#textsLang && this.#texts) return;
    this.#textsLang = lang;
    if (lang === 'en') {
      this.#texts = ENGLISH;
      return;
    }
    this.#texts = null;
    void loadTexts(lang)
      .then((texts) => {
        if (!isTexts(texts)) throw new Error('the file is not a complete translation');
        return texts;
      })
      .catch((error: unknown) => {
        warnOnce(`cookie-consent: the "${lang}" texts could not be loaded (${error instanceof Error ? error.message : String(error)}); showing English.`);
        return ENGLISH;
      })
      .then((texts) => {
        if (this.#textsLang !== lang) return;
        this.#texts = texts;
        this.requestUpdate();
      });
  }

  #openBanner(): void {
    this.bannerOpen = true;
  }

  readonly #onDocumentClick = (event: MouseEvent): void => {
    const trigger = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset['cookieConsent'] === PREFERENCES_TRIGGER);
    if (!trigger || event.defaultPrevented) return;
    event.preventDefault();
    this.#openPreferences(trigger);
  };

  #openPreferences(opener: HTMLElement | null): void {
    if (!this.#manager) return;
    this.#opener = opener;
    this.preferencesOpen = true;
  }

  /** The dialog closed itself (Escape, the close button): forget it and give focus back. */
  readonly #onDialogClose = (): void => {
    if (!this.preferencesOpen) return;
    this.preferencesOpen = false;
    void this.updateComplete.then(() => this.#restoreFocus());
  };

  #closeUi(): void {
    const wasOpen = this.bannerOpen || this.preferencesOpen;
    this.preferencesOpen = this.bannerOpen = false;
    this.renderRoot.querySelector('dialog')?.close();
    if (wasOpen) void this.updateComplete.then(() => this.#restoreFocus());
  }

  /**
   * After the UI has re-rendered, focus goes back to what opened the preferences, else to what
   * was focused before the banner; native dialogs restore focus unevenly across engines.
   */
  #restoreFocus(): void {
    const target = [this.#opener, this.#focusBeforeBanner].find((element) => element?.isConnected);
    this.#opener = null;
    if (!this.bannerOpen) this.#focusBeforeBanner = null;
    target?.focus({ preventScroll: true });
  }

  /** Records a decision, closes the UI and tells listeners. */
  #decide(granted: Iterable<string>): void {
    const change = this.#manager?.decide(granted);
    if (!change) return;
    this.#closeUi();
    const { record } = change;
    const detail: ConsentChangeDetail = {
      consent: change.consent,
      changed: change.changed,
      id: record.id,
      revision: record.rev,
      time: new Date(record.updated).toISOString(),
    };
    this.dispatchEvent(new CustomEvent(CONSENT_CHANGE, { detail, bubbles: true, composed: true }));
  }

  get #offered(): readonly string[] {
    return this.#manager?.configuration?.categories ?? [];
  }

  /** Grants every offered category. */
  acceptAll(): void {
    const active = this.#active;
    active.#decide(active.#offered);
  }

  /** Grants only `necessary`, denies every optional category. */
  rejectAll(): void {
    this.#active.#decide([]);
  }

  /**
   * Grants exactly these categories (plus `necessary`) and denies the rest. Ids the page does not
   * offer are ignored with a warning.
   */
  accept(ids: string[]): void {
    this.#active.#decide(Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
  }

  /** Shows the first layer. */
  showBanner(): void {
    this.#active.#openBanner();
  }

  /** Opens the preferences dialog; focus returns to the element focused before it when it closes. */
  showPreferences(): void {
    this.#active.#openPreferences(deepActiveElement(this.ownerDocument));
  }

  /** Hides the first layer and the preferences without deciding. */
  hide(): void {
    this.#active.#closeUi();
  }

  /** Forgets the decision (removes the cookie) and shows the first layer again. */
  reset(): void {
    const active = this.#active;
    active.#manager?.reset();
    active.#openBanner();
  }

  /** Whether a category is granted now (in `opt-out` mode, optional categories are until declined). */
  hasConsent(id: string): boolean {
    return this.#page?.has(id) ?? false;
  }

  /** `null` while undecided, else `{ [categoryId]: granted }` for every offered category. */
  get consent(): ConsentMap | null {
    return this.#page?.consent ?? null;
  }

  /** What the UI should show now, or `null` when nothing can be shown yet. */
  #view(): UiView | null {
    const config = this.#manager?.configuration;
    const texts = this.#texts;
    if (!config || !texts) return null;
    return {
      texts,
      categories: config.categories,
      policyUrl: config.policyUrl,
      bannerOpen: this.bannerOpen,
      preferencesOpen: this.preferencesOpen,
      isOn: (id) => this.hasConsent(id),
      onAcceptAll: () => {
        this.acceptAll();
      },
      onRejectAll: () => {
        this.rejectAll();
      },
      onCustomize: (event) => {
        this.#openPreferences(event.currentTarget as HTMLElement);
      },
      onSave: (granted) => {
        this.accept(granted);
      },
      onClose: this.#onDialogClose,
    };
  }
}
