// The operator's commands (src/cli/*, main.ts) run as processes, as an operator runs them, against
// a database of their own: a new PGlite folder, or, when DATABASE_URL is set, a new database on
// that PostgreSQL server.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { createServerDatabase } from './database.ts';

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CommandBench {
  /** The environment that names the bench's database (DATA_DIR or DATABASE_URL). */
  databaseEnv: Record<string, string>;
  /** Writes a file into the folder the commands are typed from; returns its path. */
  write(name: string, text: string): Promise<string>;
  /** Runs src/<script> with tsx, from the repository as npm does, with `input` on stdin. */
  run(script: string, args: readonly string[], options?: { env?: Record<string, string | undefined>; input?: string }): Promise<Outcome>;
  /** Looks at the database between commands (PGlite has one user at a time). */
  inspect<T>(work: (db: Database) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

export async function commandBench(): Promise<CommandBench> {
  const folder = await mkdtemp(join(tmpdir(), 'vn-operator-'));
  const server = process.env.DATABASE_URL ? await createServerDatabase(process.env.DATABASE_URL) : undefined;
  const dataDir = join(folder, 'db');
  const databaseEnv: Record<string, string> = server ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir };
  return {
    databaseEnv,
    async write(name, text) {
      await writeFile(join(folder, name), text);
      return join(folder, name);
    },
    run(script, args, { env = {}, input } = {}) {
      const path = fileURLToPath(new URL(`../src/${script}`, import.meta.url));
      const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: undefined, DATABASE_URL: undefined, DATA_DIR: undefined, AGENT_PASSWORD: undefined, INIT_CWD: folder, ...databaseEnv, ...env };
      for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
      const child = spawn(process.execPath, ['--import', 'tsx', path, ...args], { cwd: repoRoot, env: childEnv });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdin.end(input ?? '');
      return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
    },
    async inspect(work) {
      const db = await openDatabase(server ? { url: server.url } : { dataDir });
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
