/**
 * examples/react: React 19 with Vite, rendered with react-dom/server's renderToString and
 * hydrated with hydrateRoot. The app listens with a ref and addEventListener in an effect (see
 * docs/react.md for why not `onconsent-change`). The suite is ./framework-app.ts.
 */
import { describeFrameworkApp } from './framework-app.js';

describeFrameworkApp('react', 'React', 'a ref and addEventListener in an effect');
