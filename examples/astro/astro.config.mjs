// The Astro example app (docs/astro.md): rendered on the server on every request, by the Node
// adapter in middleware mode, so that a host server can mount it. The test server
// (test/support/gated-server.mjs) mounts it at /__astro/, which is why every URL of the app,
// its bundled scripts included, starts with that base.
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  base: '/__astro',
  // No dev toolbar, no telemetry prompt: this app is only ever built (build.mjs).
  devToolbar: { enabled: false },
});
