// `npm test`: makes sure the browsers the suite needs are here, builds dist/, packs and installs
// the package into .pack-test/ (the package tests load it), then runs the whole suite with
// @web/test-runner in Chromium, Firefox ESR and WebKit at once. Extra arguments go to wtr.
//
// A missing browser is installed from Debian's packages when we are root on Debian/Ubuntu (as
// `playwright install --with-deps` does); otherwise its engine is skipped with the command that
// installs it, and with CI=true a missing engine fails the run. TEST_BROWSERS=chromium,firefox
// picks engines.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, selectEngines } from '../test/support/engines.mjs';

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

const engines = ensureEngines(selectEngines(process.env.TEST_BROWSERS));
if (!engines.length) {
  console.error('No browser engine is available to run the tests.');
  process.exit(1);
}
if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
if (run('node', ['scripts/pack-check.mjs']) !== 0) process.exit(1);

console.log(`Running the suite in ${engines.map((name) => ENGINES[name].label).join(', ')}.`);
const env = { ...process.env, WTR_BROWSERS: engines.join(',') };
const wtr = ['npx', '--no-install', 'wtr', ...process.argv.slice(2)];
// WebKitGTK's MiniBrowser has no headless mode: give the whole run a virtual display.
const needsDisplay = engines.some((name) => ENGINES[name].needsDisplay);
const [command, ...args] = needsDisplay ? ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24', ...wtr] : wtr;
process.exit(run(command, args, { env }));
