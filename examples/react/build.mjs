// Builds this app into dist/ as ../vite-ssr-app.mjs says: type-checked with tsc against
// cookie-consent-banner/react, bundled by Vite, and prerendered in Node by src/entry-server.tsx.
import { buildViteSsrApp } from '../vite-ssr-app.mjs';

await buildViteSsrApp(import.meta.url, { serverEntry: 'src/entry-server.tsx', checker: { package: 'typescript', bin: 'tsc', args: ['-p', 'tsconfig.json'] } });
