// Builds this app into dist/ as ../vite-ssr-app.mjs says: type-checked with svelte-check against
// cookie-consent-banner/svelte, bundled by Vite, and prerendered in Node by src/entry-server.ts.
import { buildViteSsrApp } from '../vite-ssr-app.mjs';

await buildViteSsrApp(import.meta.url, {
  serverEntry: 'src/entry-server.ts',
  checker: { package: 'svelte-check', bin: 'svelte-check', args: ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'] },
});
