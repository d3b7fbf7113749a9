// `node scripts/pack-check.mjs`: checks the package as npm would publish it, from an existing build
// (it never builds: run `npm run build` and `npm run analyze` first).
//
// 1. `npm pack` into a temporary directory; the tarball must hold exactly what users need:
//    package.json, README.md, LICENSE, custom-elements.json, dist/cookie-consent.js,
//    dist/i18n/*.js, dist/services/*.js and dist/services/i18n/*.js (the catalogue) and
//    dist/lib/** (.js, .d.ts; the framework typings dist/lib/frameworks/*.d.ts among them),
//    every such file of dist/, and every file
//    package.json points at ("main", "exports", "customElements", …). Source maps stay out
//    (package.json "files": "!dist/**/*.map"): they point at src/, which is not shipped. A map
//    that does ship fails the check unless every source it names ships too.
// 2. Installs the tarball into a fresh project, .pack-test/ at the repository root (the browser
//    suite, test/package/installed-package.test.ts, loads the installed files from there).
// 3. Imports the installed package in Node, as server-side rendering would: it must not throw
//    and must export `CookieConsent`.
// 4. Imports `cookie-consent-banner/server` in Node: a stored grant must release its tag.
// Exits with 1 and lists every problem found.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = join(ROOT, '.pack-test');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const problems = [];

/**
 * The framework typings (`cookie-consent-banner/react`, `/vue`, `/svelte`): each subpath's
 * declarations, its empty module (the `default` a bundler imports) and the attribute types they share.
 */
const FRAMEWORK_TYPES = [
  ...['react', 'vue', 'svelte'].flatMap((name) => [`dist/lib/frameworks/${name}.d.ts`, `dist/lib/frameworks/${name}.js`]),
  'dist/lib/frameworks/attributes.d.ts',
];
/** Files a user of the package needs, besides those found in dist/. */
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/cookie-consent.js', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'bin/cookie-consent-log.mjs', 'dist/lib/log/cli.js', ...FRAMEWORK_TYPES];
/** Everything the tarball may contain. */
const ALLOWED = [
  /^(package\.json|README\.md|LICENSE|custom-elements\.json)$/,
  /^dist\/cookie-consent\.js(\.map)?$/,
  /^dist\/i18n\/[^/]+\.js$/,
  /^dist\/services\/(?:i18n\/)?[^/]+\.js$/,
  /^dist\/lib\/(?:[^/]+\/)*[^/]+\.(?:js|js\.map|d\.ts|d\.ts\.map)$/,
  /^bin\/cookie-consent-log\.mjs$/,
];
const allowed = (file) => ALLOWED.some((pattern) => pattern.test(file));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Every file under `dir`, as a repository-relative path with `/` separators. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'));
}

/** Every file path package.json points users at. */
function pointedAt() {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const key of ['main', 'module', 'types', 'typings', 'browser', 'customElements', 'exports']) collect(pkg[key]);
  return [...new Set(targets.filter((target) => !target.includes('*')).map((target) => target.replace(/^\.\//, '')))];
}

// ---------------------------------------------------------------------------------------------
// 0. The build must be there (this script does not build).
for (const file of ['dist/cookie-consent.js', 'dist/lib/index.js', 'custom-elements.json']) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`pack-check: ${file} is missing: run \`npm run build\` (and \`npm run analyze\`) first.`);
    process.exit(1);
  }
}

// 1. The tarball's file list.
const packDir = mkdtempSync(join(tmpdir(), 'cookie-consent-pack-'));
const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT });
if (packed.status !== 0) {
  console.error(`pack-check: npm pack failed:\n${packed.stderr}`);
  process.exit(1);
}
const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
const tarball = join(packDir, info.filename);
const files = info.files.map((file) => file.path).sort();

/** The sources a shipped source map names that the tarball lacks, as "map → source" (embedded "sourcesContent" does not count: tools and debuggers still resolve the paths). */
function unshippedSources(map) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(join(ROOT, map), 'utf8'));
  } catch (error) {
    return [`${map} → (not readable JSON: ${error.message})`];
  }
  const dir = posix.join(posix.dirname(map), parsed.sourceRoot ?? '');
  return (parsed.sources ?? [])
    .map((source) => posix.normalize(posix.join(dir, source)))
    .filter((source) => !files.includes(source))
    .map((source) => `${map} → ${source}`);
}

