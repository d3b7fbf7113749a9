import { render as renderApp } from 'svelte/server';
import App from './App.svelte';

/** The app's HTML, for the page's #app (build.mjs prerenders it into dist/index.html). */
export function render(): string {
  return renderApp(App).body;
}
