// Builds the script-tag files, split by who needs them:
// - dist/cookie-consent.js: one minified classic script: the element, js-cookie, the consent
//   core, gating, Consent Mode, GPC, cross-tab sync and the first layer's English texts. All a
//   returning visitor needs.
// - dist/cookie-consent-banner.js: the first layer's DOM and the shared styles, an ES module
//   loaded from beside the script when anything must show (fetched at once for a first visit).
// - dist/cookie-consent-ui.js: the preferences (lit-html), placeholders, the settings button,
//   <cookie-category> support and the consent log; loaded when one of them is needed.
// - dist/i18n/<lang>.js: one small ES module per other language, loaded on demand.
// The typed npm build (dist/lib) is tsc's job (see package.json).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { sizeBudget } from './scripts/size-budget.mjs';

/** The script-tag file fails the build above this many gzip bytes (vanilla-cookieconsent: 15.5 KB). */
export const BUDGET_GZIP_BYTES = 10 * 1024;
/** The banner module's budget: with cookie-consent.js, what a first-time visitor downloads. */
export const BANNER_BUDGET_GZIP_BYTES = 3 * 1024;
/** The UI module's budget (preferences, placeholders, settings button, <cookie-category>, consent log). */
export const UI_BUDGET_GZIP_BYTES = 9 * 1024;

// Every translation in src/core/texts except English (bundled, or split in halves).
const LANGUAGES = readdirSync(new URL('src/core/texts/', import.meta.url))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => !/^(en|en-.*|texts|catalog|load-texts|complete-english)$/.test(name));
const path = (file) => fileURLToPath(new URL(file, import.meta.url));
/** npm loader → script-tag loader: in the classic script, lazy parts are files beside it. */
const CDN_SWAPS = new Map([
  [path('src/core/texts/load-texts.ts'), path('src/cdn-load-texts.ts')],
  [path('src/components/load-ui.ts'), path('src/cdn-load-ui.ts')],
  [path('src/components/load-first-layer.ts'), path('src/cdn-load-first-layer.ts')],
]);

const cdnLoaders = {
  name: 'cdn-loaders',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return (resolved && CDN_SWAPS.get(resolved.id)) ?? resolved;
  },
};

const typescriptPlugin = () =>
  typescript({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, types: [] }, include: ['src/**/*.ts'] });

const minify = () => terser({ ecma: 2022, compress: { passes: 3 }, format: { comments: false } });

/** A module the script loads from beside itself when needed: an ES module with its own budget. */
const onDemandModule = (input, file, maxGzipBytes) => ({
  input,
  output: { file: `dist/${file}`, format: 'es', sourcemap: true },
  plugins: [nodeResolve({ browser: true }), typescriptPlugin(), minifyLiterals(), minify(), sizeBudget({ file, maxGzipBytes })],
});

export default [
  {
    input: 'src/cdn.ts',
    output: { file: 'dist/cookie-consent.js', format: 'iife', sourcemap: true },
    plugins: [
      cdnLoaders,
      // Lit's production build is the default export condition; dev mode is for tests only.
      nodeResolve({ browser: true }),
      // After TypeScript: the TypeScript plugin compiles from disk and ignores earlier transforms.
      typescriptPlugin(),
      minifyLiterals(),
      minify(),
      sizeBudget({ file: 'cookie-consent.js', maxGzipBytes: BUDGET_GZIP_BYTES }),
    ],
  },
  onDemandModule('src/components/first-layer.ts', 'cookie-consent-banner.js', BANNER_BUDGET_GZIP_BYTES),
  onDemandModule('src/components/ui.ts', 'cookie-consent-ui.js', UI_BUDGET_GZIP_BYTES),
  {
    input: Object.fromEntries(LANGUAGES.map((lang) => [lang, `src/core/texts/${lang}.ts`])),
    output: { dir: 'dist/i18n', format: 'es', entryFileNames: '[name].js' },
    plugins: [typescriptPlugin(), minify()],
  },
];
