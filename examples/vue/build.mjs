// Builds this app into dist/ as ../vite-ssr-app.mjs says: type-checked with vue-tsc against
// cookie-consent-banner/vue, bundled by Vite, and prerendered in Node by src/entry-server.ts.
import { buildViteSsrApp } from '../vite-ssr-app.mjs';

await buildViteSsrApp(import.meta.url, { serverEntry: 'src/entry-server.ts', checker: { package: 'vue-tsc', bin: 'vue-tsc', args: ['-p', 'tsconfig.json'] } });
