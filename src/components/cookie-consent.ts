/**
 * `<cookie-consent>`: the host element a site owner places. It reads its attributes into a
 * configuration, hands it to the page's consent manager (which stores the decision and releases
 * gated elements), draws the first layer itself and loads the preferences dialog (Lit) when it
 * opens.
 *
 * It is a plain custom element rather than a LitElement on purpose: it runs on every page view,
 * for returning visitors too, and Lit's ReactiveElement would add 2.9 KB gzip and its start-up
 * to every one of them. Attributes are still reactive: each has a reflecting property, and any
 * change is applied on the next microtask.
 */
import { TARGETING } from '../core/categories.js';
import type { DeclaredCategory } from '../core/category-details.js';
import { ALL_CONFIG_ATTRIBUTES, parseConfig, type ConfigAttribute, type ConsentConfig } from '../core/config.js';
import { isCrawler } from '../core/crawler.js';
import { changedCategories, type ConsentMap } from '../core/decision.js';
import { pickLanguage } from '../core/language.js';
import type { ConsentRecord } from '../core/record.js';
import { BUILT_IN_LANGUAGES } from '../core/texts/catalog.js';
import { ENGLISH, loadTexts } from '../core/texts/load-texts.js';
import { isTexts, type Texts } from '../core/texts/texts.js';
import { CONSENT_CHANGE, type ConsentChangeDetail } from '../events/consent-change.js';
import { pageConsent, type ConsentManager } from '../runtime/consent-manager.js';
import { warnOnce } from '../runtime/warn-once.js';
import { loadFirstLayer } from './load-first-layer.js';
import { loadUi } from './load-ui.js';
import type { FirstLayerModule, PreferencesView, UiModule } from './ui-view.js';

/** Links and buttons anywhere in the page with `data-cookie-consent="preferences"` open the preferences. */
const TRIGGER_ATTRIBUTE = 'data-cookie-consent';
const PREFERENCES_TRIGGER = 'preferences';

/** Each property and the attribute it reflects (`lang` is HTMLElement's own). */
const PROPERTIES = {
  categories: 'categories',
  policyUrl: 'policy-url',
  revision: 'revision',
  expiresDays: 'expires-days',
  cookieName: 'cookie-name',
  cookieDomain: 'cookie-domain',
  mode: 'mode',
  colorScheme: 'color-scheme',
  consentMode: 'consent-mode',
  ignoreGpc: 'ignore-gpc',
  consentEndpoint: 'consent-endpoint',
  settingsButton: 'settings-button',
  reloadOnWithdraw: 'reload-on-withdraw',
} as const satisfies Record<string, ConfigAttribute>;

/** Why a load failed, for a warning. */
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The warning for a module beside the script that could not be loaded. */
const notLoaded = (what: string, file: string, error: unknown): string =>
  `cookie-consent: the ${what} could not be loaded (${reason(error)}); copy ${file} next to cookie-consent.js.`;

/** The element focused now, looking into open shadow roots. */
function deepActiveElement(document: Document): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * HTMLElement, or an empty stand-in where there is no DOM (server-side rendering imports the
 * npm entry in Node): importing must not throw there.
 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an empty stand-in is the point
const BaseElement: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

