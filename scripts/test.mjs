// `npm test`: every check, in the order a failure is cheapest to find. Installs Chromium when it can.
import { spawn } from 'node:child_process';
import { readdirSync, statSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const tally = { passed: 0, failed: 0 };
const timings = [];

function findTests(dir, pattern) {
  const found = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(join(root, path)).isDirectory()) found.push(...findTests(path, pattern));
    else if (pattern.test(name)) found.push(path);
  }
  return found.sort();
}

function run(label, command, args, { env = {}, capture } = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    console.log(`\n▶ ${label}`);
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (capture) output += chunk;
    });
    child.on('close', (code) => {
      timings.push([label, (Date.now() - started) / 1000]);
      if (capture) capture(output);
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (exit ${code})`));
    });
  });
}

function countNodeTests(tapFile) {
  return () => {
    const tap = readFileSync(tapFile, 'utf8');
    tally.passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
    tally.failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  };
}

function nodeTests(label, files, env) {
  const tapFile = join(mkdtempSync(join(tmpdir(), 'vn-tap-')), 'report.tap');
  const args = ['--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files];
  return run(label, process.execPath, args, { env }).finally(countNodeTests(tapFile));
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
let failure;
try {
  ensureChromium();
  await run('contract types are up to date', process.execPath, ['packages/protocol/scripts/generate-types.mjs', '--check']);
  await run('type check', npm, ['run', '--silent', 'typecheck']);
  await run('build', npm, ['run', '--silent', 'build']);
  await run('size budgets', process.execPath, ['--import', 'tsx', 'scripts/size-check.mjs']);
  await nodeTests('protocol, server and element registry tests (PGlite)', [
    ...findTests('packages/protocol', /\.test\.ts$/),
    // test/postgres/ needs a PostgreSQL server: `npm run test:postgres` runs it.
    ...findTests('packages/server', /\.test\.ts$/).filter((path) => !path.includes('/test/postgres/')),
    ...findTests('packages/widgets/test', /\.test\.ts$/),
  ]);
  await run('browser tests (Chromium)', join(root, 'node_modules/.bin/wtr'), [], {
    capture: (output) => {
      const clean = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const summary = [...clean.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
      if (summary) {
        tally.passed += Number(summary[1]);
        tally.failed += Number(summary[2]);
      }
    },
  });
  const e2e = findTests('test/e2e', /\.test\.ts$/);
  if (e2e.length > 0) await nodeTests('end-to-end tests (real server + Chromium)', e2e);
} catch (error) {
  failure = error;
}

console.log('\nTimings:');
for (const [label, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${label}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s  in all`);
if (failure) {
  console.error(`\n${failure.message}`);
  console.log(`${tally.passed} passed, ${Math.max(tally.failed, 1)} failed`);
  process.exit(1);
}
console.log(`${tally.passed} passed, ${tally.failed} failed`);
if (tally.failed > 0) process.exit(1);
