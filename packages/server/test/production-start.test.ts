// main.ts started as in production (NODE_ENV=production): it needs DEFAULT_SITE and a named
// database, seeds nothing, serves no demo page, tells the operator the next steps, and refuses a
// database the demo used.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { migrate } from '../src/db/migrate.ts';
import { seed } from '../src/demo/seed.ts';
import { commandBench, type CommandBench } from './operator-commands.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

interface Started {
  lines: Record<string, unknown>[];
  port: number;
  stop(): Promise<number | null>;
}

/** Starts main.ts; resolves once it listens, rejects with its last words if it exits first. */
function startMain(env: Record<string, string | undefined>): Promise<Started> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: undefined, DATA_DIR: undefined, SEED_SITES: undefined, DEFAULT_SITE: undefined, ...env };
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
  const child = spawn(process.execPath, ['--import', 'tsx', main], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines: Record<string, unknown>[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (text) => {
      const line = JSON.parse(text) as Record<string, unknown>;
      lines.push(line);
      if (line.msg === 'listening') {
        const stop = () => {
          child.kill('SIGTERM');
          return exited;
        };
        resolve({ lines, port: Number(new URL(String(line.url)).port), stop });
      }
    });
    void exited.then((code) => reject(Object.assign(new Error(`exited (${code}) before listening: ${stderr}`), { code, stderr })));
  });
}

describe('a production start', () => {
  let bench: CommandBench;
  before(async () => (bench = await commandBench()));
  after(() => bench.dispose());

  test('refuses to start without DEFAULT_SITE and a named database, and with SEED_SITES', { timeout: 60_000 }, async () => {
    const refusal = await startMain({ NODE_ENV: 'production', DATA_DIR: 'memory', SEED_SITES: '/tmp' }).then(
      () => assert.fail('started'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(refusal.code, 1);
    assert.match(refusal.stderr, /a production start needs: DEFAULT_SITE .* must be set; DATABASE_URL .* or DATA_DIR .*; SEED_SITES is for the demo/);
  });

  test('seeds nothing, serves the API but no demo page, and names the next steps', { timeout: 90_000 }, async () => {
    const server = await startMain({ NODE_ENV: 'production', DEFAULT_SITE: 'ayto-prueba', ...bench.databaseEnv });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const health = await fetch(`${base}/v1/health`);
      assert.equal(health.status, 200);
      for (const path of ['/', '/gallery/', '/index.html', '/v1/channels?site=villaverde']) {
        assert.equal((await fetch(`${base}${path}`)).status, 404, path);
      }
      const steps = server.lines.filter((line) => String(line.msg).startsWith('next step: ')).map((line) => String(line.msg));
      assert.equal(steps.length, 3);
      assert.match(steps[0]!, /npm run site:add -- site\.json$/);
      assert.match(steps[1]!, /npm run agent:add -- --email you@example\.org --name "Your Name" --site ayto-prueba$/);
      assert.match(steps[2]!, /npm run faq:import -- --site ayto-prueba --lang es/);
      assert.equal(await server.stop(), 0);
    } finally {
      void server.stop();
    }
    const counts = await bench.inspect(async (db) => ({ sites: (await db.query('select 1 from sites')).length, agents: (await db.query('select 1 from agents')).length }));
    assert.deepEqual(counts, { sites: 0, agents: 0 });
  });

  test('refuses a database the demo seeded, which holds the demo agent and localhost origins', { timeout: 90_000 }, async () => {
    await bench.inspect(async (db) => {
      await migrate(db);
      await seed(db);
    });
    const refusal = await startMain({ NODE_ENV: 'production', DEFAULT_SITE: 'villaverde', ...bench.databaseEnv }).then(
      () => assert.fail('started'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(refusal.code, 1);
    const { error } = JSON.parse(refusal.stderr.trim()) as { error: string };
    assert.match(error, /not fit for production: the demo agent agente@villaverdedelrio\.example .* site "galeria-nombres-largos" allows origins on this machine .* site "villaverde" allows origins/);
  });
});
