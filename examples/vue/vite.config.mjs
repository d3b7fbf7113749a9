import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built page works wherever dist/ is served (the test server serves
  // it at /examples/vue/dist/).
  base: './',
  plugins: [
    // <cookie-consent> is a custom element, not a Vue component: for the browser bundle and the
    // server bundle alike (one plugin serves both builds).
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'cookie-consent' } } }),
  ],
  // Hydration mismatches are reported in detail in the production build too.
  define: { __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true' },
});
