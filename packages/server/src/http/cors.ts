// Per-site CORS: a browser Origin is answered only when it matches the allowlist of the site
// the request is for. Never `*`, never a blind reflection; always `Vary: Origin`.
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { originAllowed } from './origins.ts';
import type { SiteDirectory } from '../sites/resolution.ts';

const ALLOWED_HEADERS = ['Content-Type', 'Idempotency-Key', 'Authorization', 'X-Access-Code', 'Last-Event-ID'];
const EXPOSED_HEADERS = ['Retry-After'];

export async function registerCors(app: FastifyInstance, sites: SiteDirectory): Promise<void> {
  await app.register(cors, {
    delegator: (request: FastifyRequest, callback) => {
      const origin = request.headers.origin;
      const patternsFor = origin === undefined ? Promise.resolve([]) : sites.find(sites.requestedId(request)).then((site) => site?.allowedOrigins ?? []);
      patternsFor.then(
        (patterns) =>
          callback(null, {
            origin: (requestOrigin: string | undefined, done: (error: Error | null, allow: boolean) => void) =>
              done(null, originAllowed(requestOrigin, patterns)),
            methods: ['GET', 'HEAD', 'POST'],
            allowedHeaders: ALLOWED_HEADERS,
            exposedHeaders: EXPOSED_HEADERS,
            credentials: false,
            maxAge: 600,
            strictPreflight: false,
          }),
        (error: Error) => callback(error, {}),
      );
    },
  });
}
