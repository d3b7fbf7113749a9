// `node scripts/build-examples.mjs [name …]`: builds the framework apps in examples/ from the
// package as npm installs it, for the browser suite (test/frameworks/) to load.
//
// scripts/pack-check.mjs packs the package and installs the tarball into .pack-test/ (run it
// first; `npm test` does). This script links examples/node_modules/cookie-consent-banner to
// that installed copy, so that `import 'cookie-consent-banner'` in an app resolves to the
// tarball's files (and their own `lit`), never to src/ or dist/, while the frameworks themselves
// (React, Vue, Svelte, Astro, Vite: devDependencies of this repository, pinned) resolve from the
// repository's node_modules/. Then it runs each app's own `build.mjs` (examples/<name>/build.mjs,
// in that folder), which writes the app into examples/<name>/dist/, and prints how long each took.
// Exits with 1 when an app fails to build.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const INSTALLED = join(ROOT, '.pack-test', 'node_modules', 'cookie-consent-banner');

if (!existsSync(join(INSTALLED, 'package.json'))) {
  console.error('build-examples: .pack-test/ has no installed cookie-consent-banner: run `npm run build && node scripts/pack-check.mjs` first.');
  process.exit(1);
}

const link = join(EXAMPLES, 'node_modules', 'cookie-consent-banner');
mkdirSync(join(EXAMPLES, 'node_modules'), { recursive: true });
if (existsSync(link) || isLink(link)) rmSync(link, { recursive: true, force: true });
symlinkSync(relative(join(EXAMPLES, 'node_modules'), INSTALLED), link, 'dir');

const wanted = process.argv.slice(2);
const apps = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(EXAMPLES, entry.name, 'build.mjs')))
  .map((entry) => entry.name)
  .filter((name) => !wanted.length || wanted.includes(name))
  .sort();
const unknown = wanted.filter((name) => !apps.includes(name));
if (unknown.length) {
  console.error(`build-examples: no examples/${unknown[0]}/build.mjs (the apps: ${readdirSync(EXAMPLES).filter((name) => existsSync(join(EXAMPLES, name, 'build.mjs'))).join(', ')})`);
  process.exit(1);
}

let failed = false;
const total = Date.now();
for (const app of apps) {
  // Without a package.json of its own, an app sits in this repository's package scope, and
  // `cookie-consent-banner` resolves to the repository itself (a package importing itself by
  // name), dist/ instead of the tarball.
  const resolved = resolvedPackage(app);
  if (resolved !== realpathSync(INSTALLED)) {
    failed = true;
    console.error(`build-examples: in examples/${app}, cookie-consent-banner resolves to ${resolved ?? 'nothing'}, not to the installed tarball (${INSTALLED}): give the app a package.json of its own`);
    continue;
  }
  const started = Date.now();
  const result = spawnSync(process.execPath, ['build.mjs'], { cwd: join(EXAMPLES, app), stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed = true;
    console.error(`build-examples: examples/${app} failed to build (${seconds} s)`);
  } else console.log(`build-examples: examples/${app} built in ${seconds} s`);
}
console.log(`build-examples: ${apps.length} apps in ${((Date.now() - total) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);

/** The folder `cookie-consent-banner` resolves to from examples/<app>/, as Node and Vite resolve it; null when it does not. */
function resolvedPackage(app) {
  try {
    const manifest = createRequire(join(EXAMPLES, app, 'package.json')).resolve('cookie-consent-banner/package.json');
    return realpathSync(join(manifest, '..'));
  } catch {
    return null;
  }
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
