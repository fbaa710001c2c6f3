import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './app.ts';
import { createNotesTable, NOTES_PATH, registerNotesRoute } from './notes-route.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({
    config: { globalLimit: { max: 5, windowMs: 60_000 }, writeLimit: { max: 2, windowMs: 60_000 } },
    routes: registerNotesRoute,
  });
  await createNotesTable(t.db);
});
after(() => t.close());

test('past the global limit a client gets 429 problems with Retry-After, readable cross-origin', async () => {
  const origin = 'http://localhost:5173';
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await t.request({ url: '/v1/site', headers: { origin }, remoteAddress: '203.0.113.7' });
    statuses.push(response.statusCode);
    if (response.statusCode === 429) {
      assert.ok(Number(response.headers['retry-after']) > 0);
      assert.equal(response.json().status, 429);
      assert.equal(response.headers['access-control-allow-origin'], origin);
    }
  }
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
  const otherClient = await t.request({ url: '/v1/site', remoteAddress: '203.0.113.8' });
  assert.equal(otherClient.statusCode, 200, 'the limit is per client address');
});

test('a health check is never rate-limited, even from a client past its limit', async () => {
  const remoteAddress = '203.0.113.20';
  for (let i = 0; i < 6; i++) await t.request({ url: '/v1/site', remoteAddress });
  assert.equal((await t.request({ url: '/v1/site', remoteAddress })).statusCode, 429, 'the client is past its limit');
  for (let i = 0; i < 10; i++) {
    const health = await t.request({ url: '/v1/health', remoteAddress });
    assert.equal(health.statusCode, 200);
    assert.equal(health.headers['x-ratelimit-limit'], undefined, 'health does not count against the limit');
  }
});

test('creates have a stricter limit of their own', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await t.request(
      { method: 'POST', url: NOTES_PATH, payload: { helpful: true }, remoteAddress: '198.51.100.1' },
      { contract: false },
    );
    statuses.push(response.statusCode);
    if (response.statusCode === 429) assert.ok(Number(response.headers['retry-after']) > 0);
  }
  assert.deepEqual(statuses, [201, 201, 429]);
});

test('a JSON body over 64 KB is a 413 problem', async () => {
  const response = await t.request(
    { method: 'POST', url: NOTES_PATH, payload: { helpful: true, comment: 'x'.repeat(70 * 1024) }, remoteAddress: '198.51.100.2' },
    { contract: false },
  );
  assert.equal(response.statusCode, 413);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  assert.equal(response.json().status, 413);
});

test('an invalid body is a 400 problem listing every fault', async () => {
  const response = await t.request(
    { method: 'POST', url: NOTES_PATH, payload: { helpful: 'yes', comment: 'x'.repeat(1001), extra: 1 }, remoteAddress: '198.51.100.3' },
    { contract: false },
  );
  assert.equal(response.statusCode, 400);
  const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer).sort();
  assert.deepEqual(pointers, ['/body/comment', '/body/extra', '/body/helpful']);
});

test('malformed JSON and other media types are problems too', async () => {
  const malformed = await t.request(
    { method: 'POST', url: NOTES_PATH, headers: { 'content-type': 'application/json' }, payload: '{"helpful": tru', remoteAddress: '198.51.100.4' },
    { contract: false },
  );
  assert.equal(malformed.statusCode, 400);
  assert.match(String(malformed.headers['content-type']), /^application\/problem\+json/);
  const text = await t.request(
    { method: 'POST', url: NOTES_PATH, headers: { 'content-type': 'text/plain' }, payload: 'hello', remoteAddress: '198.51.100.5' },
    { contract: false },
  );
  assert.equal(text.statusCode, 415);
  assert.match(String(text.headers['content-type']), /^application\/problem\+json/);
});
