// ESLint flat config. `npm run lint` runs this, then lit-analyzer (strict) over the templates,
// then tsc. See /work/shared/STYLE.md for the conventions the TypeScript rules enforce.
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';
import layers from './scripts/eslint-layers.mjs';
import { ENTRIES, LAYERS } from './scripts/source-layers.mjs';

/**
 * eslint's own recommended rules. @eslint/js (which exports them as `configs.recommended`) is
 * not a dependency of eslint 10, so the same set is read from each core rule's
 * `meta.docs.recommended` flag, which is what @eslint/js generates its list from.
 */
const jsRecommended = {
  name: 'project/js-recommended',
  rules: Object.fromEntries(
    [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([id]) => [id, 'error']),
  ),
};

/** Node's globals for ES modules (the `globals` package is not a dependency). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Buffer',
    'TextDecoder',
    'TextEncoder',
    'URL',
    'URLSearchParams',
    'Intl',
    'localStorage',
    'URLSearchParams',
    'clearImmediate',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'performance',
    'process',
    'queueMicrotask',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

/** The browser globals the demo's classic scripts use. */
const BROWSER_GLOBALS = Object.fromEntries(
  [
    'CustomEvent',
    'Element',
    'Event',
    'HTMLElement',
    'HTMLIFrameElement',
    'HTMLImageElement',
    'IntersectionObserver',
    'MutationObserver',
    'URL',
    'URLSearchParams',
    'Intl',
    'localStorage',
    'clearInterval',
    'clearTimeout',
    'console',
    'customElements',
    'document',
    'history',
    'localStorage',
    'location',
    'matchMedia',
    'navigator',
    'requestAnimationFrame',
    'sessionStorage',
    'setInterval',
    'setTimeout',
    'window',
  ].map((name) => [name, 'readonly']),
);

/** Relative import paths must name the emitted `.js` file (STYLE.md: `.js` extensions). */
const RELATIVE_WITHOUT_JS = String.raw`/^\.{1,2}\/(?!.*\.js$)/`;
const NEEDS_JS_EXTENSION = 'Relative imports end in `.js` (STYLE.md), e.g. `./config.js`.';

/** The layer map of src/ (scripts/source-layers.mjs), for the layering rules. */
const SOURCE_LAYERS = {
  // Anchored to this file, as tsconfigRootDir is, so running eslint from a subfolder works too.
  root: `${import.meta.dirname}/src`,
  layers: LAYERS,
  entries: ENTRIES,
};