/**
 * A cookie consent banner. Holds back gated scripts, iframes and images until the visitor
 * grants their category, stores the decision in a cookie, and lets the visitor change it.
 *
 * Every attribute is also a property, reflected both ways; changing either takes effect.
 *
 * @summary Cookie consent banner with category preferences and script gating.
 *
 * @attr lang - Language of the texts; defaults to `<html lang>`, then the browser's languages, then English.
 * @attr text-banner-title - Your own wording for the first layer's heading, in any language.
 * @attr text-banner-description - Your own first-layer explanation.
 * @attr text-purposes-label - Your own label before the list of optional purposes.
 * @attr text-policy-link - Your own text for the policy link.
 * @attr text-accept-all - Your own text for the accept-all buttons.
 * @attr text-reject-all - Your own text for the reject-all buttons.
 * @attr text-customize - Your own text for the Customize button.
 * @attr text-preferences-title - Your own heading for the preferences.
 * @attr text-preferences-description - Your own introduction to the preferences.
 * @attr text-save - Your own text for the save button.
 * @attr text-close - Your own accessible name for the close button.
 * @attr text-always-on - Your own "always on" note beside strictly necessary.
 * @attr text-gpc-notice - Your own line saying Global Privacy Control is honoured.
 * @attr text-settings-button - Your own accessible name for the settings button.
 * @attr text-consent-id - Your own label before the consent id.
 * @attr text-placeholder-notice - Your own placeholder notice; `{category}` stands for the category.
 * @attr text-load-once - Your own text for the placeholder's "Load this once".
 * @attr text-allow-category - Your own text for the placeholder's "Allow {category}".
 *
 * @fires consent-change - A decision was made or changed, by the visitor, the API or another tab. `detail`: `{ consent, changed, id, revision, time, gpc }`.
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
 * @csspart gpc-notice - The first layer's line saying the browser's Global Privacy Control signal is honoured.
 * @csspart consent-id - The consent id shown in the preferences once the visitor has decided.
 * @csspart settings-button - The floating button that reopens the preferences (`settings-button` attribute).
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
 * @cssprop [--cc-font-family=inherit] - Font family; by default the page's own, so the banner adds no typeface to load.
 * @cssprop [--cc-font-size=1rem] - Base font size.
 * @cssprop [--cc-radius=0.75rem] - Corner radius of the banner and the preferences.
 * @cssprop [--cc-button-radius=0.5rem] - Corner radius of the buttons.
 * @cssprop [--cc-shadow=0 0.5rem 2rem rgb(0 0 0 / 0.25)] - Shadow of the banner and the preferences.
 * @cssprop [--cc-max-width=40rem] - Maximum width of the banner.
 * @cssprop [--cc-z-index=2147483000] - Stacking order of the banner.
 */
export class CookieConsent extends BaseElement {
  /** The attributes whose changes are applied. */
  static get observedAttributes(): readonly string[] {
    return ALL_CONFIG_ATTRIBUTES;
  }

  /**
   * Optional categories offered, space-separated, in display order; `necessary` is always present.
   * @attr categories
   * @default "analytics functionality targeting"
   */
  declare categories: string | null;
  /**
   * Link to the privacy or cookie policy, shown on the first layer.
   * @attr policy-url
   */
  declare policyUrl: string | null;
  /**
   * Policy revision; a decision stored under another revision is void and the banner shows again.
   * @attr revision
   * @default "1"
   */
  declare revision: string | null;
  /**
   * Lifetime of the stored decision in days, clamped to 1..395.
   * @attr expires-days
   * @default "182"
   */
  declare expiresDays: string | null;
  /**
   * Name of the cookie holding the decision.
   * @attr cookie-name
   * @default "cookie_consent"
   */
  declare cookieName: string | null;
  /**
   * Domain to share the decision with its subdomains; host-only when absent.
   * @attr cookie-domain
   */
  declare cookieDomain: string | null;
  /**
   * `opt-in`, or `opt-out`: optional categories count as granted until the visitor declines.
   * @attr mode
   * @default "opt-in"
   */
  declare mode: string | null;
  /**
   * `light` or `dark` to force the banner's colours (for sites with their own theme switch);
   * absent or `auto` to follow the visitor's `prefers-color-scheme`.
   * @attr color-scheme
   * @default "auto"
   */
  declare colorScheme: string | null;
  /**
   * Google Consent Mode v2: sends `gtag('consent', 'default', …)` with every signal but
   * `security_storage` denied when the element (or the configured script tag) starts, and
   * `gtag('consent', 'update', …)` from the decision on every page load and change.
   * Boolean: present means on.
   * @attr consent-mode
   */
  declare consentMode: string | null;
  /**
   * Do not apply the browser's Global Privacy Control signal (for sites outside its scope).
   * Boolean: present means on.
   * @attr ignore-gpc
   */
  declare ignoreGpc: string | null;
  /**
   * URL that receives each decision's record as JSON, by `navigator.sendBeacon` (proof of consent).
   * @attr consent-endpoint
   */
  declare consentEndpoint: string | null;
  /**
   * Show a small floating button that reopens the preferences once the visitor has decided.
   * Boolean: present means on.
   * @attr settings-button
   */
  declare settingsButton: string | null;
  /**
   * Reload the page after a decision withdraws a category, since scripts that already ran
   * cannot be unloaded. Boolean: present means on.
   * @attr reload-on-withdraw
   */
  declare reloadOnWithdraw: string | null;

