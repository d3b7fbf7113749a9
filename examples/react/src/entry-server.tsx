import { renderToString } from 'react-dom/server';
import { App } from './App.js';

/** The app's HTML, for the page's #app (build.mjs prerenders it into dist/index.html). */
export function render(): string {
  return renderToString(<App />);
}
