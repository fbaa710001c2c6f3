// A PGlite folder has one user at a time: a second process (the import command while the server
// runs) is refused with a plain message instead of corrupting the database.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { DataDirInUseError } from '../src/db/data-lock.ts';

const execute = promisify(execFile);
const folders: string[] = [];
after(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function dataDir(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'vn-data-lock-'));
  folders.push(folder);
  return join(folder, 'pglite');
}

test('a PGlite folder in use is refused, naming the process; once closed it opens again', async () => {
  const dir = await dataDir();
  const first = await openDatabase({ dataDir: dir });
  assert.equal((await readFile(`${dir}.lock`, 'utf8')).trim(), String(process.pid));
  await assert.rejects(openDatabase({ dataDir: dir }), (error: unknown) => {
    assert.ok(error instanceof DataDirInUseError);
    assert.equal(error.pid, process.pid);
    assert.match(error.message, /in use by process \d+.*stop the server/);
    return true;
  });
  await first.close();
  const again = await openDatabase({ dataDir: dir });
  assert.deepEqual(await again.query('select 1 as one'), [{ one: 1 }]);
  await again.close();
});

test('a lock left by a process that no longer runs is taken over', async () => {
  const dir = await dataDir();
  // The pid of a process that has just ended.
  const { stdout } = await execute(process.execPath, ['-e', 'console.log(process.pid)']);
  await writeFile(`${dir}.lock`, stdout);
  const db = await openDatabase({ dataDir: dir });
  assert.equal((await readFile(`${dir}.lock`, 'utf8')).trim(), String(process.pid));
  await db.close();
});

test('npm run faq:import says to stop the server when the server has the database', async () => {
  const dir = await dataDir();
  const typedFrom = join(dir, '..');
  await writeFile(join(typedFrom, 'sinonimos.json'), JSON.stringify([['bache', 'socavón']]));
  const server = await openDatabase({ dataDir: dir });
  try {
    const cli = new URL('../src/faq/cli/import.ts', import.meta.url).pathname;
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', INIT_CWD: typedFrom };
    await assert.rejects(execute(process.execPath, ['--import', 'tsx', cli, '--site', 'villaverde', '--lang', 'es', '--synonyms', 'sinonimos.json'], { cwd: repoRoot, env }), (error: unknown) => {
      const { stderr, code } = error as { stderr: string; code: number };
      assert.equal(code, 1);
      assert.match(stderr, /in use by process \d+.*stop the server before importing/);
      return true;
    });
  } finally {
    await server.close();
  }
});
