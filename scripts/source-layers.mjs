// Which folders of src/ each folder may import (STYLE.md: dependencies point inward), and the
// entries, which may import anything. eslint.config.mjs enforces it with scripts/eslint-layers.mjs;
// scripts/eslint-layers.test.mjs tests the rules on this same map.
export const LAYERS = {
  core: ['core'],
  storage: ['core', 'storage'],
  gating: ['core', 'gating'],
  consent: ['core', 'storage', 'gating', 'consent'],
  views: ['core', 'views'],
  element: ['core', 'storage', 'gating', 'consent', 'views', 'element'],
  server: ['core', 'storage', 'server'],
  // The consent-log receiver: Node only, never imported by the browser's code.
  log: ['core', 'log'],
  // The framework typings (cookie-consent-banner/react, /vue, /svelte): types of the attribute
  // table and of the element, nothing else; scripts/type-tests.mjs checks they compile to empty
  // modules, so these imports are `import type` only.
  frameworks: ['core', 'element', 'frameworks'],
};

export const ENTRIES = ['index.ts', 'cdn.ts', 'cdn-*.ts', 'server/index.ts', 'log/index.ts', 'log/cli.ts'];
