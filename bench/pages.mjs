// The pages the bench loads, one per tool, each configured the way that tool's documentation
// says, with the same four categories and the same three gated scripts (analytics,
// functionality, targeting; each spins 30 ms when it runs, like a heavy tag).
//   tool: ours | loader | server | vanilla | klaro | zest | bare-lit | none | empty     kind: article | sparse
// "loader" is ours on a page whose tags nobody marked: a loader script inserts them as a tag
// manager does, and each category's <cookie-service urls="…"> holds them back (auto-blocking).
// "server" is ours with the page rendered through cookie-consent-banner/server, which writes the
// tags a returning visitor's stored decision grants as plain ones (bench/server.mjs does it).
// "empty" is the floor of any banner loaded by a script tag: the bare page plus one empty
// render-blocking <script src> in <head>, where a consent script must sit to gate before the page's tags.
// "bare-lit" is a floor rather than a competitor: about 40 lines of Lit + js-cookie
// (bench/floor/bare-lit.js, built by bench/run.mjs into bench/.build/bare-lit.js) that shows a
// banner, stores the decision and releases the gated tags, and nothing else.

export const TOOLS = ['ours', 'loader', 'server', 'vanilla', 'klaro', 'zest', 'bare-lit', 'none', 'empty'];
/** Our own variants: measured and shown, but no peer of ours (no "ours ÷" column) and no line of their own in the bytes table. */
export const OUR_VARIANTS = new Set(['loader', 'server']);
/** Tools measured only as a returning visitor: their first visit is another tool's page. */
export const RETURNING_ONLY = new Set(['server']);
export const LABELS = {
  ours: 'cookie-consent-banner',
  loader: 'ours, tags via a loader (unmarked)',
  server: 'ours + server release',
  vanilla: 'vanilla-cookieconsent',
  klaro: 'klaro',
  zest: 'Zest',
  'bare-lit': 'bare Lit (floor)',
  none: 'no banner',
  empty: 'empty script tag',
};
const CATEGORIES = ['analytics', 'functionality', 'targeting'];
/** Our banner's configuration: the script tag's data-* attributes. */
const OURS_ATTRIBUTES = { categories: CATEGORIES.join(' '), 'policy-url': '/privacy' };
const oursTag = `<script src="/dist/cookie-consent.js"${Object.entries(OURS_ATTRIBUTES).map(([name, value]) => ` data-${name}="${value}"`).join('')}></script>`;
const SPIN_MS = 30;
/** Our categories → Zest's fixed ones. */
const ZEST_CATEGORIES = { analytics: 'analytics', functionality: 'functional', targeting: 'marketing' };
const src = (category) => `/gated/${category}.js?spin=${SPIN_MS}`;

