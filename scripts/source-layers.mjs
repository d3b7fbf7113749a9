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
};

export const ENTRIES = ['index.ts', 'cdn.ts', 'cdn-*.ts', 'server/index.ts', 'log/index.ts', 'log/cli.ts'];
