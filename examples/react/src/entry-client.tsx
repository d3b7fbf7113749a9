import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

// The HTML in #app was rendered on the server by entry-server.tsx: React takes it over.
hydrateRoot(document.getElementById('app')!, <App />);
