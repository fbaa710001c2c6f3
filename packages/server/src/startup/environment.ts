// What the server and the operator commands read from the environment besides config.ts's
// tunables: the mode (the demo by default, production with NODE_ENV=production) and the database.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';

export type Mode = 'demo' | 'production';

export function modeOf(env: NodeJS.ProcessEnv): Mode {
  return env.NODE_ENV === 'production' ? 'production' : 'demo';
}

/** In production the database is always named: no folder inside the code, nothing kept only in memory. */
export function databaseFault(env: NodeJS.ProcessEnv): string | undefined {
  if (modeOf(env) !== 'production' || env.DATABASE_URL || (env.DATA_DIR && env.DATA_DIR !== 'memory')) return undefined;
  return 'DATABASE_URL (a PostgreSQL server) or DATA_DIR (the folder of the embedded database; not `memory`) must be set';
}

/** Every reason a production start refuses to go on; empty for the demo. */
export function productionFaults(env: NodeJS.ProcessEnv): string[] {
  if (modeOf(env) !== 'production') return [];
  const faults: string[] = [];
  if (!env.DEFAULT_SITE) faults.push('DEFAULT_SITE (the id of the site that answers requests naming none) must be set');
  const database = databaseFault(env);
  if (database) faults.push(database);
  if (env.SEED_SITES) faults.push('SEED_SITES is for the demo and the tests; add a site with `npm run site:add -- site.json`');
  return faults;
}

/** PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (the demo's default: <repo>/data/pglite). */
export async function openDatabaseFromEnv(env: NodeJS.ProcessEnv): Promise<Database> {
  const fault = databaseFault(env);
  if (fault) throw new Error(fault);
  const url = env.DATABASE_URL || undefined;
  let dataDir: string | undefined;
  if (!url && env.DATA_DIR !== 'memory') {
    dataDir = env.DATA_DIR || join(repoRoot, 'data', 'pglite');
    await mkdir(dataDir, { recursive: true });
  }
  return openDatabase({ url, dataDir });
}
