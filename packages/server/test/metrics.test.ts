// GET /metrics: Prometheus text with durations by route pattern, rate-limited and failed
// answers counted, the database and the process; readable only from this machine, or with
// METRICS_TOKEN by whoever holds it; never rate-limited.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({
    config: { globalLimit: { max: 5, windowMs: 60_000 } },
    routes: (app) => {
      app.get('/v1/test/broken', async () => {
        throw new Error('broken on purpose');
      });
    },
  });
});
after(() => t.close());

async function scrape(app = t.app, headers: Record<string, string> = {}): Promise<string> {
  const response = await app.inject({ url: '/metrics', headers });
  assert.equal(response.statusCode, 200, response.body);
  assert.match(String(response.headers['content-type']), /^text\/plain; version=0\.0\.4/);
  return response.body;
}

/** The value of one sample, by name and exact label set as Prometheus writes it. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((row) => row.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

test('request durations are counted by route pattern and status class, never by the URL asked', async () => {
  const from = { remoteAddress: '198.51.100.1' };
  for (let i = 0; i < 2; i += 1) assert.equal((await t.request({ url: '/v1/faq/articles/vado-permanente?lang=es', ...from })).statusCode, 200);
  assert.equal((await t.request({ url: '/v1/no-such-thing/secreto', ...from })).statusCode, 404);
  const text = await scrape();
  assert.equal(sample(text, 'ventanilla_http_request_duration_seconds_count', 'method="GET",route="/v1/faq/articles/:articleId",status_class="2xx"'), 2);
  assert.ok((sample(text, 'ventanilla_http_request_duration_seconds_sum', 'method="GET",route="/v1/faq/articles/:articleId",status_class="2xx"') ?? 0) > 0);
  assert.equal(sample(text, 'ventanilla_http_request_duration_seconds_count', 'method="GET",route="unmatched",status_class="4xx"'), 1);
  assert.doesNotMatch(text, /vado-permanente|secreto|lang=es/);
});

test('429s are counted, and /metrics itself is never rate-limited', async () => {
  const from = { remoteAddress: '198.51.100.2' };
  const statuses: number[] = [];
  for (let i = 0; i < 8; i += 1) statuses.push((await t.request({ url: '/v1/site', ...from })).statusCode);
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
  for (let i = 0; i < 8; i += 1) await scrape();
  const text = await scrape();
  assert.equal(sample(text, 'ventanilla_http_rate_limited_total', 'route="/v1/site"'), 3);
  assert.equal(sample(text, 'ventanilla_http_request_duration_seconds_count', 'method="GET",route="/v1/site",status_class="4xx"'), 3);
});

test('5xx answers are counted by route and status', async () => {
  const response = await t.request({ url: '/v1/test/broken', remoteAddress: '198.51.100.3' }, { contract: false });
  assert.equal(response.statusCode, 500);
  assert.equal(sample(await scrape(), 'ventanilla_http_server_errors_total', 'route="/v1/test/broken",status="500"'), 1);
});

test('the database kind and the process metrics are there', async () => {
  const text = await scrape();
  assert.equal(sample(text, 'ventanilla_database_info', `kind="${t.db.kind}"`), 1);
  assert.match(text, /^process_cpu_user_seconds_total \d/m);
  assert.match(text, /^process_resident_memory_bytes \d/m);
  assert.match(text, /^nodejs_eventloop_lag_seconds \d/m);
  // Only a pool has pool counts: PostgreSQL's.
  if (t.db.kind === 'postgresql') assert.ok((sample(text, 'ventanilla_database_pool_connections', 'state="total"') ?? 0) >= 1);
  else assert.doesNotMatch(text, /ventanilla_database_pool_connections/);
});

test('without METRICS_TOKEN, only a direct connection from this machine reads the metrics', async () => {
  const remote = await t.app.inject({ url: '/metrics', remoteAddress: '203.0.113.9' });
  assert.equal(remote.statusCode, 403);
  assert.match(String(remote.headers['content-type']), /^application\/problem\+json/);
  assert.doesNotMatch(remote.body, /ventanilla_http/);
  // A proxy on this machine connects from loopback on behalf of anyone.
  const proxied = await t.app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } });
  assert.equal(proxied.statusCode, 403);
  const forwarded = await t.app.inject({ url: '/metrics', headers: { forwarded: 'for=203.0.113.9' } });
  assert.equal(forwarded.statusCode, 403);
  assert.equal((await t.app.inject({ url: '/metrics', remoteAddress: '::1' })).statusCode, 200);
});

test('with METRICS_TOKEN, the bearer token is what opens the metrics, from anywhere', async () => {
  process.env.METRICS_TOKEN = 'un-secreto-largo-de-prueba';
  const guarded = await startTestApp();
  delete process.env.METRICS_TOKEN;
  try {
    const missing = await guarded.app.inject({ url: '/metrics' });
    assert.equal(missing.statusCode, 401);
    assert.match(String(missing.headers['www-authenticate']), /^Bearer/);
    const wrong = await guarded.app.inject({ url: '/metrics', headers: { authorization: 'Bearer otro-secreto' } });
    assert.equal(wrong.statusCode, 401);
    const text = await scrape(guarded.app, { authorization: 'Bearer un-secreto-largo-de-prueba' });
    assert.match(text, /ventanilla_database_info/);
    const remote = await guarded.app.inject({
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: 'Bearer un-secreto-largo-de-prueba', 'x-forwarded-for': '203.0.113.9' },
    });
    assert.equal(remote.statusCode, 200);
  } finally {
    await guarded.close();
  }
});
