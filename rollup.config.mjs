// Builds the script-tag files:
// - dist/cookie-consent.js: one minified classic script, the whole product in English: the
//   element, the consent store, gating, every view (lit-html), js-cookie, Consent Mode, GPC,
//   the consent log and tab sync. A site that copies only this file loses nothing but the other
//   languages.
// - dist/i18n/<lang>.js: one small ES module per other language (data only, nothing shared with
//   the script), loaded on demand from beside the script.
// - dist/services/<id>.js: one ES module per catalogue service (data only), loaded on demand by a
//   page whose <cookie-service name="…"> names it; dist/services/i18n/<lang>.js every service's
//   description in one other language, loaded with that language's texts.
// The typed npm build (dist/lib) is tsc's job (see package.json).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { sizeBudget } from './scripts/size-budget.mjs';

/**
 * The script-tag file fails the build above this many gzip bytes: a guard against regressions,
 * not the goal (the goal is in `npm run bench`: vanilla-cookieconsent's 15.5 KB of JS + CSS).
 * 18 KB until issue 11 (17.5 KB then); its placeholders that survive site CSS, the phone layout,
 * the colour scheme and settings-button side, and the site owner's mistakes reported in the
 * console brought the file to 20.6 KB; issue 12's services (per-service consent, their
 * validation and messages, the cookie declaration's tables, words and styles, the catalogue's
 * and its descriptions' loaders) to 25.1 KB, and holding back the tags nobody marked (patched
 * element sources and requests) to 25.9 KB, Microsoft's consent signals and the
 * <cookie-declaration> for the policy page to 27.1 KB, the message for a tag that loaded before
 * its service declared its URLs to 27.5 KB; issue 13's regional rules (the rule table, the site's
 * <cookie-region> rules and their messages, the US notice at collection with California's opt-out
 * icon, five texts, the record's region and rule, Consent Mode's per-region defaults) to 29.7 KB:
 * the guard sits just above what those cost.
 */
export const BUDGET_GZIP_BYTES = 30 * 1024;

// Every translation in src/core/texts except English, which is bundled.
const LANGUAGES = readdirSync(new URL('src/core/texts/', import.meta.url))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => !/^(en|texts|catalog)$/.test(name));
// Every entry of the service catalogue (src/core/catalogue), each its own file.
const SERVICES = readdirSync(new URL('src/core/catalogue/', import.meta.url))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => name !== 'catalogue' && name !== 'descriptions');
const path = (file) => fileURLToPath(new URL(file, import.meta.url));
/**
 * npm loader → script-tag loader: the only file the two builds do not share. In the npm build a
 * bundler splits each language and catalogue entry out; in the classic script they are files
 * beside it.
 */
const NPM_DATA_LOADER = path('src/core/load-data.ts');
const CDN_DATA_LOADER = path('src/cdn-load-data.ts');

const cdnDataLoader = {
  name: 'cdn-data-loader',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === NPM_DATA_LOADER ? CDN_DATA_LOADER : resolved;
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
      cdnDataLoader,
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
    input: Object.fromEntries(LANGUAGES.map((lang) => [lang, `src/core/texts/${lang}.ts`])),
    output: { dir: 'dist/i18n', format: 'es', entryFileNames: '[name].js' },
    plugins: [typescriptPlugin(), minify()],
  },
  {
    input: Object.fromEntries(SERVICES.map((id) => [id, `src/core/catalogue/${id}.ts`])),
    output: { dir: 'dist/services', format: 'es', entryFileNames: '[name].js' },
    plugins: [typescriptPlugin(), minify()],
  },
  {
    input: Object.fromEntries(LANGUAGES.map((lang) => [lang, `src/core/catalogue/descriptions/${lang}.ts`])),
    output: { dir: 'dist/services/i18n', format: 'es', entryFileNames: '[name].js' },
    plugins: [typescriptPlugin(), minify()],
  },
];
