// Applies every feature's migrations (src/<feature>/migrations/NNN-name.sql, and the core tables'
// in src/db/migrations) in the order of their names, each once, all in one transaction. The number
// before the name orders them across features, so it is unique in the whole server.
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.ts';

const sourceFolder = new URL('../', import.meta.url);
// Any constant works; it only keeps two server instances from migrating at the same time.
const LOCK_ID = 7_130_415;

/** Every migration file of every feature folder, by file name. */
export async function migrationFiles(): Promise<Map<string, URL>> {
  const files = new Map<string, URL>();
  for (const entry of await readdir(sourceFolder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = new URL(`${entry.name}/migrations/`, sourceFolder);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((each) => each.endsWith('.sql'))) {
      if (files.has(name)) throw new Error(`two migrations are named ${name}`);
      files.set(name, new URL(name, folder));
    }
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

export async function migrate(db: Database): Promise<string[]> {
  const files = await migrationFiles();
  const names = [...files.keys()];
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOCK_ID]);
    // Created under the lock: two instances starting together would otherwise race on it.
    await tx.query(
      'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set((await tx.query<{ name: string }>('select name from schema_migrations')).map((row) => row.name));
    const applied: string[] = [];
    for (const name of names.filter((candidate) => !done.has(candidate))) {
      for (const statement of splitStatements(await readFile(files.get(name)!, 'utf8'))) {
        await tx.query(statement);
      }
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
      applied.push(name);
    }
    return applied;
  });
}

/** Splits a migration into statements at `;` line ends; `$$` bodies are kept whole. */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollarQuote = false;
  for (const line of sql.split('\n')) {
    if (line.trimStart().startsWith('--') && !inDollarQuote) continue;
    current += line + '\n';
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) inDollarQuote = !inDollarQuote;
    if (!inDollarQuote && line.trimEnd().endsWith(';')) {
      if (current.trim() !== ';') statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
