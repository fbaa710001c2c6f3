// npm run migrate: applies the migrations the database lacks, and nothing else (no seed, no
// server), to the database the server uses: DATABASE_URL, else PGlite in DATA_DIR. The server
// also migrates at every start, under the same lock, so running this first is optional.
import { migrate } from '../db/migrate.ts';
import { openDatabaseFromEnv } from '../startup/environment.ts';

async function main(): Promise<void> {
  const db = await openDatabaseFromEnv(process.env);
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `Applied ${applied.length} migrations: ${applied.join(', ')}.` : 'The database is up to date.');
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
