// Starts the reference server: the demo by default (`npm start`), or, with NODE_ENV=production,
// a production start that seeds nothing, serves only the API and the kit, and refuses to start
// without DEFAULT_SITE and a named database, or on a database the demo used. Environment:
//   NODE_ENV   `production` for a production start
//   PORT       port to listen on (default 8080; 0 picks a free one)
//   HOST       address (default `localhost`, which listens on both ::1 and 127.0.0.1)
//   DATA_DIR   PGlite's folder (default <repo>/data/pglite); `memory` keeps everything in memory
//   DATABASE_URL  a PostgreSQL server to use instead of PGlite
//   LOG_LEVEL  pino level (default info)
//   SEED_SITES folders (separated by `:`) of more site seeds, in the format of seed/sites/*.json
//              with an optional `faq` per language; the browser tests seed their test site so
//              (the demo only)
// The rest (DEFAULT_SITE, rate limits, TRUST_PROXY…) is read by config.ts; docs/deploy.md lists all.
// Once listening it logs one JSON line with "msg":"listening" and the "url" to use.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { modeOf, openDatabaseFromEnv, productionFaults } from './startup/environment.ts';
import { demoLeftovers, firstSteps } from './startup/production.ts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const env = process.env;
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const host = env.HOST || 'localhost';
  const mode = modeOf(env);
  const faults = productionFaults(env);
  if (faults.length) throw new Error(`a production start needs: ${faults.join('; ')}`);

  const database = await openDatabaseFromEnv(env);
  const config = configFromEnv(env);
  // Production serves no demo page, so the demo pages' localhost sources have nothing to allow.
  if (mode === 'production') Object.assign(config, { serveDemo: false, connectSources: env.CSP_CONNECT_SRC ? config.connectSources : [] });
  const app = await buildApp({ database, config, logger: { level: env.LOG_LEVEL || 'info' } });
  const applied = await migrate(database);
  if (mode === 'production') await prepareProduction(app, database, config.defaultSite);
  else {
    // Loaded only here, so that a production process never runs (nor loads) the demo's data.
    const { readAllSiteSeeds, seed } = await import('./demo/seed.ts');
    const seeded = await seed(database, await readAllSiteSeeds(env.SEED_SITES?.split(':').filter(Boolean)));
    app.log.info({ database: database.kind, applied, seeded }, 'database ready');
  }

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

async function prepareProduction(app: FastifyInstance, database: Database, defaultSite: string): Promise<void> {
  const leftovers = await demoLeftovers(database);
  if (leftovers.length) {
    await database.close();
    throw new Error(`this database is not fit for production: ${leftovers.join('; ')}`);
  }
  app.log.info({ database: database.kind, mode: 'production', defaultSite }, 'database ready');
  for (const step of await firstSteps(database, defaultSite)) app.log.warn({ defaultSite }, `next step: ${step}`);
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: 60, msg: 'failed to start', error: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
