// Starts the reference server. Environment:
//   PORT       port to listen on (default 8080; 0 picks a free one)
//   HOST       address (default `localhost`, which listens on both ::1 and 127.0.0.1)
//   DATA_DIR   PGlite's folder (default <repo>/data/pglite); `memory` keeps everything in memory
//   DATABASE_URL  a PostgreSQL server to use instead of PGlite
//   LOG_LEVEL  pino level (default info)
//   SEED_SITES folders (separated by `:`) of more site seeds, in the format of seed/sites/*.json
//              with an optional `faq` per language; the browser tests seed their test site so
// Once listening it logs one JSON line with "msg":"listening" and the "url" to use.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.ts';
import { configFromEnv, repoRoot } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { readAllSiteSeeds, seed } from './demo/seed.ts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const env = process.env;
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const host = env.HOST || 'localhost';
  const url = env.DATABASE_URL || undefined;
  let dataDir: string | undefined;
  if (!url && env.DATA_DIR !== 'memory') {
    dataDir = env.DATA_DIR || join(repoRoot, 'data', 'pglite');
    await mkdir(dataDir, { recursive: true });
  }

  const database = await openDatabase({ url, dataDir });
  const config = configFromEnv(env);
  const app = await buildApp({ database, config, logger: { level: env.LOG_LEVEL || 'info' } });
  const applied = await migrate(database);
  const seeded = await seed(database, await readAllSiteSeeds(env.SEED_SITES?.split(':').filter(Boolean)));
  app.log.info({ database: database.kind, applied, seeded }, 'database ready');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // In-flight requests finish; open streams that never end are cut after the grace period.
    setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  // Fastify's own "listening at" lines would be mistaken for the single announcement below.
  await app.listen({ port, host, listenTextResolver: (address) => `bound to ${address}` });
  const actualPort = (app.server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  app.log.info({ url: `http://${shownHost}:${actualPort}` }, 'listening');
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: 60, msg: 'failed to start', error: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
