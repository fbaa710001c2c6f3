// The rate limits' database store (http/rate-limit-store.ts), called as @fastify/rate-limit calls it.
// test/postgres/multi-instance.test.ts checks that two processes count through it as one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { freshDatabase, type TestDatabase } from './database.ts';
import { migrate } from '../src/db/migrate.ts';
import { databaseRateLimitStore } from '../src/http/rate-limit-store.ts';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';

let t: TestDatabase;
before(async () => {
  t = await freshDatabase();
  await migrate(t.db);
});
after(() => t.drop());

const failOnError = (error: unknown) => assert.fail(String(error));
const newStore = (db = t.db, onError: (error: unknown) => void = failOnError) => new (databaseRateLimitStore(db, onError))({});
const incr = (store: FastifyRateLimitStore, key: string, timeWindow = 60_000) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) =>
    store.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), timeWindow, 10),
  );

test('counts each client, apart for the global limit and for each route with its own', async () => {
  const store = newStore();
  const route = store.child({ routeInfo: { method: 'POST', url: '/v1/notes' } } as never);
  assert.deepEqual([(await incr(store, '192.0.2.1')).current, (await incr(store, '192.0.2.1')).current], [1, 2]);
  assert.equal((await incr(store, '192.0.2.2')).current, 1);
  assert.equal((await incr(route, '192.0.2.1')).current, 1);
  const { ttl } = await incr(store, '192.0.2.1');
  assert.ok(ttl > 55_000 && ttl <= 60_000, `ttl ${ttl}`);
  // A second store on the same database (another process) counts on.
  assert.equal((await incr(newStore(), '192.0.2.1')).current, 4);
});

test('a new window starts once the last one has ended', async () => {
  const store = newStore();
  await incr(store, '192.0.2.3', 1000);
  assert.equal((await incr(store, '192.0.2.3', 1000)).current, 2);
  await sleep(1100);
  const renewed = await incr(store, '192.0.2.3', 1000);
  assert.equal(renewed.current, 1);
  assert.ok(renewed.ttl > 0 && renewed.ttl <= 1000);
});

test('ended windows are deleted every thousand counts', async () => {
  await t.db.query("insert into rate_limit_hits (key, count, window_end) values ('* 192.0.2.9', 3, now() - interval '1 minute')");
  const store = newStore();
  for (let i = 0; i < 999; i++) await incr(store, '192.0.2.4');
  assert.equal((await t.db.query("select 1 from rate_limit_hits where key = '* 192.0.2.9'")).length, 1);
  await incr(store, '192.0.2.4');
  // The delete runs beside the count, not before its answer.
  const expired = async () => (await t.db.query("select 1 from rate_limit_hits where key = '* 192.0.2.9'")).length;
  for (let tries = 0; tries < 40 && (await expired()) > 0; tries++) await sleep(50);
  assert.equal(await expired(), 0);
});

test('with the database unreachable the request is let through uncounted, and the failure heard', async () => {
  const gone = await freshDatabase();
  await gone.drop();
  const heard: unknown[] = [];
  const result = await incr(newStore(gone.db, (error) => heard.push(error)), '192.0.2.5');
  assert.equal(result.current, 0);
  assert.equal(heard.length, 1);
});
