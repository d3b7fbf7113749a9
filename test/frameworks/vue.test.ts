/**
 * examples/vue: Vue 3 with Vite, rendered with vue/server-renderer's renderToString and
 * hydrated with createSSRApp(…).mount(). The app listens with `@consent-change` and binds
 * `:lang`. The suite is ./framework-app.ts.
 */
import { describeFrameworkApp } from './framework-app.js';

describeFrameworkApp('vue', 'Vue', '@consent-change');
