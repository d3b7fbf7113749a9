// Builds the script-tag files: dist/cookie-consent.js (TypeScript, lit and js-cookie in one
// minified classic script, English built in) and dist/i18n/<lang>.js (one small ES module per
// other language, loaded on demand from beside the script). The typed npm build (dist/lib) is
// tsc's job (see package.json).
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { sizeBudget } from './scripts/size-budget.mjs';

/** The script-tag build fails above this many gzip bytes (vanilla-cookieconsent: 15.5 KB). */
export const BUDGET_GZIP_BYTES = 15 * 1024;

const LANGUAGES = ['de', 'fr', 'es', 'it', 'nl'];
const npmTextsLoader = fileURLToPath(new URL('src/core/texts/load-texts.ts', import.meta.url));
const cdnTextsLoader = fileURLToPath(new URL('src/cdn-load-texts.ts', import.meta.url));

/** In the script-tag build, translations come from files beside the script, not from chunks. */
const cdnTexts = {
  name: 'cdn-texts',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === npmTextsLoader ? cdnTextsLoader : resolved;
  },
};

const typescriptPlugin = () =>
  typescript({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, types: [] }, include: ['src/**/*.ts'] });

const minify = () => terser({ ecma: 2021, compress: { passes: 3 }, format: { comments: false } });

export default [
  {
    input: 'src/cdn.ts',
    output: { file: 'dist/cookie-consent.js', format: 'iife', sourcemap: true },
    plugins: [
      cdnTexts,
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
];
