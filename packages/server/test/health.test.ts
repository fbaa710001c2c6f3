import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({
    routes: (app) => {
      app.get('/v1/test/broken', async () => {
        throw new Error('secret stack detail at /srv/app.ts:42');
      });
    },
  });
});
after(() => t.close());

test('GET /v1/health answers ok with the database kind', async () => {
  const response = await t.request({ url: '/v1/health' });
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json(), { status: 'ok', version: t.app.config.version, database: t.db.kind });
  assert.equal(response.headers['cache-control'], 'no-store');
});

test('GET /v1/health/ready answers ok once the database answers', async () => {
  const response = await t.request({ url: '/v1/health/ready' });
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json(), { status: 'ok', version: t.app.config.version, database: t.db.kind });
  assert.equal(response.headers['cache-control'], 'no-store');
});

test('when the database fails, readiness is a 503 problem and liveness still answers ok', async () => {
  const original = t.db.query;
  t.db.query = async () => {
    throw new Error('connection reset by peer (internal detail)');
  };
  try {
    const ready = await t.request({ url: '/v1/health/ready' });
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().type, 'urn:ventanilla:problem:database-unavailable');
    assert.doesNotMatch(ready.body, /connection reset|internal detail/);
    const live = await t.request({ url: '/v1/health' });
    assert.equal(live.statusCode, 200);
    assert.equal(live.json().status, 'ok');
  } finally {
    t.db.query = original;
  }
});

test('an unknown route is a 404 problem', async () => {
  const response = await t.request({ url: '/v1/no-such-thing?x=1' });
  assert.equal(response.statusCode, 404);
  assert.equal(response.json().detail, 'Nothing here: GET /v1/no-such-thing');
});

test('an unexpected error is a 500 problem that leaks nothing', async () => {
  const response = await t.request({ url: '/v1/test/broken' }, { contract: false });
  assert.equal(response.statusCode, 500);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  assert.equal(response.json().status, 500);
  assert.doesNotMatch(response.body, /secret|stack|srv/);
});
