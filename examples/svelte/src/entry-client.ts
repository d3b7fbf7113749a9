import { hydrate } from 'svelte';
import App from './App.svelte';

// The HTML in #app was rendered on the server by entry-server.ts: Svelte takes it over.
hydrate(App, { target: document.getElementById('app')! });
