// The remembered first responses of creates sent with an Idempotency-Key.
import type { Database, Queryable } from '../db/database.ts';

export interface StoredResponse {
  scope: string;
  requestHash: string;
  status: number | null;
  body: string | null;
}

/**
 * Claims a key for this request. True when this transaction owns it (new, or expired and
 * taken over); false when another request holds it. On PostgreSQL a second claimer waits here
 * until the first one's transaction ends, then sees its stored response.
 */
export async function claimKey(tx: Queryable, key: string, scope: string, requestHash: string, ttlMs: number): Promise<boolean> {
  const rows = await tx.query(
    `insert into idempotency_keys (key, scope, request_hash) values ($1, $2, $3)
     on conflict (key) do update
       set scope = excluded.scope, request_hash = excluded.request_hash, status = null, body = null, created_at = now()
       where idempotency_keys.created_at < now() - make_interval(secs => $4)
     returning key`,
    [key, scope, requestHash, ttlMs / 1000],
  );
  return rows.length === 1;
}

export async function storeResponse(tx: Queryable, key: string, status: number, body: string): Promise<void> {
  await tx.query('update idempotency_keys set status = $2, body = $3 where key = $1', [key, status, body]);
}

export async function readStoredResponse(tx: Queryable, key: string): Promise<StoredResponse | undefined> {
  const rows = await tx.query<{ scope: string; request_hash: string; status: number | null; body: string | null }>(
    'select scope, request_hash, status, body from idempotency_keys where key = $1',
    [key],
  );
  const row = rows[0];
  return row && { scope: row.scope, requestHash: row.request_hash, status: row.status, body: row.body };
}

/** Forgets keys older than the TTL; returns how many. */
export async function purgeExpiredKeys(db: Database, ttlMs: number): Promise<number> {
  const rows = await db.query('delete from idempotency_keys where created_at < now() - make_interval(secs => $1) returning key', [ttlMs / 1000]);
  return rows.length;
}
