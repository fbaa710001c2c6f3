// Logging that respects citizens: one line per request with method, path (never the query
// string), status and duration. No bodies, no headers, no IP addresses.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

export type LoggerOption = boolean | { level?: string; stream?: NodeJS.WritableStream };

export function loggerOptions(logger: LoggerOption | undefined): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    ...(logger === true ? {} : logger),
    // Requests and replies are reduced to what is safe if anything logs them whole.
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, path: pathOnly(request.url) }),
      res: (reply: { statusCode?: number }) => ({ status: reply.statusCode }),
    },
    redact: { paths: ['req.headers', 'headers', '*.authorization', '*.accessCode', 'body', '*.body'], remove: true },
  };
}

function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, path: pathOnly(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request',
    );
  });
}
