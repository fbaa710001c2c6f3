// What the server counts for Prometheus: each answer's duration by route pattern and status
// class, the rate-limited and failed answers, the database's kind and pool. The process's own
// metrics (CPU, memory, event loop, GC) are collected once per process, whatever the apps in it.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';

let processRegistry: Registry | undefined;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export class HttpMetrics {
  readonly #registry = new Registry();
  readonly #duration = new Histogram({
    name: 'ventanilla_http_request_duration_seconds',
    help: 'Time to answer a request, by method, route pattern and status class.',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.#registry],
  });
  readonly #rateLimited = new Counter({
    name: 'ventanilla_http_rate_limited_total',
    help: 'Requests refused with 429 by the rate limit, by route pattern.',
    labelNames: ['route'] as const,
    registers: [this.#registry],
  });
  readonly #failed = new Counter({
    name: 'ventanilla_http_server_errors_total',
    help: 'Requests answered with a 5xx status, by route pattern and status.',
    labelNames: ['route', 'status'] as const,
    registers: [this.#registry],
  });

  constructor(db: Database) {
    new Gauge({
      name: 'ventanilla_database_info',
      help: 'The kind of database the server runs on (always 1).',
      labelNames: ['kind'] as const,
      registers: [this.#registry],
      collect() {
        this.set({ kind: db.kind }, 1);
      },
    });
    const pool = db.pool?.bind(db);
    if (pool) {
      new Gauge({
        name: 'ventanilla_database_pool_connections',
        help: 'Connections of the PostgreSQL pool: open in total, idle, and queries waiting for one.',
        labelNames: ['state'] as const,
        registers: [this.#registry],
        collect() {
          const counts = pool();
          this.set({ state: 'total' }, counts.total);
          this.set({ state: 'idle' }, counts.idle);
          this.set({ state: 'waiting' }, counts.waiting);
        },
      });
    }
    processMetrics();
  }

  /** Counts one answered request. The route is its URL pattern, never the URL asked for. */
  observe(request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions.url ?? 'unmatched';
    const status = reply.statusCode;
    this.#duration.observe({ method: request.method, route, status_class: `${Math.floor(status / 100)}xx` }, reply.elapsedTime / 1000);
    if (status === 429) this.#rateLimited.inc({ route });
    if (status >= 500) this.#failed.inc({ route, status: String(status) });
  }

  readonly contentType = this.#registry.contentType;

  /** The exposition text: this app's metrics, then the process's. */
  async text(): Promise<string> {
    return (await this.#registry.metrics()) + (await processMetrics().metrics());
  }
}
