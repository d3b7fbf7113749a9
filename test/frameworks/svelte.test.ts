/**
 * examples/svelte: Svelte 5 with Vite, rendered with svelte/server's render and hydrated with
 * hydrate(). The app listens with the `onconsent-change` event attribute and binds `{lang}`.
 * The suite is ./framework-app.ts.
 */
import { describeFrameworkApp } from './framework-app.js';

describeFrameworkApp('svelte', 'Svelte', 'onconsent-change');
