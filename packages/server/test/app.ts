// A server for one test file: a fresh database, migrated and seeded, and the app on it.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { configFor, type Config } from '../src/config.ts';
import { migrate } from '../src/db/migrate.ts';
import { seed } from '../src/demo/seed.ts';
import type { Database } from '../src/db/database.ts';
import type { LoggerOption } from '../src/http/request-log.ts';
import { contractClient } from './contract.ts';
import { freshDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  /** app.inject with the contract check. */
  request: ReturnType<typeof contractClient>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<Config>;
  logger?: LoggerOption;
  /** Extra routes (test-only), added before the app is ready. */
  routes?: (app: FastifyInstance) => void | Promise<void>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { db, drop } = await freshDatabase();
  await migrate(db);
  await seed(db);
  const app = await buildApp({ database: db, config: configFor(options.config), logger: options.logger ?? false });
  await options.routes?.(app);
  await app.ready();
  return {
    app,
    db,
    request: contractClient(app),
    close: async () => {
      await app.close();
      await drop();
    },
  };
}
