import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './app.ts';
import { countNotes, createNotesTable, NOTES_PATH, registerNotesRoute } from './notes-route.ts';
import { runIdempotent } from '../src/idempotency/idempotent.ts';
import { HttpProblem } from '../src/http/problems.ts';
import { purgeExpiredKeys } from '../src/idempotency/storage.ts';

let t: TestApp;
const DAY = 24 * 60 * 60 * 1000;
before(async () => {
  t = await startTestApp({ routes: registerNotesRoute, config: { writeLimit: { max: 1000, windowMs: 60_000 } } });
  await createNotesTable(t.db);
});
after(() => t.close());

const post = (key: string | undefined, payload: object) =>
  t.request(
    { method: 'POST', url: NOTES_PATH, payload, headers: key ? { 'idempotency-key': key } : {} },
    { contract: false },
  );

test('a retry with the same key and body gets the first response, byte for byte, and creates nothing', async () => {
  const key = randomUUID();
  const before = await countNotes(t.db);
  const first = await post(key, { helpful: true, comment: 'Muy clara' });
  assert.equal(first.statusCode, 201);
  assert.equal(first.headers['idempotent-replayed'], undefined);
  // Same content, other key order: the same request.
  const retry = await post(key, { comment: 'Muy clara', helpful: true });
  assert.equal(retry.statusCode, 201);
  assert.equal(retry.body, first.body);
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  assert.match(String(retry.headers['content-type']), /^application\/json/);
  assert.equal(await countNotes(t.db), before + 1);
});

test('the same key with a different body is a 422 problem', async () => {
  const key = randomUUID();
  assert.equal((await post(key, { helpful: true })).statusCode, 201);
  const reused = await post(key, { helpful: false });
  assert.equal(reused.statusCode, 422);
  assert.match(String(reused.headers['content-type']), /^application\/problem\+json/);
  assert.equal(reused.json().status, 422);
});

test('without a key every request creates', async () => {
  const before = await countNotes(t.db);
  await post(undefined, { helpful: true });
  await post(undefined, { helpful: true });
  assert.equal(await countNotes(t.db), before + 2);
});

test('an invalid key is a 400 problem', async () => {
  const response = await post('no spaces allowed', { helpful: true });
  assert.equal(response.statusCode, 400);
  assert.equal(response.json().errors[0].pointer, '/headers/idempotency-key');
});

test('50 concurrent requests with one key create exactly one row (HTTP)', async () => {
  const key = randomUUID();
  const before = await countNotes(t.db);
  const responses = await Promise.all(Array.from({ length: 50 }, () => post(key, { helpful: false, comment: 'a la vez' })));
  assert.deepEqual(new Set(responses.map((response) => response.statusCode)), new Set([201]));
  assert.equal(new Set(responses.map((response) => response.body)).size, 1);
  assert.equal(responses.filter((response) => response.headers['idempotent-replayed'] !== 'true').length, 1);
  assert.equal(await countNotes(t.db), before + 1);
});

test('50 concurrent calls of the helper with one key run the create once (database)', async () => {
  const key = randomUUID();
  const before = await countNotes(t.db);
  let runs = 0;
  const outcomes = await Promise.all(
    Array.from({ length: 50 }, () =>
      runIdempotent(t.db, { key, scope: 'direct', body: { n: 1 }, ttlMs: DAY }, async (tx) => {
        runs++;
        const [row] = await tx.query<{ id: number }>("insert into test_notes (helpful) values (true) returning id");
        return { status: 201, body: { id: row!.id } };
      }),
    ),
  );
  assert.equal(runs, 1);
  assert.equal(await countNotes(t.db), before + 1);
  assert.equal(new Set(outcomes.map((outcome) => outcome.json)).size, 1);
  assert.equal(outcomes.filter((outcome) => !outcome.replayed).length, 1);
});

test('a create that fails stores nothing, so a retry runs it again', async () => {
  const key = randomUUID();
  const request = { key, scope: 'failing', body: {}, ttlMs: DAY };
  await assert.rejects(
    runIdempotent(t.db, request, async () => {
      throw new HttpProblem(404, { detail: 'not yet' });
    }),
    HttpProblem,
  );
  const outcome = await runIdempotent(t.db, request, async () => ({ status: 201, body: { ok: true } }));
  assert.deepEqual(outcome, { status: 201, json: '{"ok":true}', replayed: false });
});

test('a key used for another scope is a 422, an expired key is forgotten', async () => {
  const key = randomUUID();
  const create = async () => ({ status: 201, body: { at: Math.random() } });
  await runIdempotent(t.db, { key, scope: 'one', body: {}, ttlMs: DAY }, create);
  await assert.rejects(runIdempotent(t.db, { key, scope: 'two', body: {}, ttlMs: DAY }, create), (error: HttpProblem) => error.status === 422);

  await t.db.query("update idempotency_keys set created_at = now() - interval '25 hours' where key = $1", [key]);
  const fresh = await runIdempotent(t.db, { key, scope: 'two', body: {}, ttlMs: DAY }, create);
  assert.equal(fresh.replayed, false, 'an expired key is taken over');

  await t.db.query("update idempotency_keys set created_at = now() - interval '25 hours' where key = $1", [key]);
  assert.ok((await purgeExpiredKeys(t.db, DAY)) >= 1);
  assert.equal((await t.db.query('select 1 from idempotency_keys where key = $1', [key])).length, 0);
});
