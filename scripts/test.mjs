// `npm test`: makes sure the browser the suite needs is here (installing Debian's package when it
// can, as `playwright install --with-deps` would), builds dist/ (the script-tag tests load it),
// then runs the whole suite with @web/test-runner. Extra arguments go to the test runner.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const APT_PACKAGES = ['chromium'];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const installCommand = `apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium is needed for the tests and was not found at ${CHROMIUM}.`);
    console.error(`Install it with:  sudo sh -c '${installCommand}'`);
    console.error('or point CHROME_PATH at a Chromium or Chrome binary.');
    process.exit(1);
  }
  console.log(`Chromium not found at ${CHROMIUM}: installing Debian's package (${APT_PACKAGES.join(' ')})…`);
  const status = run('sh', ['-c', installCommand], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (status !== 0 || !existsSync(CHROMIUM)) {
    console.error(`Installing Chromium failed. Install it by hand with:  ${installCommand}`);
    process.exit(1);
  }
}

ensureChromium();
if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
process.exit(run('npx', ['--no-install', 'wtr', ...process.argv.slice(2)]));
