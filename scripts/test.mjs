// `npm test`: makes sure the browsers the suite needs are here, builds dist/, packs and installs
// the package into .pack-test/ (the package tests load it), builds the framework apps in
// examples/ from that installed copy (scripts/build-examples.mjs; test/frameworks/ loads them),
// runs the tests that need Node (node --test test/log/ test/docs/: the consent log's on the
// embedded PostgreSQL always, and on a PostgreSQL server they start themselves when Debian's
// postgresql is installed, which is installed here when we can), then runs the whole browser
// suite with @web/test-runner in Chromium, Firefox ESR and WebKit at once.
// Extra arguments go to wtr.
//
// A missing browser is installed from Debian's packages when we are root on Debian/Ubuntu (as
// `playwright install --with-deps` does); otherwise its engine is skipped with the command that
// installs it, and with CI=true a missing engine fails the run. TEST_BROWSERS=chromium,firefox
// picks engines. Fonts for the scripts of the built-in languages the engines lack (Thai,
// Devanagari, Hangul) are installed the same way (test/support/fonts.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, selectEngines } from '../test/support/engines.mjs';
import { missingFonts } from '../test/support/fonts.mjs';
import { postgresBinaries } from '../test/log/postgres-server.mjs';

const ci = /^(1|true)$/i.test(process.env.CI ?? '');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function ensureEngines(names) {
  const missing = names.filter((name) => !ENGINES[name].available());
  if (!missing.length) return names;
  const packages = [...new Set(missing.flatMap((name) => ENGINES[name].packages))];
  const installCommand = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`Installing browsers from Debian for ${missing.map((name) => ENGINES[name].label).join(', ')}: ${packages.join(' ')}`);
    run('sh', ['-c', installCommand], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const stillMissing = names.filter((name) => !ENGINES[name].available());
  for (const name of stillMissing) {
    const command = `sudo apt-get install -y ${ENGINES[name].packages.join(' ')}`;
    console.error(`${ci ? 'Missing' : 'Skipping'} ${ENGINES[name].label}: it is not installed. Install it with:  ${command}`);
  }
  if (stillMissing.length && ci) {
    console.error('CI=true: every engine must run, so this is a failure.');
    process.exit(1);
  }
  return names.filter((name) => ENGINES[name].available());
}

/** Installs the fonts the phone-layout test needs, like a browser; without them it cannot measure those languages. */
function ensureFonts() {
  let missing = missingFonts();
  if (!missing.length) return;
  const packages = missing.map((font) => font.package).join(' ');
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing fonts from Debian for ${missing.map((font) => font.label).join(', ')}: ${packages}`);
    run('sh', ['-c', `apt-get install -y ${packages} || (apt-get update && apt-get install -y ${packages})`], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    missing = missingFonts();
  }
  if (!missing.length) return;
  console.error(`Missing fonts for ${missing.map((font) => font.label).join(', ')}: the phone-layout test skips those languages. Install them with:  sudo apt-get install -y ${missing.map((font) => font.package).join(' ')}`);
  if (ci) {
    console.error('CI=true: every language must be measured, so this is a failure.');
    process.exit(1);
  }
}

/** PostgreSQL for the consent log's tests, from Debian's packages when we can install it. */
function ensurePostgres() {
  if (postgresBinaries()) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing PostgreSQL from Debian for the consent log\'s tests: postgresql');
    run('sh', ['-c', 'apt-get install -y postgresql || (apt-get update && apt-get install -y postgresql)'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (postgresBinaries()) return;
  console.error('PostgreSQL is not installed: the consent log is tested on its embedded PostgreSQL only. Install it with:  sudo apt-get install -y postgresql');
  if (ci) {
    console.error('CI=true: the consent log must be tested on a real PostgreSQL server too, so this is a failure.');
    process.exit(1);
  }
}

const engines = ensureEngines(selectEngines(process.env.TEST_BROWSERS));
ensureFonts();
ensurePostgres();
if (!engines.length) {
  console.error('No browser engine is available to run the tests.');
  process.exit(1);
}
if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
if (run('node', ['scripts/pack-check.mjs']) !== 0) process.exit(1);
if (run('node', ['scripts/build-examples.mjs']) !== 0) process.exit(1);
if (run('node', ['--test', '--test-reporter=spec', 'test/log/', 'test/docs/']) !== 0) process.exit(1);

console.log(`Running the suite in ${engines.map((name) => ENGINES[name].label).join(', ')}.`);
const env = { ...process.env, WTR_BROWSERS: engines.join(',') };
const wtr = ['npx', '--no-install', 'wtr', ...process.argv.slice(2)];
// WebKitGTK's MiniBrowser has no headless mode: give the whole run a virtual display.
const needsDisplay = engines.some((name) => ENGINES[name].needsDisplay);
const [command, ...args] = needsDisplay ? ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', ...wtr] : wtr;
process.exit(run(command, args, { env }));
