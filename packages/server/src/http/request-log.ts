// Logging that respects citizens: one line per request with method, path (never the query
// string), status and duration. No bodies, no headers, no IP addresses, no error messages (a
// database error quotes the SQL and its parameters, such as a citizen's comment). Rate-limited
// requests get no line each: one notice per client and window, so a flood cannot fill the disk.
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';

export type LoggerOption = boolean | { level?: string; stream?: NodeJS.WritableStream };

export function loggerOptions(logger: LoggerOption | undefined): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    ...(logger === true ? {} : logger),
    // Requests and replies are reduced to what is safe if anything logs them whole.
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, path: pathOnly(request.url) }),
      res: (reply: { statusCode?: number }) => ({ status: reply.statusCode }),
      err: safeError,
    },
    redact: { paths: ['req.headers', 'headers', '*.authorization', '*.accessCode', 'body', '*.body'], remove: true },
  };
}

function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

/**
 * What an error may say in a log: its class, its code (a SQLSTATE for the database) and where it
 * was thrown. Its own message may quote input, so a message is made from the class and code.
 */
export function safeError(error: unknown): { type: string; message: string; stack: string; code?: string } {
  if (!error || typeof error !== 'object') return { type: typeof error, message: typeof error, stack: '' };
  const { code, severity, stack } = error as { code?: unknown; severity?: unknown; stack?: unknown };
  // pg's and PGlite's errors carry a severity; PGlite's class name is minified.
  const database = typeof severity === 'string';
  const type = database ? 'DatabaseError' : (error.constructor?.name ?? 'Object');
  const safeCode = typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
  const frames = typeof stack === 'string' ? stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return {
    type,
    message: database ? `database error, SQLSTATE ${safeCode ?? 'unknown'}` : `${type}${safeCode ? ` ${safeCode}` : ''} (message not logged)`,
    stack: frames.join('\n'),
    ...(safeCode ? { code: safeCode } : {}),
  };
}

/** Rate-limit's `onExceeded`: one warning per client key and window, keyed in memory only. */
export function rateLimitNotices(windowMs: number): (request: FastifyRequest, key: string) => void {
  const noticed = new Map<string, number>();
  return (request, key) => {
    const now = Date.now();
    const last = noticed.get(key);
    if (last !== undefined && now - last < windowMs) return;
    // Bounded: a flood from many addresses forgets, at worst logging a client twice.
    if (noticed.size >= 10_000) noticed.clear();
    noticed.set(key, now);
    request.log.warn({ method: request.method, path: pathOnly(request.url), status: 429 }, 'rate limit reached');
  };
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode === 429) return;
    request.log.info(
      { method: request.method, path: pathOnly(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request',
    );
  });
}