const isMap = (file) => file.endsWith('.map');
const expected = new Set([...REQUIRED, ...pointedAt(), ...filesUnder(join(ROOT, 'dist')).filter((file) => allowed(file) && !isMap(file))]);
const unexpected = files.filter((file) => !allowed(file));
const orphanMaps = files.filter(isMap).flatMap(unshippedSources);
if (orphanMaps.length) problems.push(`source maps ship without their sources (exclude them with "!dist/**/*.map" in package.json "files", or ship the sources):\n  ${orphanMaps.slice(0, 20).join('\n  ')}${orphanMaps.length > 20 ? `\n  … and ${orphanMaps.length - 20} more` : ''}`);
const missing = [...expected].filter((file) => !files.includes(file)).sort();
if (!files.some((file) => /^dist\/i18n\/[^/]+\.js$/.test(file))) missing.push('dist/i18n/*.js');
if (!files.some((file) => /^dist\/services\/[^/]+\.js$/.test(file))) missing.push('dist/services/*.js');
if (!files.some((file) => /^dist\/services\/i18n\/[^/]+\.js$/.test(file))) missing.push('dist/services/i18n/*.js');
if (unexpected.length) problems.push(`the tarball holds files users do not need:\n  ${unexpected.join('\n  ')}`);
if (missing.length) problems.push(`the tarball lacks files users need:\n  ${missing.join('\n  ')}`);

console.log(`pack-check: ${info.filename}: ${files.length} files, ${info.size} bytes packed, ${info.unpackedSize} unpacked`);
for (const file of files) console.log(`  ${file}`);

// 2. A fresh project with the tarball installed (lit and js-cookie come from the registry).
rmSync(PROJECT, { recursive: true, force: true });
mkdirSync(PROJECT);
// What `npm init -y` writes, but npm refuses the directory's name (".pack-test") as a package name.
writeFileSync(join(PROJECT, 'package.json'), `${JSON.stringify({ name: 'pack-test', version: '1.0.0', private: true, description: 'Throw-away project: scripts/pack-check.mjs installs the packed cookie-consent-banner here.' }, null, 2)}\n`);
copyFileSync(tarball, join(PROJECT, basename(tarball)));
const installed = run('npm', ['install', `./${basename(tarball)}`, '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline'], { cwd: PROJECT, stdio: ['ignore', 'inherit', 'pipe'] });
if (installed.status !== 0) {
  problems.push(`npm install of the tarball failed:\n${installed.stderr}`);
} else {
  // 3. Import in Node, with no DOM, as server-side rendering would.
  const check = [
    "import('cookie-consent-banner').then((m) => {",
    "  if (typeof m.CookieConsent !== 'function') throw new Error('no CookieConsent export (exports: ' + Object.keys(m).join(', ') + ')');",
    "  const defined = typeof customElements === 'undefined' ? 'no customElements in Node' : customElements.get('cookie-consent') === m.CookieConsent ? 'defined in Lit\\'s Node customElements shim' : 'not defined';",
    "  console.log('exports: ' + Object.keys(m).join(', ') + '; <cookie-consent> ' + defined);",
    "}).catch((error) => { console.error(error && error.stack || error); process.exit(1); });",
  ].join('\n');
  const imported = run(process.execPath, ['--input-type=module', '-e', check], { cwd: PROJECT });
  if (imported.status !== 0) problems.push(`import('cookie-consent-banner') in Node (no DOM) failed:\n${imported.stderr || imported.stdout}`);
  else console.log(`pack-check: import('cookie-consent-banner') in Node works; ${imported.stdout.trim()}`);
  // 4. The server helper, as a Node server imports it: a stored grant releases its tag.
  const record = JSON.stringify({ v: 1, id: 'pack-check-1', created: 1, updated: 1, rev: '1', granted: ['necessary', 'analytics'], denied: [] });
  const serverCheck = [
    "import('cookie-consent-banner/server').then(({ consentForRequest, releaseGrantedMarkup }) => {",
    `  const consent = consentForRequest({ categories: 'analytics' }, { cookie: 'cookie_consent=${encodeURIComponent(record)}' });`,
    "  const html = releaseGrantedMarkup('<script type=\"text/plain\" data-category=\"analytics\" src=\"/a.js\"></script>', consent);",
    "  if (html !== '<script data-category=\"analytics\" src=\"/a.js\"></script>') throw new Error('not released: ' + html);",
    "  console.log(html);",
    "}).catch((error) => { console.error(error && error.stack || error); process.exit(1); });",
  ].join('\n');
  const server = run(process.execPath, ['--input-type=module', '-e', serverCheck], { cwd: PROJECT });
  if (server.status !== 0) problems.push(`import('cookie-consent-banner/server') in Node failed:\n${server.stderr || server.stdout}`);
  else console.log(`pack-check: import('cookie-consent-banner/server') in Node releases a granted tag: ${server.stdout.trim()}`);
}
rmSync(packDir, { recursive: true, force: true });

if (problems.length) {
  console.error(`\npack-check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('pack-check: the package is complete and clean; installed in .pack-test/');
