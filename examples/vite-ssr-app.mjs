// How examples/react, vue and svelte are built, as a site deploys a Vite app it renders on the
// server, into <app>/dist/: first the app's type check against the typings the packed package
// ships (its own tsconfig.json), then the browser bundle (from index.html), the server bundle
// (Vite's SSR build of the app's entry-server), and the page prerendered in Node with that
// bundle's render(). Each app's build.mjs calls it; scripts/build-examples.mjs runs those, with
// cookie-consent-banner linked to the tarball. Any failure throws: a type error, a build error,
// render() throwing in Node, or HTML without the <cookie-consent> element.
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const require = createRequire(import.meta.url);

/** Runs a type checker's own script (its package's "bin") with this Node, in `cwd`; throws on a non-zero exit. */
async function typeCheck(cwd, { package: name, bin, args }) {
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const script = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin];
  const checked = spawnSync(process.execPath, [join(dirname(manifestPath), script), ...args], { cwd, stdio: 'inherit' });
  if (checked.status !== 0) throw new Error(`examples/${basename(cwd)}: ${bin} found type errors (above)`);
}

/**
 * Builds the app in the folder of `appUrl` (its build.mjs's `import.meta.url`).
 * @param {string} appUrl
 * @param {{ serverEntry: string, checker: { package: string, bin: string, args: string[] } }} app
 *   `serverEntry`: the module whose `render()` returns the app's HTML (or a promise of it);
 *   `checker`: the type checker the framework's apps use, and its arguments
 */
export async function buildViteSsrApp(appUrl, { serverEntry, checker }) {
  const root = fileURLToPath(new URL('.', appUrl));
  const name = basename(root);
  await typeCheck(root, checker);

  const options = { root, configFile: `${root}vite.config.mjs`, logLevel: 'warn' };
  await build(options);
  await build({ ...options, build: { ssr: serverEntry, outDir: 'dist/server', emptyOutDir: false, copyPublicDir: false } });

  const bundle = `${root}dist/server/${basename(serverEntry).replace(/\.tsx?$/, '.js')}`;
  const { render } = await import(pathToFileURL(bundle).href);
  const html = await render();
  if (!html.includes('<cookie-consent')) throw new Error(`examples/${name}: the server rendered no <cookie-consent>:\n${html}`);

  const page = `${root}dist/index.html`;
  const template = await readFile(page, 'utf8');
  if (!template.includes('<!--app-html-->')) throw new Error(`examples/${name}: dist/index.html has no <!--app-html--> to fill`);
  await writeFile(page, template.replace('<!--app-html-->', html));
  // The server bundle has done its job; dist/ holds only what the browser loads.
  await rm(`${root}dist/server`, { recursive: true });
}
