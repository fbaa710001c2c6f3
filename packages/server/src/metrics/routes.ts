// GET /metrics: Prometheus's exposition of http-metrics.ts, outside the contract and /v1, never
// rate-limited (a scraper must not be refused) and readable only as access.ts allows.
import type { FastifyInstance } from 'fastify';
import { HttpMetrics } from './http-metrics.ts';
import { metricsAccess } from './access.ts';

export function registerMetrics(app: FastifyInstance): void {
  const metrics = new HttpMetrics(app.db);
  app.addHook('onResponse', async (request, reply) => metrics.observe(request, reply));
  app.get('/metrics', {
    config: { rateLimit: false },
    // Read here rather than from config.ts: an operator's secret for one route.
    preHandler: metricsAccess(process.env.METRICS_TOKEN || undefined),
    handler: async (_request, reply) => reply.header('cache-control', 'no-store').type(metrics.contentType).send(await metrics.text()),
  });
}
