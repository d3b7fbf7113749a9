// A rollup plugin that prints the bundle's size and fails the build above the gzip budget.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
export const brotliSize = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function sizeBudget({ file, maxGzipBytes }) {
  return {
    name: 'size-budget',
    generateBundle(_options, bundle) {
      const chunk = bundle[file];
      if (!chunk || chunk.type !== 'chunk') return;
      const raw = Buffer.byteLength(chunk.code);
      const gzip = gzipSize(chunk.code);
      const brotli = brotliSize(chunk.code);
      const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
      console.log(`${file}: ${kb(raw)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(maxGzipBytes)} gzip)`);
      if (gzip > maxGzipBytes && !process.env.SIZE_REPORT_ONLY) this.error(`${file} is ${kb(gzip)} gzip, over its budget of ${kb(maxGzipBytes)}.`);
    },
  };
}
