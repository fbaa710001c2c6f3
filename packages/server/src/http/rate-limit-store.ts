// A store for @fastify/rate-limit that counts in PostgreSQL (or PGlite), so that several server
// processes on one database count each client once. The plugin builds it with `new Store(options)`
// and asks each route with its own limit for a `child`; both share the database and the scope
// names keep their counts apart.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/database.ts';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

/** What the plugin really passes to `child`: the route's merged limit, with the route under routeInfo. */
interface RouteLimit {
  routeInfo?: { method?: string | string[]; url?: string };
}

/** Expired rows are deleted once every this many increments of a process. */
const PURGE_EVERY = 1000;

// One statement: the window's count goes up, or a new window starts when the last one has ended.
// The database's clock decides, so the processes need not agree on the time.
const INCREMENT = `
  insert into rate_limit_hits as hits (key, count, window_end)
  values ($1, 1, now() + $2 * interval '1 millisecond')
  on conflict (key) do update set
    count = case when hits.window_end > now() then hits.count + 1 else 1 end,
    window_end = case when hits.window_end > now() then hits.window_end else excluded.window_end end
  returning count, ceil(extract(epoch from hits.window_end - now()) * 1000)::integer as ttl`;

/** The store class to pass as `store` to @fastify/rate-limit; `onError` hears a failed count. */
export function databaseRateLimitStore(db: Database, onError: (error: unknown) => void): FastifyRateLimitStoreCtor {
  let increments = 0;
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    readonly scope: string;

    constructor(_options?: unknown, scope = '*') {
      this.scope = scope;
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      if (++increments % PURGE_EVERY === 0) {
        db.query('delete from rate_limit_hits where window_end < now()').catch(onError);
      }
      db.query<{ count: number; ttl: number }>(INCREMENT, [`${this.scope} ${key}`, timeWindow]).then(
        ([row]) => callback(null, { current: row!.count, ttl: row!.ttl }),
        // With the database unreachable the request goes on uncounted rather than failing with a
        // 500: the route itself will answer its own error if it needs the database.
        (error: unknown) => {
          onError(error);
          callback(null, { current: 0, ttl: timeWindow });
        },
      );
    }

    child(route: object): DatabaseRateLimitStore {
      const { method = '', url = '' } = (route as RouteLimit).routeInfo ?? {};
      return new DatabaseRateLimitStore(undefined, `${[method].flat().join(',')} ${url}`.trim() || 'route');
    }
  };
}
