import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built page works wherever dist/ is served (the test server serves
  // it at /examples/react/dist/).
  base: './',
  plugins: [react()],
});
