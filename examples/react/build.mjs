// Builds this app as a site deploys it, into dist/: the browser bundle (Vite, from index.html),
// the server bundle (Vite's SSR build of src/entry-server.tsx), then the page prerendered in
// Node with the server bundle's render(). scripts/build-examples.mjs runs it, with
// cookie-consent-banner linked to the packed tarball. First, as a site's build does, the app is
// type-checked (tsc, tsconfig.json) against the typings the tarball ships
// (cookie-consent-banner/react). Any failure exits non-zero: a type error, a build error,
// render() throwing in Node, or HTML without the <cookie-consent> element.
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const options = { root, configFile: `${root}vite.config.mjs`, logLevel: 'warn' };

// The checker's own script, from the package's "bin", run with this Node.
const require = createRequire(import.meta.url);
const manifestPath = require.resolve('typescript/package.json');
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
const checked = spawnSync(process.execPath, [join(dirname(manifestPath), manifest.bin['tsc']), ...['-p', 'tsconfig.json']], { cwd: root, stdio: 'inherit' });
if (checked.status !== 0) throw new Error('examples/react: tsc found type errors (above)');

await build(options);
await build({ ...options, build: { ssr: 'src/entry-server.tsx', outDir: 'dist/server', emptyOutDir: false, copyPublicDir: false } });

const { render } = await import(pathToFileURL(`${root}dist/server/entry-server.js`).href);
const html = render();
if (!html.includes('<cookie-consent')) throw new Error(`examples/react: the server rendered no <cookie-consent>:\n${html}`);

const page = `${root}dist/index.html`;
const template = await readFile(page, 'utf8');
if (!template.includes('<!--app-html-->')) throw new Error('examples/react: dist/index.html has no <!--app-html--> to fill');
await writeFile(page, template.replace('<!--app-html-->', html));
// The server bundle has done its job; dist/ holds only what the browser loads.
await rm(`${root}dist/server`, { recursive: true });
