import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built page works wherever dist/ is served (the test server serves
  // it at /examples/svelte/dist/).
  base: './',
  plugins: [svelte()],
});