const ARTICLE = `
  <header><h1>How we roast: from green bean to your cup</h1><p class="byline">By Ana Ruiz · 6 min read</p></header>
  ${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}. Roasting is a careful balance of time and temperature. Each origin
  reacts differently to heat: a dense Ethiopian bean wants a slower start, a washed Colombian takes
  a quicker climb. We log every batch, taste it the next morning and adjust the curve for the next one,
  so the coffee that reaches you is the one we meant to make.</p>`).join('\n')}`;
const SPARSE = `<h1>Opening hours</h1><p>Monday to Friday, 8:00 to 18:00.</p>`;
const STYLE = `<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}</style>`;

/** Per tool: what goes in <head>, how a gated script is written, what goes at the end of <body>. */
const SETUP = {
  // The way back to the choice its docs ask for (without one, it says so in the console).
  ours: {
    head: oursTag,
    gated: (category) => `<script type="text/plain" data-category="${category}" src="${src(category)}"></script>`,
    end: '<footer><a href="#" data-cookie-consent="preferences">Cookie settings</a></footer>',
  },
  // vanilla-cookieconsent v3: the UMD build and its CSS, CookieConsent.run() with the categories
  // and English texts; scripts gated with type="text/plain" data-category (its docs' "manage scripts").
  vanilla: {
    head: `<link rel="stylesheet" href="/vendor/cc/cookieconsent.css">`,
    gated: (category) => `<script type="text/plain" data-category="${category}" src="${src(category)}"></script>`,
    end: `<script src="/vendor/cc/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  // Its default treats navigator.webdriver (set in any automated browser) as a bot and shows nothing.
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, functionality: {}, targeting: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Your privacy choices',
          description: 'We use cookies that are strictly necessary for this site to work. With your consent, we would also like to use optional cookies for analytics, functionality and targeting.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
          footer: '<a href="/privacy">Privacy policy</a>'
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save my choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Count visits and traffic sources.', linkedCategory: 'analytics' },
            { title: 'Functionality', description: 'Remember your choices.', linkedCategory: 'functionality' },
            { title: 'Targeting', description: 'Show relevant ads.', linkedCategory: 'targeting' }
          ]
        }
      }
    }
  }
});
</script>`,
  },
  // Klaro: a config object and klaro.js (CSS and translations built in), both deferred; one
  // service per category, scripts gated with type="text/plain" data-name data-src (its docs).
  klaro: {
    head: `<script>
window.klaroConfig = {
  version: 1, elementID: 'klaro', storageMethod: 'cookie', cookieName: 'klaro', default: false,
  mustConsent: false, acceptAll: true, hideDeclineAll: false, lang: 'en',
  translations: { zz: { privacyPolicyUrl: '/privacy' }, en: { purposes: { analytics: 'Analytics', functionality: 'Functionality', targeting: 'Targeting' } } },
  services: [
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'] },
    { name: 'functionality', title: 'Functionality', purposes: ['functionality'] },
    { name: 'targeting', title: 'Targeting', purposes: ['targeting'] }
  ]
};
</script>
<script defer data-config="klaroConfig" src="/vendor/klaro/klaro.js"></script>`,
    gated: (category) => `<script type="text/plain" data-type="application/javascript" data-name="${category}" data-src="${src(category)}"></script>`,
    end: '',
  },
  // Zest 2.8, its English build (dist/zest.en.min.js: UI in a shadow root, CSS inside the JS),
  // configured with data-* attributes on its script tag in <head>, where its interceptors must
  // install before the page's tags (its README); data-mode="safe" is its auto-blocking (known
  // trackers, plus any script tagged data-consent-category). Its four categories are fixed:
  // essential, functional, analytics, marketing, i.e. our necessary, functionality, analytics,
  // targeting. Scripts gated the way its README's "Manual Script Tagging" shows: a plain
  // <script data-consent-category src> that its MutationObserver neutralises before it runs.
  zest: {
    head: `<script src="/vendor/zest/zest.en.min.js" data-mode="safe" data-policy-url="/privacy"></script>`,
    gated: (category) => `<script data-consent-category="${ZEST_CATEGORIES[category]}" src="${src(category)}"></script>`,
    end: '',
  },
  // The bare Lit floor: one classic script in <head>, gated scripts as ours.
  'bare-lit': {
    head: '<script src="/bench-build/bare-lit.js"></script>',
    gated: (category) => `<script type="text/plain" data-category="${category}" src="${src(category)}"></script>`,
    end: '',
  },
  // The floor: the same page and the same scripts, ungated, no banner.
  none: {
    head: '',
    gated: (category) => `<script src="${src(category)}"></script>`,
    end: '',
  },
  // The bare page with an empty script where a consent script goes: what the script tag alone costs.
  empty: {
    head: '<script src="/empty.js"></script>',
    gated: (category) => `<script src="${src(category)}"></script>`,
    end: '',
  },
};

// "server" is our page as written; the bench server passes it through releaseGrantedMarkup().
SETUP.server = SETUP.ours;

// "loader": nothing marked. The element, first in <body>, declares one service per category
// with its tag's URL; then a loader inserts the three tags with createElement and src, as a tag
// manager's container does. The article page's tags therefore start from <body>, not <head>.
SETUP.loader = {
  head: '<script src="/dist/cookie-consent.js"></script>',
  start: `<cookie-consent categories="${CATEGORIES.join(' ')}" policy-url="/privacy">${CATEGORIES.map(
    (category) => `<cookie-service name="${category}-tag" category="${category}" urls="127.0.0.1/gated/${category}.js"></cookie-service>`,
  ).join('')}</cookie-consent>`,
  loader: `<script>for (const src of ${JSON.stringify(CATEGORIES.map(src))}) { const tag = document.createElement('script'); tag.async = false; tag.src = src; document.head.appendChild(tag); }</script>`,
  gated: () => '',
  end: SETUP.ours.end,
};

// "baseline": ours as another commit built it, served from /baseline/ (bench/ab.mjs only: not a
// tool of bench/run.mjs), on the same page, so the two builds are compared and nothing else.
SETUP.baseline = { ...SETUP.ours, head: oursTag.replace('/dist/', '/baseline/') };

/** The HTML of one bench page. */
export function page(tool, kind) {
  const setup = SETUP[tool];
  if (!setup) throw new Error(`unknown tool ${tool}`);
  const scripts = CATEGORIES.map(setup.gated).join('\n');
  const body = kind === 'sparse' ? SPARSE : ARTICLE;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench: ${tool}</title>${STYLE}${setup.head}${kind === 'sparse' ? '' : scripts}</head>
<body>${setup.start ?? ''}${kind === 'sparse' ? '' : (setup.loader ?? '')}${body}${setup.end}</body></html>`;
}

