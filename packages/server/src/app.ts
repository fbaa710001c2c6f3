// buildApp: the reference server as a Fastify instance, without listening (main.ts listens).
//
// For route authors — a feature is a folder (`faq/`, `channels/`…) with `routes.ts`, its
// storage and `migrations/NNN-name.sql` (found by migrate.ts in every feature folder). Each route
// is declared from its contract operation (http/route.ts):
//   declareRoute(app, 'getFaqArticle', {
//     cache: 'no-cache',                        // Cache-Control of a success; or (input, answer) => string
//     preHandler: requireAgent,                 // optional, for the console's operations
//     handler: async ({ site, query, params, body, request, reply }) => answer,
//   });
// Method and URL come from openapi.yaml; query, params, body and the answer are typed from the
// generated `operations` (defaults filled in); `site` (SiteRecord: id, name, timeZone,
// languages, allowedOrigins) is resolved once for operations that take `?site=` (an unknown
// site is a 404 problem). Also at hand:
//   app.db                 Database (db/database.ts): query, transaction, exec, kind
//   app.config             Config (config.ts): limits, default site, folders, version
//   idempotent(request, reply, scope, create)   (idempotency/idempotent.ts) for every create (POST)
//   throw new HttpProblem(status, { type, title, detail })   (http/problems.ts) for any error answer
// POST routes under /v1 get the stricter write rate limit automatically. Register new route
// plugins in the marked block below. Tests: test/app.ts `startTestApp({ config, routes })` gives
// a migrated, seeded app on a fresh database and `request()`, which checks every response
// against the contract; test/cache-control.test.ts lists every route's Cache-Control.
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { trustProxyOption, type Config } from './config.ts';
import type { Database } from './db/database.ts';
import { contractValidatorCompiler } from './http/contract.ts';
import { clientErrorProblem, frameworkProblem, installProblemHandlers } from './http/problems.ts';
import { registerInputChecks } from './http/input-checks.ts';
import { registerCors } from './http/cors.ts';
import { SiteDirectory } from './sites/resolution.ts';
import { DirectoryCache } from './channels/directory-cache.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { loggerOptions, rateLimitNotices, registerRequestLog, type LoggerOption } from './http/request-log.ts';
import { registerStaticFiles } from './http/static-files.ts';
import { databaseRateLimitStore } from './http/rate-limit-store.ts';
import { registerIdempotencyCleanup } from './idempotency/cleanup.ts';
import { registerMetrics } from './metrics/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { siteRoutes } from './sites/routes.ts';
import { channelRoutes } from './channels/routes.ts';
import { faqRoutes } from './faq/routes.ts';
import { agentRoutes } from './agents/routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
    sites: SiteDirectory;
    /** The at-less channel directories kept per site and language; `forget(site)` after changing its hours. */
    channelDirectories: DirectoryCache;
    /** Every route registered, in order, with the contract operation its schema came from. */
    routeTable: RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  operationId: string | undefined;
}

export interface AppOptions {
  database: Database;
  config: Config;
  /** false (silent, the default), true, or pino options such as { level, stream }. */
  logger?: LoggerOption;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database, config } = options;
  const app = Fastify({
    logger: loggerOptions(options.logger),
    // request-log.ts writes one safe line per request instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    trustProxy: trustProxyOption(config.trustProxy),
    return503OnClosing: true,
    // A client gets 30 s to send its request (headers and body), so slow senders cannot pile up.
    requestTimeout: 30_000,
    // What fails before any route (a URL the router cannot read, headers too large, a request
    // that is not HTTP) is a problem document too.
    frameworkErrors: frameworkProblem,
    clientErrorHandler: clientErrorProblem,
  });
  app.setValidatorCompiler(contractValidatorCompiler());
  // The contract's bodies are JSON; refusing text/plain (415) also keeps cross-site "simple"
  // requests, which skip the CORS preflight, away from every create.
  app.removeContentTypeParser('text/plain');
  installProblemHandlers(app);
  registerInputChecks(app);

  const routeTable: RouteEntry[] = [];
  app.decorate('db', database);
  app.decorate('config', config);
  app.decorate('sites', new SiteDirectory(database, config.defaultSite));
  app.decorate('channelDirectories', new DirectoryCache(database));
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const operationId = (route.schema as { operationId?: string } | undefined)?.operationId;
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url, operationId });
    // A health check is never rate-limited: a busy client must not make the server look down.
    if (route.url === '/v1/health' || route.url.startsWith('/v1/health/')) route.config = { ...route.config, rateLimit: false };
    // Writes (creates, look-ups, sign-ins) get their own, stricter limit per route.
    if ([route.method].flat().includes('POST') && route.url.startsWith('/v1/')) {
      route.config = { ...route.config, rateLimit: route.config?.rateLimit ?? { max: config.writeLimit.max, timeWindow: config.writeLimit.windowMs } };
    }
  });

  registerRequestLog(app);
  // Prometheus metrics: every answer timed and counted; GET /metrics, outside /v1 and the rate limit.
  registerMetrics(app);
  registerSecurityHeaders(app, config);
  await registerCors(app, app.sites);
  await app.register(rateLimit, {
    global: true,
    max: config.globalLimit.max,
    timeWindow: config.globalLimit.windowMs,
    // Refused requests are not logged one by one (request-log.ts); a client's first is noted.
    onExceeded: rateLimitNotices(Math.max(config.globalLimit.windowMs, config.writeLimit.windowMs)),
    // On PostgreSQL, counted in the database so that every process on it counts a client once;
    // PGlite has one process only, and counting in memory spares it a query per request.
    store: database.kind === 'postgresql' ? databaseRateLimitStore(database, (error) => app.log.warn({ err: error }, 'rate limit count failed')) : undefined,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests from this address; retry in ${context.after}.`), { statusCode: context.statusCode }),
  });
  registerIdempotencyCleanup(app);

  await app.register(healthRoutes);
  await app.register(siteRoutes);
  await app.register(channelRoutes);
  // ======== Feature routes: register each feature's route plugin here ========
  // (for example the FAQ's: `await app.register(faqRoutes);`)
  await app.register(faqRoutes);
  await app.register(agentRoutes);
  // ======== End of feature routes ========

  await registerStaticFiles(app, config);
  return app;
}
