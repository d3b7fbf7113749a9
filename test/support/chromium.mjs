// Debian's Chromium for the tests: where it is, and flags for a headless, offline, root container.
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Anything not on loopback goes to a dead local proxy, so a test can never reach the outside.
  '--proxy-server=http://127.0.0.1:9',
];
