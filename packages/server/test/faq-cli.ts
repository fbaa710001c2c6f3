// `npm run faq:import` against a database the server would use: a seeded PGlite folder, or, when
// DATABASE_URL is set, a new database on that PostgreSQL server. The command seeds nothing: the
// site must exist, as after `npm start`.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { seed } from '../src/demo/seed.ts';
import type { ArticleInput } from '../src/faq/import.ts';
import { freshDatabase } from './database.ts';

const execute = promisify(execFile);
const cli = new URL('../src/faq/cli/import.ts', import.meta.url).pathname;

export interface ImportCommand {
  /** Writes a file into the folder the command is typed from. */
  write(name: string, text: string): Promise<void>;
  /** Runs the command as `npm run` does: from the repository, with the typed-from folder in INIT_CWD. */
  run(args: readonly string[]): Promise<{ stdout: string; stderr: string }>;
  /** Looks at the database afterwards (PGlite has one user at a time, so it is opened only meanwhile). */
  inspect<T>(work: (db: Database) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

export async function importCommand(): Promise<ImportCommand> {
  const folder = await mkdtemp(join(tmpdir(), 'vn-faq-import-'));
  const server = process.env.DATABASE_URL ? await freshDatabase() : undefined;
  const dataDir = join(folder, 'db');
  const prepared = server?.db ?? (await openDatabase({ dataDir }));
  await migrate(prepared);
  await seed(prepared);
  if (!server) await prepared.close();
  const env = { ...process.env, INIT_CWD: folder, ...(server ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir }) };
  return {
    write: (name, text) => writeFile(join(folder, name), text),
    run: (args) => execute(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: repoRoot, env }),
    async inspect(work) {
      if (server) return work(server.db);
      const db = await openDatabase({ dataDir });
      try {
        return await work(db);
      } finally {
        await db.close();
      }
    },
    async dispose() {
      await server?.drop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** An article about what no demo article is about (urban garden plots), for import tests to load. */
export const gardenArticle = (overrides: Partial<ArticleInput> = {}): ArticleInput => ({
  id: 'huertos-urbanos',
  department: 'medio-ambiente',
  title: '¿Cómo consigo una parcela en los huertos urbanos?',
  tags: ['huerto urbano', 'parcela'],
  body: 'Las **parcelas** de los huertos urbanos se sortean cada dos años entre vecinos empadronados.',
  updated: '2026-03-01',
  ...overrides,
});
