import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './app.ts';
import { originMatches } from '../src/http/origins.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
  await t.db.query(
    `insert into sites (id, name, time_zone, languages, allowed_origins)
     values ('ministerio', 'Ministerio de Pruebas', 'Atlantic/Canary', '{es}', '{https://www.ministerio.example}')`,
  );
});
after(() => t.close());

function vary(headers: Record<string, unknown>): string[] {
  return String(headers.vary ?? '').split(',').map((value) => value.trim().toLowerCase());
}

test('an allowed origin is reflected exactly, with Vary: Origin', async () => {
  for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8000', 'http://[::1]:3000']) {
    const response = await t.request({ url: '/v1/channels', headers: { origin } });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['access-control-allow-origin'], origin);
    assert.ok(vary(response.headers).includes('origin'));
    assert.equal(response.headers['access-control-allow-credentials'], undefined);
    assert.match(String(response.headers['access-control-expose-headers']), /Retry-After/);
  }
});

test('a disallowed origin gets no Access-Control-Allow-Origin, and still Vary: Origin', async () => {
  for (const origin of ['https://evil.example', 'http://localhost.evil.example:80', 'https://localhost:5173', 'null']) {
    const response = await t.request({ url: '/v1/channels', headers: { origin } });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['access-control-allow-origin'], undefined, origin);
    assert.ok(vary(response.headers).includes('origin'));
  }
  const sameOrigin = await t.request({ url: '/v1/channels' });
  assert.equal(sameOrigin.headers['access-control-allow-origin'], undefined);
  assert.ok(vary(sameOrigin.headers).includes('origin'));
});

test('a preflight is answered for allowed origins only', async () => {
  const preflight = (origin: string, url = '/v1/faq/articles/alta-padron/feedback') =>
    t.request({
      method: 'OPTIONS',
      url,
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
  const allowed = await preflight('http://localhost:8080');
  assert.equal(allowed.statusCode, 204);
  assert.equal(allowed.headers['access-control-allow-origin'], 'http://localhost:8080');
  const allowHeaders = String(allowed.headers['access-control-allow-headers']).toLowerCase();
  for (const header of ['content-type', 'idempotency-key', 'authorization', 'x-access-code']) assert.ok(allowHeaders.includes(header), header);
  assert.match(String(allowed.headers['access-control-allow-methods']), /POST/);
  assert.ok(vary(allowed.headers).includes('origin'));

  // Refused, the preflight is not CORS's to answer: it falls through to the 404 problem, with
  // no Access-Control-* header at all, so the browser blocks the POST.
  const refused = await preflight('https://evil.example');
  assert.equal(refused.headers['access-control-allow-origin'], undefined);
  assert.equal(refused.statusCode, 404);
  assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
  assert.equal(refused.json().detail, 'Nothing here: OPTIONS /v1/faq/articles/alta-padron/feedback');
  assert.deepEqual(Object.keys(refused.headers).filter((name) => name.startsWith('access-control-')), []);
  assert.ok(vary(refused.headers).includes('origin'));
});

test('each site has its own allowlist', async () => {
  const ministry = 'https://www.ministerio.example';
  const onMinistry = await t.request({ url: '/v1/site?site=ministerio', headers: { origin: ministry } });
  assert.equal(onMinistry.headers['access-control-allow-origin'], ministry);
  const localOnMinistry = await t.request({ url: '/v1/site?site=ministerio', headers: { origin: 'http://localhost:5173' } });
  assert.equal(localOnMinistry.headers['access-control-allow-origin'], undefined);
  const ministryOnDemo = await t.request({ url: '/v1/site', headers: { origin: ministry } });
  assert.equal(ministryOnDemo.headers['access-control-allow-origin'], undefined);
});

test('origin patterns: exact origins and port wildcards, nothing looser', () => {
  assert.ok(originMatches('https://www.ministerio.example', 'https://www.ministerio.example'));
  assert.ok(originMatches('https://www.ministerio.example:443', 'https://www.ministerio.example'));
  assert.ok(!originMatches('https://www.ministerio.example:8443', 'https://www.ministerio.example'));
  assert.ok(!originMatches('http://www.ministerio.example', 'https://www.ministerio.example'));
  assert.ok(!originMatches('https://sub.www.ministerio.example', 'https://www.ministerio.example'));
  assert.ok(originMatches('http://localhost', 'http://localhost:*'));
  assert.ok(originMatches('http://localhost:65535', 'http://localhost:*'));
  assert.ok(!originMatches('http://localhost:5173/path', 'http://localhost:*'));
  assert.ok(!originMatches('http://user@localhost:5173', 'http://localhost:*'));
  assert.ok(!originMatches('http://localhost:5173', '*'));
});