  /** The page's consent state, shared by every `<cookie-consent>` in the document. */
  #page: ConsentManager | null = null;
  /** The same, while this element is the active one. */
  #manager: ConsentManager | null = null;
  #configKey = '';
  #configQueued = false;
  /** `null` while a translation loads: nothing is shown rather than a flash of English. */
  #texts: Texts | null = ENGLISH;
  #textsLang = 'en';
  #bannerOpen = false;
  #preferencesOpen = false;
  #banner: HTMLElement | null = null;
  #bannerKey: unknown[] = [];
  /** The UI module once loaded; until the preferences open (or the browser is idle), it is not. */
  #ui: UiModule | null = null;
  /** The UI module is on its way: later renders and the idle prefetch wait for the same load. */
  #uiRequested = false;
  /** The UI module could not be loaded: go on without what it adds. */
  #uiFailed = false;
  /** `<cookie-category>` children wait for the UI module: nothing shows meanwhile, so no built-in label flashes. */
  #detailsPending = false;
  /** The banner and shared styles, loaded when anything must show. */
  #firstLayer: FirstLayerModule | null = null;
  #firstLayerRequested = false;
  /** Loads under way (texts, UI module); `updateComplete` waits for them. */
  readonly #pending = new Set<Promise<unknown>>();
  #opener: HTMLElement | null = null;
  #focusBeforeBanner: HTMLElement | null = null;
  #settingsButton: HTMLElement | null = null;
  /** The iframes held back now, each with a placeholder once the UI module is there. */
  #heldFrames: readonly HTMLIFrameElement[] = [];
  /** Those showing a placeholder now. */
  #placeholders: HTMLIFrameElement[] = [];
  /** Texts as last drawn with the site's overrides, per translation and configuration. */
  #shown: { texts: Texts; config: ConsentConfig; result: Texts } | null = null;
  /** Watches the `<cookie-category>` children, which the parser adds after the element. */
  #childObserver: MutationObserver | null = null;
  #stopSync: (() => void) | null = null;

