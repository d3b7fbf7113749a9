/**
 * `<cookie-consent>`: the host element a site owner places. It reads its attributes (the rows of
 * the core's attribute table) and `<cookie-category>` children into the page's consent store,
 * picks the texts, decides whether a view must show and hands that to its view host; the store
 * keeps the decision and releases gated elements.
 *
 * A plain custom element rather than a LitElement: it runs on every page view, returning
 * visitors' included, and needs from ReactiveElement only reflecting attributes, which the table
 * gives; the views are lit-html.
 */
import { ATTRIBUTES, optionsFrom, type ConfigProperty } from '../core/attributes.js';
import type { ConsentConfig } from '../core/config.js';
import { isCrawler } from '../core/crawler.js';
import type { ConsentMap } from '../core/decision.js';
import { pickLanguage } from '../core/language.js';
import type { RuleId } from '../core/regions.js';
import { setupWarnings, unknownLanguageWarning } from '../core/setup-checks.js';
import { BUILT_IN_LANGUAGES, textsFor } from '../core/texts/catalog.js';
import { ENGLISH, loadTexts } from '../core/load-data.js';
import { isTexts, type Texts } from '../core/texts/texts.js';
import { errorOnce, reasonOf, warnOnce } from '../core/warn-once.js';
import { consentStore, type ConsentChange, type ConsentStore } from '../consent/consent-store.js';
import { drawDeclarations } from '../views/declaration/declarations.js';
import { syncPlaceholders } from '../views/placeholder/placeholders.js';
import { ViewHost, afterFirstPaint, afterPageLoad, deepActiveElement, type ViewState } from '../views/view-host.js';
import { CONSENT_CHANGE, type ConsentChangeDetail } from './consent-change.js';
import { DECLARATION_CONNECTED } from './cookie-declaration.js';
import { CHILD_ATTRIBUTES, declaredChildren, serviceDescriptionsIn } from './declared-children.js';

/** Links and buttons anywhere in the page with `data-cookie-consent="preferences"` open the preferences. */
const TRIGGER_ATTRIBUTE = 'data-cookie-consent';
const PREFERENCES_TRIGGER = 'preferences';
/** A page's own "Do Not Sell or Share My Personal Information" link: opts out at once, then shows the choices. */
const DO_NOT_SELL_TRIGGER = 'do-not-sell';
/** Every control of the page that opens the choices (the do-not-sell link after its opt-out). */
const TRIGGERS = [PREFERENCES_TRIGGER, DO_NOT_SELL_TRIGGER].map((value) => `[${TRIGGER_ATTRIBUTE}="${value}"]`).join();
/** The longest a translation may take before the banner shows in English (README, "Languages"). */
export const TEXTS_TIMEOUT_MS = 1500;


/**
 * HTMLElement, or an empty stand-in where there is no DOM (server-side rendering imports the
 * npm entry in Node): importing must not throw there.
 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an empty stand-in is the point
const BaseElement: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

/**
 * Elements made by a script with all their children (the script tag's own element): they need not
 * wait for an end tag, see `#childrenMayFollow`.
 */
export const COMPLETE_ON_CONNECT = new WeakSet<Element>();

/** Every row of the attribute table but `lang`, which is HTMLElement's own property. */
const REFLECTED = ATTRIBUTES.filter((spec) => spec.property !== 'lang');