/**
 * Per tool: the banner's first-layer element and its accept-all button, as in-page expressions
 * (they run inside the page, so they are strings).
 */
export const SELECTORS = {
  ours: {
    banner: `document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]')`,
    acceptAll: `document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"] [part~="accept-all"]')`,
  },
  vanilla: {
    banner: `document.querySelector('#cc-main .cm')`,
    acceptAll: `document.querySelector('#cc-main .cm [data-role="all"]')`,
  },
  klaro: {
    banner: `document.querySelector('#klaro .cookie-notice')`,
    acceptAll: `document.querySelector('#klaro .cookie-notice .cm-btn-success')`,
  },
  zest: {
    banner: `document.querySelector('zest-banner')?.shadowRoot?.querySelector('.zest-banner')`,
    acceptAll: `document.querySelector('zest-banner')?.shadowRoot?.querySelector('.zest-banner [data-action="accept-all"]')`,
  },
  'bare-lit': {
    banner: `document.querySelector('bare-consent')?.shadowRoot?.querySelector('[part~="banner"]')`,
    acceptAll: `document.querySelector('bare-consent')?.shadowRoot?.querySelector('[part~="accept-all"]')`,
  },
  none: { banner: 'null', acceptAll: 'null' },
  empty: { banner: 'null', acceptAll: 'null' },
};

SELECTORS.server = SELECTORS.ours;
SELECTORS.loader = SELECTORS.ours;
SELECTORS.baseline = SELECTORS.ours;

/**
 * The files of each tool a first-time visitor downloads (JS + CSS), relative to the repository.
 * A tool whose files are absent is not measured (bench/run.mjs says so).
 */
export const FILES = {
  // Our product is one file: the whole banner, in English.
  ours: ['dist/cookie-consent.js'],
  vanilla: ['node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css'],
  klaro: ['node_modules/klaro/dist/klaro.js'],
  zest: ['node_modules/@freshjuice/zest/dist/zest.en.min.js'],
  'bare-lit': ['bench/.build/bare-lit.js'],
  none: [],
  empty: [],
};
FILES.server = FILES.ours;
FILES.loader = FILES.ours;
