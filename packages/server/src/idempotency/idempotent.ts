// Idempotent creates. Every POST that creates something wraps its work in `idempotent`:
//
//   declareRoute(app, 'createArticleFeedback', {
//     handler: async ({ site, params, body, request, reply }) =>
//       idempotent(request, reply, `createArticleFeedback:${site.id}:${params.articleId}`,
//         async (tx) => ({ status: 201, body: await insertFeedback(tx, ...) })),
//   });
//
// `create` gets a transaction and must do ALL its database work through it (never `app.db`):
// the key is claimed and the result stored in that same transaction, so concurrent retries
// make exactly one row. With an `Idempotency-Key` header the first response (status and body,
// byte for byte) is stored with a hash of the body and the scope, and answered again to
// retries (with `Idempotent-Replayed: true`); the same key with another body or scope is a 422
// problem. Without the header the work simply runs in a transaction. Keys live `idempotencyTtlMs`.
// A `create` that throws (an HttpProblem, say) stores nothing: a retry runs it again.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Queryable } from '../db/database.ts';
import { claimKey, readStoredResponse, storeResponse } from './storage.ts';
import { HttpProblem } from '../http/problems.ts';

export interface Created {
  status: number;
  body: unknown;
}

/** JSON with object keys sorted, so that key order and spacing do not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body ?? null)).digest('hex');
}

export interface IdempotentOutcome {
  status: number;
  /** The body as sent the first time. */
  json: string;
  replayed: boolean;
}

export interface IdempotencyRequest {
  key: string | undefined;
  scope: string;
  body: unknown;
  ttlMs: number;
}

/** The core, without HTTP: runs `create` once per key, or answers the stored first result. */
export async function runIdempotent(
  db: Database,
  request: IdempotencyRequest,
  create: (tx: Queryable) => Promise<Created>,
): Promise<IdempotentOutcome> {
  const { key, scope, ttlMs } = request;
  if (key === undefined) {
    const result = await db.transaction(create);
    return { status: result.status, json: JSON.stringify(result.body), replayed: false };
  }
  const hash = requestHash(request.body);
  return db.transaction(async (tx) => {
    if (await claimKey(tx, key, scope, hash, ttlMs)) {
      const result = await create(tx);
      const json = JSON.stringify(result.body);
      await storeResponse(tx, key, result.status, json);
      return { status: result.status, json, replayed: false };
    }
    const stored = await readStoredResponse(tx, key);
    if (!stored || stored.scope !== scope || stored.requestHash !== hash) {
      throw new HttpProblem(422, {
        type: 'idempotency-key-reused',
        title: 'Idempotency-Key already used',
        detail: 'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
      });
    }
    if (stored.status === null || stored.body === null) {
      throw new HttpProblem(409, { type: 'in-progress', detail: 'The first request with this Idempotency-Key is still being processed; retry shortly.' });
    }
    return { status: stored.status, json: stored.body, replayed: true };
  });
}

export async function idempotent(
  request: FastifyRequest,
  reply: FastifyReply,
  scope: string,
  create: (tx: Queryable) => Promise<Created>,
): Promise<FastifyReply> {
  const { db, config } = request.server;
  const header = request.headers['idempotency-key'];
  const key = typeof header === 'string' ? header : undefined;
  const outcome = await runIdempotent(db, { key, scope, body: request.body, ttlMs: config.idempotencyTtlMs }, create);
  if (outcome.replayed) reply.header('idempotent-replayed', 'true');
  return reply.code(outcome.status).type('application/json; charset=utf-8').send(outcome.json);
}
