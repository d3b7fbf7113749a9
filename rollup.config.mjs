// Builds the script-tag files:
// - dist/cookie-consent.js: one minified classic script with Lit's ReactiveElement, js-cookie,
//   the consent core, gating and English texts. All a returning visitor needs.
// - dist/cookie-consent-ui.js: the banner and preferences (lit-html templates and styles), an ES
//   module loaded from beside the script only when something must show.
// - dist/i18n/<lang>.js: one small ES module per other language, loaded on demand.
// The typed npm build (dist/lib) is tsc's job (see package.json).
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { sizeBudget } from './scripts/size-budget.mjs';

/** The script-tag file fails the build above this many gzip bytes (vanilla-cookieconsent: 15.5 KB). */
export const BUDGET_GZIP_BYTES = 10 * 1024;
/** The UI module's budget: a first-time visitor downloads both files. */
export const UI_BUDGET_GZIP_BYTES = 6 * 1024;

const LANGUAGES = ['de', 'fr', 'es', 'it', 'nl'];
const path = (file) => fileURLToPath(new URL(file, import.meta.url));
/** npm loader → script-tag loader: in the classic script, lazy parts are files beside it. */
const CDN_SWAPS = new Map([
  [path('src/core/texts/load-texts.ts'), path('src/cdn-load-texts.ts')],
  [path('src/components/load-ui.ts'), path('src/cdn-load-ui.ts')],
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
  {
    input: 'src/components/ui.ts',
    output: { file: 'dist/cookie-consent-ui.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true }),
      typescriptPlugin(),
      minifyLiterals(),
      minify(),
      sizeBudget({ file: 'cookie-consent-ui.js', maxGzipBytes: UI_BUDGET_GZIP_BYTES }),
    ],
  },
  {
    input: Object.fromEntries(LANGUAGES.map((lang) => [lang, `src/core/texts/${lang}.ts`])),
    output: { dir: 'dist/i18n', format: 'es', entryFileNames: '[name].js' },
    plugins: [typescriptPlugin(), minify()],
  },
];
