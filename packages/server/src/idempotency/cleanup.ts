// Forgets expired Idempotency-Keys at start and then every hour.
import type { FastifyInstance } from 'fastify';
import { purgeExpiredKeys } from './storage.ts';

const EVERY_MS = 60 * 60 * 1000;

export function registerIdempotencyCleanup(app: FastifyInstance): void {
  const purge = () =>
    purgeExpiredKeys(app.db, app.config.idempotencyTtlMs).catch((error: unknown) => app.log.warn({ err: error }, 'idempotency key cleanup failed'));
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await purge();
    timer = setInterval(purge, EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
