// The real entry point: main.ts started as operators start it, then stopped with SIGTERM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createServerDatabase } from './database.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

test('main.ts announces its URL, serves, and exits 0 on SIGTERM', { timeout: 60_000 }, async () => {
  const server = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL) : undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: 'memory', LOG_LEVEL: 'info' };
  if (server) env.DATABASE_URL = server.url;
  const child = spawn(process.execPath, ['--import', 'tsx', main], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const lines: Record<string, unknown>[] = [];
    const listening = await new Promise<Record<string, unknown>>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (text) => {
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        if (line.msg === 'listening') resolve(line);
      });
      void exited.then((code) => reject(new Error(`main.ts exited (${code}) before listening`)));
    });
    assert.equal(lines.filter((line) => String(line.msg).includes('listening')).length, 1, 'exactly one listening line');
    assert.match(String(listening.url), /^http:\/\/localhost:\d+$/);
    const port = Number(new URL(String(listening.url)).port);
    assert.ok(port > 0);

    const health = await fetch(`http://127.0.0.1:${port}/v1/health`);
    assert.equal(health.status, 200);
    assert.equal((await health.json()).database, server ? 'postgresql' : 'pglite');
    const channels = await fetch(`http://127.0.0.1:${port}/v1/channels`);
    assert.equal((await channels.json()).channels.length, 7, 'seeded on first start');

    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.ok(lines.some((line) => line.msg === 'shutting down'));
  } finally {
    child.kill('SIGKILL');
    await server?.drop();
  }
});