  constructor() {
    super();
    // A framework may have set properties before the element was defined: re-apply them
    // through the accessors, so they become attributes.
    for (const property of Object.keys(PROPERTIES) as (keyof typeof PROPERTIES)[]) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = this[property];
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- an own property shadowing the accessor
        delete this[property];
        this[property] = value;
      }
    }
  }

  connectedCallback(): void {
    this.#page = pageConsent(this.ownerDocument);
    this.#activate();
  }

  disconnectedCallback(): void {
    this.ownerDocument.removeEventListener('click', this.#onDocumentClick);
    this.#childObserver?.disconnect();
    this.#childObserver = null;
    this.#stopSync?.();
    this.#stopSync = null;
    if (this.#manager) this.#manager.gatekeeper.onHeldFrames = null;
    this.#heldFrames = [];
    this.#syncPlaceholders();
    this.#page?.letGo(this);
    this.#manager = null;
    this.#bannerOpen = this.#preferencesOpen = false;
    this.#render();
    // Re-read everything when connected again (moved in the page, or re-added).
    this.#configKey = '';
  }

  /** Applies attribute changes on the next microtask, once for a burst of them. */
  attributeChangedCallback(): void {
    if (!this.#manager || this.#configQueued) return;
    this.#configQueued = true;
    queueMicrotask(() => {
      this.#configQueued = false;
      this.#applyConfig();
    });
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
    this.#childObserver = new MutationObserver(() => {
      this.attributeChangedCallback();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['name', 'label', 'cookies', 'storage'] });
    this.#stopSync = page.onExternalChange(this.#onExternalChange);
    page.loadHelpers = loadUi;
    page.gatekeeper.onHeldFrames = (frames) => {
      this.#heldFrames = frames;
      this.#syncPlaceholders();
    };
    this.#heldFrames = page.gatekeeper.heldFrames;
    // Synchronously: a returning visitor's gated elements are released now, and a first-time
    // visitor's banner is drawn before the page's first paint.
    this.#applyConfig();
  };

  /** The element that acts for this one: itself, or the active one when this is an inert duplicate. */
  get #active(): CookieConsent {
    const owner = this.#page?.owner;
    return owner instanceof CookieConsent ? owner : this;
  }

  /** Resolves once pending loads (a translation, the preferences' UI) are done and drawn. */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      await Promise.resolve();
      while (this.#pending.size) await Promise.all(this.#pending);
      return true;
    })();
  }

  /** Tracks a load for `updateComplete`; draws again when it is done. */
  #track(load: Promise<unknown>): void {
    const tracked = load.finally(() => {
      this.#pending.delete(tracked);
      this.#render();
    });
    this.#pending.add(tracked);
  }

  /** Reads the attributes; when they differ from those in force, configures the page with them. */
  #applyConfig(): void {
    const read = (name: ConfigAttribute) => this.getAttribute(name);
    const declared = this.#declaredCategories();
    const key = JSON.stringify([ALL_CONFIG_ATTRIBUTES.map(read), declared]);
    if (key === this.#configKey || !this.#manager) return;
    this.#configKey = key;
    // The children are data, not content: a shadow root keeps their text off the page.
    if (declared.length && !this.shadowRoot) this.attachShadow({ mode: 'open' });
    // <cookie-category> is read by the UI module: until it is here, nothing is configured.
    this.#detailsPending = declared.length > 0 && !this.#ui && !this.#uiFailed;
    this.#manager.gatekeeper.quiet = this.#detailsPending;
    if (this.#detailsPending) {
      this.#configKey = '';
      this.#requireUi();
      this.#render();
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- location is null in a document without a browsing context; lib.dom types it non-null
    const parsed = parseConfig(read, this.ownerDocument.location?.hostname ?? '');
    const { config, warnings } = this.#ui && declared.length ? this.#ui.withDeclaredCategories(parsed.config, declared) : { config: parsed.config, warnings: [] };
    for (const warning of [...parsed.warnings, ...warnings]) warnOnce(warning, this);
    this.#useLanguage(this.#pickLanguage(config));
    this.#manager.configure(config);
    // Crawlers get no banner, so it never becomes their indexed content or preview.
    this.#bannerOpen = !this.#manager.record && !isCrawler(typeof navigator === 'undefined' ? '' : navigator.userAgent);
    this.#render();
  }

  /** The `<cookie-category>` children, as written. */
  #declaredCategories(): DeclaredCategory[] {
    return [...this.children]
      .filter((child) => child.localName === 'cookie-category')
      .map((child) => ({
        name: child.getAttribute('name'),
        label: child.getAttribute('label'),
        cookies: child.getAttribute('cookies'),
        storage: child.getAttribute('storage'),
        description: child.textContent.trim(),
      }));
  }

  /** Another tab of the site decided: follow it here (release, hide the banner) and tell listeners. */
  readonly #onExternalChange = (before: ConsentRecord | null): void => {
    const manager = this.#manager;
    const config = manager?.configuration;
    if (!manager || !config) return;
    const record = manager.record;
    if (record) {
      this.#preferencesOpen = false;
      this.shadowRoot?.querySelector('dialog')?.close();
    }
    this.#bannerOpen = !record;
    this.#render();
    if (record) this.#announce(record, changedCategories(config, before, record));
  };

  /** The texts to draw: the translation with the site's overrides; `null` while loading. */
  get #drawnTexts(): Texts | null {
    const texts = this.#texts;
    const config = this.#manager?.configuration;
    if (!texts || !config) return null;
    if (this.#shown?.texts !== texts || this.#shown.config !== config) this.#shown = { texts, config, result: this.#withOverrides(texts, config) };
    return this.#shown.result;
  }

  /** The site's `text-…` attributes and `<cookie-category>` wording over the translation. */
  #withOverrides(texts: Texts, config: ConsentConfig): Texts {
    if (this.#ui && Object.keys(config.details).length) return this.#ui.textsFor(texts, config);
    return Object.keys(config.texts).length ? { ...texts, ...config.texts } : texts;
  }

  /** Puts a placeholder in place of each held iframe, and takes away those released. */
  #syncPlaceholders(): void {
    const frames = this.#heldFrames;
    if (frames.length) {
      this.#requireUi();
      this.#requireFirstLayer();
    }
    const layer = this.#firstLayer;
    const texts = layer && this.#drawnTexts;
    this.#placeholders =
      this.#ui?.syncPlaceholders(texts ? frames : [], this.#placeholders, {
        texts,
        isGranted: (id) => this.hasConsent(id),
        adoptShared: (root) => layer?.adoptStyles(root, layer.bannerStyles),
        colorScheme: this.getAttribute('color-scheme') ?? 'auto',
        loadOnce: (frame) => this.#manager?.gatekeeper.releaseOnce(frame),
        allow: (ids) => {
          this.accept([...this.#offered.filter((id) => this.hasConsent(id)), ...ids]);
        },
      }) ?? [];
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
    this.#track(
      loadTexts(lang)
        .then((texts) => {
          if (!isTexts(texts)) throw new Error('the file is not a complete translation');
          return texts;
        })
        .catch((error: unknown) => {
          warnOnce(`cookie-consent: the "${lang}" texts could not be loaded (${reason(error)}); showing English.`);
          return ENGLISH;
        })
        .then((texts) => {
          if (this.#textsLang === lang) this.#texts = texts;
        }),
    );
  }

  /** Starts loading the first-layer module (once); what must show is drawn when it arrives. */
  #requireFirstLayer(): void {
    if (this.#firstLayer || this.#firstLayerRequested) return;
    this.#firstLayerRequested = true;
    this.#track(
      loadFirstLayer().then(
        (layer) => {
          this.#firstLayer = layer;
        },
        (error: unknown) => {
          warnOnce(notLoaded('banner', 'cookie-consent-banner.js', error));
        },
      ),
    );
  }

  /** Starts loading the UI module (once); the dialog is drawn when it arrives. */
  #requireUi(): void {
    if (this.#ui || this.#uiRequested) return;
    this.#uiRequested = true;
    this.#track(
      loadUi().then(
        (ui) => {
          this.#ui = ui;
          this.#applyConfig();
        },
        (error: unknown) => {
          this.#uiFailed = true;
          this.#applyConfig();
          warnOnce(notLoaded('preferences', 'cookie-consent-ui.js', error));
        },
      ),
    );
  }

  /** Brings the shadow root in line with the state: the banner, the dialog, and focus. */
  #render(): void {
    const config = this.#manager?.configuration;
    const texts = this.#drawnTexts;
    const showSettings = !!config?.settingsButton && !this.#bannerOpen && !this.#preferencesOpen;
    // Everything shown needs the first-layer module (the banner, the shared styles); a returning
    // visitor's page loads none of it, and its element never gets as far as a shadow root.
    const showing = this.#bannerOpen || this.#preferencesOpen || showSettings || this.#heldFrames.length > 0;
    if (config && showing) this.#requireFirstLayer();
    const layer = this.#firstLayer;
    const ready = config && texts && layer && !this.#detailsPending;
    const root = this.shadowRoot ?? (ready && (this.#bannerOpen || this.#preferencesOpen || showSettings) ? this.attachShadow({ mode: 'open' }) : null);
    this.#syncPlaceholders();
    if (showSettings) this.#requireUi();
    if (!root || !layer) return;
    const adoptShared = () => {
      layer.adoptStyles(root, layer.bannerStyles);
    };

    // The floating settings button, while neither the banner nor the preferences show; hidden,
    // not removed, meanwhile, so focus can return to it when the preferences close.
    const wantButton = !!ready && config.settingsButton;
    if (this.#settingsButton && (!wantButton || this.#settingsButton.lang !== texts.lang)) {
      this.#settingsButton.remove();
      this.#settingsButton = null;
    }
    if (wantButton && !this.#settingsButton && this.#ui) {
      adoptShared();
      this.#settingsButton = this.#ui.createSettingsButton(root, texts, (event) => {
        this.#openPreferences(event.currentTarget as HTMLElement);
      });
    }
    if (this.#settingsButton) this.#settingsButton.hidden = !showSettings;

    // The first layer, rebuilt when what it shows changes.
    const gpc = !!this.#manager?.gpc;
    const bannerKey = ready ? [texts, config.categories, config.policyUrl, gpc] : [];
    const showBanner = !!ready && this.#bannerOpen;
    if (this.#banner && (!showBanner || bannerKey.some((part, i) => part !== this.#bannerKey[i]))) {
      this.#banner.remove();
      this.#banner = null;
    }
    if (showBanner && !this.#banner) {
      adoptShared();
      this.#bannerKey = bannerKey;
      this.#banner = layer.createBanner(this.ownerDocument, {
        texts,
        categories: config.categories,
        policyUrl: config.policyUrl,
        gpc,
        onAcceptAll: () => {
          this.acceptAll();
        },
        onRejectAll: () => {
          this.rejectAll();
        },
        onCustomize: (event) => {
          this.#openPreferences(event.currentTarget as HTMLElement);
        },
      });
      root.prepend(this.#banner);
      // A visitor who has not started interacting lands on the banner, so keyboard and screen
      // reader users meet it first; focus the visitor or the page already placed is left alone.
      // On the next frame: focusing now, mid-parse, would force a style and layout pass.
      const banner = this.#banner;
      this.#track(
        new Promise<void>((done) => {
          requestAnimationFrame(() => {
            done();
            if (banner !== this.#banner) return;
            this.#focusBeforeBanner ??= deepActiveElement(this.ownerDocument);
            if (!this.#focusBeforeBanner && !this.#preferencesOpen) banner.focus({ preventScroll: true });
          });
        }),
      );
      // Fetch the preferences' UI when the visitor heads for Customize (pointer or keyboard), so
      // it opens at once; a visitor who only accepts or rejects never downloads it.
      const customize = banner.querySelector('[part~="customize"]');
      for (const type of ['pointerenter', 'focus', 'touchstart'])
        customize?.addEventListener(
          type,
          () => {
            this.#requireUi();
          },
          { once: true, passive: true },
        );
    }

    // The preferences dialog, drawn by the UI module.
    const showPreferences = !!ready && this.#preferencesOpen;
    if (showPreferences) this.#requireUi();
    if (this.#ui && ready) {
      adoptShared();
      this.#ui.renderPreferences(root, showPreferences ? this.#preferencesView(config, texts) : null, this);
      const dialog = root.querySelector('dialog');
      if (showPreferences && dialog && !dialog.open) dialog.showModal();
    }
  }

  #preferencesView(config: ConsentConfig, texts: Texts): PreferencesView {
    return {
      texts,
      categories: config.categories,
      policyUrl: config.policyUrl,
      isOn: (id) => this.hasConsent(id),
      gpc: !!this.#manager?.gpc,
      consentId: this.#manager?.record?.id ?? null,
      onSave: (granted) => {
        this.accept(granted);
      },
      onAcceptAll: () => {
        this.acceptAll();
      },
      onRejectAll: () => {
        this.rejectAll();
      },
      onClose: this.#onDialogClose,
    };
  }

  readonly #onDocumentClick = (event: MouseEvent): void => {
    const trigger = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute(TRIGGER_ATTRIBUTE) === PREFERENCES_TRIGGER);
    if (!trigger || event.defaultPrevented) return;
    event.preventDefault();
    this.#openPreferences(trigger);
  };

  #openPreferences(opener: HTMLElement | null): void {
    if (!this.#manager) return;
    this.#opener = opener;
    this.#preferencesOpen = true;
    this.#render();
  }

  /** The dialog closed itself (Escape, the close button): forget it and give focus back. */
  readonly #onDialogClose = (): void => {
    if (!this.#preferencesOpen) return;
    this.#preferencesOpen = false;
    this.#render();
    this.#restoreFocus();
  };

  #closeUi(): void {
    const wasOpen = this.#bannerOpen || this.#preferencesOpen;
    this.#preferencesOpen = this.#bannerOpen = false;
    this.shadowRoot?.querySelector('dialog')?.close();
    this.#render();
    if (wasOpen) this.#restoreFocus();
  }

  /**
   * Focus goes back to what opened the preferences, else to what was focused before the banner;
   * native dialogs restore focus unevenly across engines.
   */
  #restoreFocus(): void {
    const target = [this.#opener, this.#focusBeforeBanner].find((element) => element?.isConnected);
    this.#opener = null;
    if (!this.#bannerOpen) this.#focusBeforeBanner = null;
    target?.focus({ preventScroll: true });
  }

  /** Records a decision, closes the UI and tells listeners. */
  #decide(granted: Iterable<string>): void {
    const change = this.#manager?.decide(granted);
    if (!change) return;
    this.#closeUi();
    this.#announce(change.record, change.changed);
    // Scripts that already ran cannot be unloaded: the site may ask for a clean page instead.
    if (this.#manager?.configuration?.reloadOnWithdraw && change.withdrawn.length) this.ownerDocument.location.reload();
  }

  /** Fires `consent-change` for the decision in `record`. */
  #announce(record: ConsentRecord, changed: string[]): void {
    const detail: ConsentChangeDetail = {
      consent: this.consent ?? {},
      changed,
      id: record.id,
      revision: record.rev,
      time: new Date(record.updated).toISOString(),
      gpc: !!this.#manager?.gpc,
    };
    this.dispatchEvent(new CustomEvent(CONSENT_CHANGE, { detail, bubbles: true, composed: true }));
  }

  get #offered(): readonly string[] {
    return this.#manager?.configuration?.categories ?? [];
  }

  /**
   * Grants every offered category; under Global Privacy Control every one but `targeting`, which
   * the visitor can still switch on in the preferences.
   */
  acceptAll(): void {
    const active = this.#active;
    const gpc = active.#manager?.gpc;
    active.#decide(active.#offered.filter((id) => !(gpc && id === TARGETING)));
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
    const active = this.#active;
    active.#bannerOpen = !!active.#manager;
    active.#render();
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
    active.showBanner();
  }

  /** Whether a category is granted now (in `opt-out` mode, optional categories are until declined). */
  hasConsent(id: string): boolean {
    return this.#page?.has(id) ?? false;
  }

  /** `null` while undecided, else `{ [categoryId]: granted }` for every offered category. */
  get consent(): ConsentMap | null {
    return this.#page?.consent ?? null;
  }
}

// The reflecting accessors, one per attribute.
for (const [property, attribute] of Object.entries(PROPERTIES)) {
  Object.defineProperty(CookieConsent.prototype, property, {
    configurable: true,
    enumerable: true,
    get(this: HTMLElement) {
      return this.getAttribute(attribute);
    },
    set(this: HTMLElement, value: string | number | boolean | null | undefined) {
      if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
  });
}