/**
 * A cookie consent banner. Holds back gated scripts, iframes and images until the visitor
 * grants their category, stores the decision in a cookie, and lets the visitor change it.
 *
 * Every attribute (listed in the custom-elements manifest, from the core's attribute table) is
 * also a property, reflected both ways; changing either takes effect.
 *
 * @summary Cookie consent banner with category preferences and script gating.
 *
 * @fires consent-change - A decision was made or changed, by the visitor, the API or another tab. `detail`: `{ consent, services, changed, id, revision, time, gpc }`.
 *
 * @csspart banner - The first layer's container.
 * @csspart preferences - The preferences `<dialog>`.
 * @csspart accept-all - The accept-all buttons (first layer and preferences).
 * @csspart reject-all - The reject-all buttons (first layer and preferences).
 * @csspart customize - The first layer's button that opens the preferences.
 * @csspart save - The preferences' save button.
 * @csspart toggle - Each category's and service's switch, an `<input type="checkbox">` whose `name` is the category or service id (`role="switch"`, but a tri-state checkbox for a category with services).
 * @csspart category-toggle - Each category's switch (also `toggle`).
 * @csspart service-toggle - Each service's switch (also `toggle`).
 * @csspart category - Each category's row in the preferences.
 * @csspart service - Each service's row, under its category.
 * @csspart cookie-list - The disclosure listing a category's or service's cookies.
 * @csspart cookie-table - The table of those cookies: name, type, lifetime, purpose, provider.
 * @csspart close - The preferences' close button.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart gpc-notice - The line saying the browser's Global Privacy Control signal is honoured (first layer and preferences).
 * @csspart do-not-sell - Under the US rule, the notice's "Do Not Sell or Share My Personal Information" button.
 * @csspart dismiss - Under the US rule, the notice's close button, which keeps what is on.
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
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the reflecting properties' types, see below
export class CookieConsent extends BaseElement {
  /** The attributes whose changes are applied: every row of the attribute table. */
  static get observedAttributes(): readonly string[] {
    return ATTRIBUTES.map((spec) => spec.attribute);
  }

  /** The page's consent store, shared by every `<cookie-consent>` in the document. */
  #page: ConsentStore | null = null;
  /** The same, while this element is the active one. */
  #store: ConsentStore | null = null;
  #queued = false;
  /** `null` while a translation loads: nothing is shown rather than a flash of English. */
  #texts: Texts | null = ENGLISH;
  #textsLang = 'en';
  /** The translation on its way, for {@link updateComplete}. */
  #loading: Promise<void> | null = null;
  /** Catalogue entries on their way, for {@link updateComplete}. */
  #catalogue: Promise<unknown> | null = null;
  readonly #views = new ViewHost(this, {
    acceptAll: () => {
      this.acceptAll();
    },
    rejectAll: () => {
      this.rejectAll();
    },
    accept: (ids) => {
      this.accept(ids);
    },
    doNotSell: () => {
      this.optOutOfSale();
    },
    keepAsIs: () => {
      this.#active.#store?.keepAsIs();
    },
  });
  /** The page's `<cookie-declaration>` elements, drawn with the views. */
  readonly #declarations = new Set<HTMLElement>();
  /** The iframes showing a placeholder now. */
  #placeholders: HTMLIFrameElement[] = [];
  /** Whether placeholder boxes may go into the page yet: after its load event and a paint (see #syncPlaceholders). */
  #placeholdersMayShow = false;
  #placeholderWait: Promise<void> | null = null;
  /** The texts as last drawn with the site's overrides, per translation and configuration. */
  #shown: { texts: Texts; config: ConsentConfig; result: Texts } | null = null;
  /** Watches the `<cookie-category>` children, which the parser adds after the element. */
  #childObserver: MutationObserver | null = null;
  /** While the parser has not yet passed a regional element's end tag: it waits for it. */
  #endTagWatch: (() => void) | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor() {
    super();
    // A framework may have set properties before the element was defined: re-apply them
    // through the accessors, so they become attributes.
    for (const { property } of REFLECTED) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value: unknown = (this as unknown as Record<string, unknown>)[property];
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- an own property shadowing the accessor
        delete (this as unknown as Record<string, unknown>)[property];
        (this as unknown as Record<string, unknown>)[property] = value;
      }
    }
  }

  connectedCallback(): void {
    this.#page = consentStore(this.ownerDocument);
    this.#activate();
  }

  disconnectedCallback(): void {
    this.ownerDocument.removeEventListener('click', this.#onDocumentClick);
    this.ownerDocument.removeEventListener(DECLARATION_CONNECTED, this.#onDeclaration);
    this.#childObserver?.disconnect();
    this.#childObserver = null;
    this.#endTagWatch?.();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    if (this.#store) this.#store.gatekeeper.onHeldFrames = null;
    this.#page?.letGo(this);
    this.#store = null;
    this.#views.bannerOpen = this.#views.preferencesOpen = false;
    this.#draw();
  }

  /** Applies attribute changes on the next microtask, once for a burst of them. */
  attributeChangedCallback(): void {
    if (!this.#store || this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#configure();
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
    this.#store = page;
    this.ownerDocument.addEventListener('click', this.#onDocumentClick);
    this.ownerDocument.addEventListener(DECLARATION_CONNECTED, this.#onDeclaration);
    for (const declaration of this.ownerDocument.querySelectorAll<HTMLElement>('cookie-declaration')) this.#declarations.add(declaration);
    this.#childObserver = new MutationObserver(() => {
      this.attributeChangedCallback();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: CHILD_ATTRIBUTES });
    this.#unsubscribe = page.subscribe(this.#onChange);
    page.gatekeeper.onHeldFrames = () => {
      this.#syncPlaceholders();
    };
    if (this.#childrenMayFollow()) return;
    // Synchronously: a returning visitor's gated elements are released now; a first-time
    // visitor's banner follows the page's first paint (the view host waits for it).
    this.#configure(true);
  };

  /**
   * A regional element being parsed is connected before its `<cookie-region>` children: applying
   * the region's built-in rule now could release what their rule holds back. It then waits until
   * the parser has passed its end tag (a node follows it, or the document is parsed).
   */
  #childrenMayFollow(): boolean {
    const doc = this.ownerDocument;
    const parent = this.parentNode;
    if (!parent || !this.hasAttribute('region') || doc.readyState !== 'loading' || this.nextSibling || COMPLETE_ON_CONNECT.has(this)) return false;
    const observer = new MutationObserver(() => {
      if (this.nextSibling) done();
    });
    const stop = () => {
      this.#endTagWatch = null;
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', done);
    };
    const done = () => {
      stop();
      if (this.#store) this.#configure(true);
    };
    this.#endTagWatch = stop;
    observer.observe(parent, { childList: true });
    doc.addEventListener('DOMContentLoaded', done);
    return true;
  }

  /** The element that acts for this one: itself, or the active one when this is an inert duplicate. */
  get #active(): CookieConsent {
    const owner = this.#page?.owner;
    return owner instanceof CookieConsent ? owner : this;
  }

  /** Resolves once a translation on its way has loaded (or been given up) and everything is drawn. */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      await Promise.resolve();
      while (this.#loading) await this.#loading;
      // A catalogue entry that arrives reconfigures (on a microtask): wait for that too.
      while (this.#catalogue) {
        const catalogue = this.#catalogue;
        await catalogue;
        await Promise.resolve();
        if (this.#catalogue === catalogue) this.#catalogue = null;
      }
      await this.#views.settled;
      return true;
    })();
  }

  /** Configures the store from the attributes and children; opens the banner on a first visit. */
  #configure(first = false): void {
    const store = this.#store;
    if (!store || this.#endTagWatch) return;
    const declared = declaredChildren(this, () => {
      this.attributeChangedCallback();
    });
    if (declared.pending.length) {
      store.awaitDeclarations(declared.pending);
      this.#catalogue = Promise.all(declared.pending);
    }
    // The children are data, not content: a shadow root keeps their text off the page.
    if ((declared.categories.length || declared.services.length || declared.pending.length) && !this.shadowRoot) this.attachShadow({ mode: 'open' });
    const before = store.configuration;
    const config = store.configure(
      optionsFrom((name) => this.getAttribute(name)),
      { categories: declared.categories, services: declared.services, regions: declared.regions },
      this,
    );
    if (config === before && !first) return;
    this.#checkSetup();
    this.#useLanguage(this.#pickLanguage(config));
    // Crawlers get no banner, so it never becomes their indexed content or preview.
    this.#views.bannerOpen = !store.record && !isCrawler(typeof navigator === 'undefined' ? '' : navigator.userAgent);
    this.#draw();
  }

  /** The store changed: a decision (here, by the API, or in another tab) or a reset. */
  readonly #onChange = (change: ConsentChange): void => {
    const { record } = change;
    if (change.cause === 'decision') this.#views.closeAll();
    else if (record) this.#views.preferencesOpen = false;
    if (change.cause !== 'decision') this.#views.bannerOpen = !record;
    this.#draw();
    if (!record) return;
    const detail: ConsentChangeDetail = {
      consent: change.consent ?? {},
      services: change.services ?? {},
      changed: change.changed,
      id: record.id,
      revision: record.rev,
      time: new Date(record.updated).toISOString(),
      gpc: change.gpc,
    };
    this.dispatchEvent(new CustomEvent(CONSENT_CHANGE, { detail, bubbles: true, composed: true }));
    // Scripts that already ran cannot be unloaded: the site may ask for a clean page instead.
    if (change.cause === 'decision' && change.withdrawn.length && this.#store?.configuration?.reloadOnWithdraw) this.ownerDocument.location.reload();
  };

  /** The state the views draw; `null` while the texts load or before the store is configured. */
  get #viewState(): ViewState | null {
    const store = this.#store;
    const config = store?.configuration;
    if (!store || !config || !this.#texts) return null;
    return {
      texts: this.#textsWithOverrides(this.#texts, config),
      config,
      gpc: store.gpc,
      consentId: store.record?.id ?? null,
      serviceTexts: config.services.some((service) => service.catalogueDescription)
        ? serviceDescriptionsIn(this.#texts.lang, () => {
            this.#draw();
          })
        : null,
      isOn: (id) => store.has(id),
    };
  }

  /** The site's `text-…` attributes and `<cookie-category>` wording over the translation, kept while neither changes. */
  #textsWithOverrides(texts: Texts, config: ConsentConfig): Texts {
    if (this.#shown?.texts !== texts || this.#shown.config !== config) this.#shown = { texts, config, result: textsFor(texts, config) };
    return this.#shown.result;
  }

  /** Brings the views, the placeholders and the declarations in line with the state. */
  #draw(): void {
    const state = this.#viewState;
    this.#views.update(state);
    this.#syncPlaceholders(state);
    this.#drawDeclarations(state);
  }

  /** A `<cookie-declaration>` connected: draw it from now on. */
  readonly #onDeclaration = (event: Event): void => {
    if (!(event.target instanceof HTMLElement)) return;
    this.#declarations.add(event.target);
    this.#drawDeclarations(this.#viewState);
  };

  #drawDeclarations(state: ViewState | null): void {
    for (const declaration of this.#declarations) if (!declaration.isConnected) this.#declarations.delete(declaration);
    if (!this.#declarations.size) return;
    const record = this.#store?.record;
    drawDeclarations(
      this.#declarations,
      state && {
        texts: state.texts,
        config: state.config,
        decision: record ? { id: record.id, time: record.updated } : null,
        isOn: state.isOn,
        serviceTexts: state.serviceTexts,
        onChange: () => {
          this.showPreferences();
        },
      },
    );
  }

  /** Puts a placeholder in place of each held iframe, and takes away those released. */
  #syncPlaceholders(state = this.#viewState): void {
    const store = this.#store;
    const held = store?.gatekeeper.heldFrames ?? [];
    // A placeholder box is a node the server did not render, put beside the site's iframe. A
    // framework hydrating server-rendered HTML (React, Vue, Svelte) does so in the task that
    // runs its bundle, the one that defines this element, or in tasks queued from it (React
    // hydrates in slices, and a hidden page paints nothing to wait for); a box
    // there then is a mismatch (React throws the server's DOM away, Vue and Svelte warn). So
    // the boxes wait for the page's load event, then a paint; the frames are invisible and load
    // nothing from the start all the same.
    if (held.length && !this.#placeholdersMayShow && !this.#placeholderWait) {
      this.#placeholderWait = afterPageLoad(this.ownerDocument).then(() => afterFirstPaint(this.ownerDocument)).then(() => {
        this.#placeholdersMayShow = true;
        if (this.#store) this.#syncPlaceholders();
      });
    }
    this.#placeholders = syncPlaceholders(held, this.#placeholders, {
      texts: this.#placeholdersMayShow ? (state?.texts ?? null) : null,
      isGranted: (id) => this.hasConsent(id),
      colorScheme: state?.config.colorScheme ?? 'page',
      loadOnce: (frame) => store?.gatekeeper.releaseOnce(frame),
      allow: (ids) => {
        this.accept([...this.#offered.filter((id) => this.hasConsent(id)), ...ids]);
      },
    });
  }

  #pickLanguage(config: ConsentConfig): string {
    const page = this.ownerDocument.documentElement.lang;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- navigator.languages is missing in some embedded engines
    const browser = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
    const picked = pickLanguage([config.lang, page, ...browser], BUILT_IN_LANGUAGES);
    // The site asked for a language it does not get: say so, rather than quietly show another.
    const unknown = config.lang && unknownLanguageWarning(config.lang, picked, BUILT_IN_LANGUAGES);
    if (unknown) warnOnce(unknown, this);
    return picked;
  }

  /**
   * Once the page is built (a task after DOMContentLoaded, so the page's own scripts have added
   * their links), tells the site owner what the configuration in force lacks: a policy link, a
   * way back to the choice, descriptions. Each message prints once per page.
   */
  #checkSetup(): void {
    const document = this.ownerDocument;
    const check = () => {
      setTimeout(() => {
        const config = this.#store?.configuration;
        // Inactive by now (removed, or a duplicate): the active element checks instead.
        if (!config) return;
        const preferencesLink = !!document.querySelector(TRIGGERS);
        for (const warning of setupWarnings(config, { preferencesLink })) warnOnce(warning, this);
      }, 0);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    // Run by a deferred or module script: DOMContentLoaded may be yet to come, `load` surely is.
    else if (document.readyState === 'interactive') document.defaultView?.addEventListener('load', check, { once: true });
    else check();
  }

  /**
   * Shows texts in `lang`: English at once, another language once its file has loaded, or in
   * English after {@link TEXTS_TIMEOUT_MS} or a failed load, with one console error.
   */
  #useLanguage(lang: string): void {
    if (lang === this.#textsLang && this.#texts) return;
    this.#textsLang = lang;
    if (lang === 'en') {
      this.#texts = ENGLISH;
      return;
    }
    this.#texts = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`it took longer than ${TEXTS_TIMEOUT_MS} ms`));
      }, TEXTS_TIMEOUT_MS);
    });
    const loading: Promise<void> = Promise.race([loadTexts(lang), timeout])
      .then((texts) => {
        if (!isTexts(texts)) throw new Error('the file is not a complete translation');
        return texts;
      })
      .catch((error: unknown) => {
        errorOnce(`cookie-consent: the "${lang}" texts could not be loaded (${reasonOf(error)}); showing English.`);
        return ENGLISH;
      })
      .then((texts) => {
        clearTimeout(timer);
        if (this.#loading === loading) this.#loading = null;
        if (this.#textsLang !== lang) return;
        this.#texts = texts;
        this.#draw();
      });
    this.#loading = loading;
  }

  readonly #onDocumentClick = (event: MouseEvent): void => {
    const trigger = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.matches(TRIGGERS));
    if (!trigger || event.defaultPrevented) return;
    event.preventDefault();
    // The opt-out is the link's whole job (one step, as California's §7026 asks); the choices
    // open after it, so the visitor sees it done and can change the rest.
    if (trigger.getAttribute(TRIGGER_ATTRIBUTE) === DO_NOT_SELL_TRIGGER) this.optOutOfSale();
    this.#openPreferences(trigger);
  };

  #openPreferences(opener: HTMLElement | null): void {
    if (this.#store) this.#views.openPreferences(opener);
  }

  get #offered(): readonly string[] {
    return this.#store?.configuration?.categories ?? [];
  }

  /**
   * Grants every offered category; under Global Privacy Control every one but `targeting`, which
   * the visitor can still switch on in the preferences.
   */
  acceptAll(): void {
    this.#active.#store?.acceptAll();
  }

  /** Grants only `necessary`, denies every optional category. */
  rejectAll(): void {
    this.#active.#store?.rejectAll();
  }

  /**
   * "Do Not Sell or Share My Personal Information": denies `targeting` and its services and keeps
   * the other categories and services as they are.
   */
  optOutOfSale(): void {
    this.#active.#store?.optOutOfSale();
  }

  /**
   * Grants exactly these categories and services (plus `necessary`) and denies the rest: a
   * category id grants all its services, a service id that service (and so its category). Ids
   * the page does not offer are ignored with a warning.
   */
  accept(ids: string[]): void {
    this.#active.#store?.decide(Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
  }

  /** Shows the first layer. */
  showBanner(): void {
    const active = this.#active;
    if (active.#store) active.#views.showBanner();
  }

  /** Opens the preferences dialog; focus returns to the element focused before it when it closes. */
  showPreferences(): void {
    this.#active.#openPreferences(deepActiveElement(this.ownerDocument));
  }

  /** Hides the first layer and the preferences without deciding. */
  hide(): void {
    this.#active.#views.closeAll();
  }

  /** Forgets the decision (removes the cookie) and shows the first layer again. */
  reset(): void {
    const active = this.#active;
    active.#store?.reset();
    active.showBanner();
  }

  /**
   * Whether a category or a service is granted now (in `opt-out` mode, optional ones are until
   * declined). A category with services is granted while one of them is.
   */
  hasConsent(id: string): boolean {
    return this.#page?.has(id) ?? false;
  }

  /** `null` while undecided, else `{ [categoryId]: granted }` for every offered category. */
  get consent(): ConsentMap | null {
    return this.#page?.consent ?? null;
  }

  /** `null` while undecided, else `{ [serviceId]: granted }` for every declared service (`{}` when none). */
  get services(): ConsentMap | null {
    return this.#page?.services ?? null;
  }

  /**
   * The regional rule the visitor is under (docs/regions.md): `opt-in`, `uk`, `us` (show your
   * "Your Privacy Choices" link), or `site` (the element's own `mode`: no `region`, or none applies).
   */
  get rule(): RuleId {
    return this.#page?.configuration?.rule ?? 'site';
  }
}

/**
 * The reflecting properties, one per attribute of the table (`policyUrl` ↔ `policy-url`), typed
 * here and defined below; `lang` is HTMLElement's own.
 */
type ReflectedProperties = Record<Exclude<ConfigProperty, 'lang'>, string | null>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the accessors are defined from the table below
export interface CookieConsent extends ReflectedProperties {}

// The reflecting accessors, one per row of the attribute table.
for (const { property, attribute } of REFLECTED) {
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