export default defineConfig([
  globalIgnores(['dist/', 'examples/*/dist/', 'examples/*/.astro/', 'examples/node_modules/', 'coverage/', 'custom-elements.json', 'bench/.build/']),

  {
    name: 'project/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Plain JavaScript: build and dev scripts, test-runner support, the root config files.
  {
    name: 'project/node-scripts',
    files: ['*.mjs', 'examples/**/*.mjs', 'scripts/**/*.mjs', 'test/support/**/*.mjs', 'test/docs/**/*.mjs', 'bench/**/*.mjs'],
    extends: [jsRecommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: NODE_GLOBALS },
  },
  {
    // The bench's floor: a browser ES module that bench/run.mjs bundles with rollup.
    name: 'project/bench-floor',
    files: ['bench/floor/**/*.js'],
    extends: [jsRecommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: BROWSER_GLOBALS },
  },
  {
    name: 'project/screenshot-page-functions',
    files: ['scripts/screenshot.mjs', 'bench/measure.mjs'],
    // The functions handed to page.waitForFunction() / page.evaluate() run in the browser.
    languageOptions: { globals: { document: 'readonly', requestAnimationFrame: 'readonly', window: 'readonly' } },
  },

  // The demo page: classic browser scripts (no modules), each wrapped in an IIFE.
  {
    name: 'project/demo',
    files: ['demo/**/*.js'],
    extends: [jsRecommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'script', globals: BROWSER_GLOBALS },
    rules: {
      // The demo is written in ES5 style, where `catch` needs a binding even when unused.
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },

  // TypeScript: type-aware rules over the sources and the tests.
  {
    name: 'project/typescript',
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [jsRecommended, tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // STYLE.md: `unknown` over `any`.
      '@typescript-eslint/no-explicit-any': 'error',
      // STYLE.md: `import type` for types, written inline as the codebase does
      // (`import { html, type TemplateResult } from 'lit'`).
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: true },
      ],
      '@typescript-eslint/consistent-type-exports': ['error', { fixMixedExportsWithInlineTypeSpecifier: true }],
      // With verbatimModuleSyntax, `import { type A } from 'x'` keeps a side-effect import of x.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // STYLE.md: classes PascalCase.
      '@typescript-eslint/naming-convention': ['error', { selector: 'typeLike', format: ['PascalCase'] }],
      'no-restricted-syntax': [
        'error',
        // STYLE.md: no `enum`, use `as const` objects.
        { selector: 'TSEnumDeclaration', message: 'No `enum` (STYLE.md): use an `as const` object and a union type.' },
        { selector: `ImportDeclaration[source.value=${RELATIVE_WITHOUT_JS}]`, message: NEEDS_JS_EXTENSION },
        { selector: `ExportNamedDeclaration[source.value=${RELATIVE_WITHOUT_JS}]`, message: NEEDS_JS_EXTENSION },
        { selector: `ExportAllDeclaration[source.value=${RELATIVE_WITHOUT_JS}]`, message: NEEDS_JS_EXTENSION },
        { selector: `ImportExpression[source.value=${RELATIVE_WITHOUT_JS}]`, message: NEEDS_JS_EXTENSION },
      ],
      // Lit event bindings and callbacks are written `() => this.acceptAll()`; braces add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // The codebase reads index signatures with brackets (`dataset['cookieConsent']`) so a
      // possibly-missing key looks different from a declared property.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // An empty attribute means "absent" (`raw('policy-url') || null`); `??` would keep ''.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Numbers read naturally in messages; everything else must be made a string explicitly.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowNumber: true, allowRegExp: false },
      ],
    },
  },
  {
    name: 'project/typescript-tests',
    files: ['test/**/*.ts'],
    rules: {
      // A test that finds nothing should fail loudly on the `!`, not be written around it.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions are expressions: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types chai's `.equal()` as returning a Promise, but it is
      // synchronous (it only diffs DOM snapshots); real promises (`.accessible()`) are still checked.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
    },
  },

  // STYLE.md, "Layout: dependencies point inward": each folder of src/ imports only the folders
  // listed for it (core nothing but core; the element and the server come last), and no import
  // closes a cycle, `import type` included, so the headless core stays usable without the UI and
  // a module can be read without the ones above it. Entries come last and may import anything.
  // A folder missing from the map is not checked as an importer but cannot be imported from a
  // listed one: keep the map complete. Rules and tests: scripts/eslint-layers.mjs, .test.mjs.
  {
    name: 'project/layers',
    files: ['src/**/*.ts'],
    plugins: { project: layers },
    rules: {
      'project/layers': ['error', SOURCE_LAYERS],
      'project/no-cycle': ['error', { root: SOURCE_LAYERS.root }],
    },
  },

  // Lit, its templates' accessibility, and custom-element best practice, over the sources.
  {
    name: 'project/lit',
    files: ['src/**/*.ts'],
    extends: [
      lit.configs['flat/recommended'],
      litA11y.configs.recommended,
      wc.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
    ],
    settings: {
      // The element extends HTMLElement through BaseElement, a stand-in where there is no DOM
      // (src/element/cookie-consent.ts says why it is not a LitElement).
      wc: { elementBaseClasses: ['BaseElement'] },
      // Only lint `html` templates imported from lit.
      litHtmlSources: true,
    },
  },
  {
    name: 'project/lit-native-switch',
    files: ['src/views/preferences/preferences.template.ts'],
    rules: {
      // `<input type="checkbox" role="switch">` takes its checked state from the native input;
      // ARIA in HTML says not to add aria-checked to it. The rule has no option for native inputs.
      'lit-a11y/role-has-required-aria-attrs': 'off',
    },
  },
]);
