import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import App from './App.vue';

/** The app's HTML, for the page's #app (build.mjs prerenders it into dist/index.html). */
export function render(): Promise<string> {
  return renderToString(createSSRApp(App));
}
