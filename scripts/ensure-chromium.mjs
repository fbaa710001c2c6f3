// Makes sure a Chromium the browser tests can drive is installed: Debian's `chromium` package.
// As root it installs it with apt-get; otherwise it says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPath() {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to ${path}, but there is no file there.`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      'The browser tests need Chromium. Install it with: sudo apt-get install -y chromium\n' +
        '(or point CHROME_PATH at a Chromium or Chrome binary).',
    );
  }
  console.log('Installing Debian’s chromium package for the browser tests…');
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (!existsSync(path)) throw new Error(`apt-get installed chromium, but ${path} is still missing.`);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
