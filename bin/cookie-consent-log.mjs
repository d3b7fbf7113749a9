#!/usr/bin/env node
// `npx cookie-consent-log`: see src/log/cli.ts (built into dist/lib/log/cli.js).
await import('../dist/lib/log/cli.js');
