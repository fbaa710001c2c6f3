import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { startTestApp, type TestApp, type TestAppOptions } from './app.ts';

let t: TestApp;
const lines: Record<string, unknown>[] = [];
before(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  t = await startTestApp({ logger: { level: 'info', stream } });
});
after(() => t.close());

test('one line per request: method, path without query, status, duration; nothing personal', async () => {
  await t.request({
    url: '/v1/channels?site=villaverde&lang=en&email=vecina@correo.example',
    headers: { authorization: 'Bearer secret-token-123', 'x-access-code': 'ABC123456' },
    remoteAddress: '203.0.113.99',
  });
  await t.request({ url: '/v1/channels?lang=xx', remoteAddress: '203.0.113.99' });
  const requests = lines.filter((line) => line.msg === 'request');
  assert.equal(requests.length, 2);
  assert.deepEqual(
    requests.map(({ method, path, status }) => ({ method, path, status })),
    [
      { method: 'GET', path: '/v1/channels', status: 200 },
      { method: 'GET', path: '/v1/channels', status: 400 },
    ],
  );
  assert.ok(requests.every((line) => typeof line.ms === 'number'));
  const all = lines.map((line) => JSON.stringify(line)).join('\n');
  for (const secret of ['vecina', 'lang=', 'secret-token', 'ABC123456', '203.0.113.99', 'authorization']) {
    assert.ok(!all.includes(secret), `the log holds "${secret}"`);
  }
});

test('a hostile session leaves no body, query string, SQL parameter or header value in the log, and a flood of 429s a few lines', async () => {
  const hostile = await startTestAppWithLog({ globalLimit: { max: 40, windowMs: 60_000 }, writeLimit: { max: 20, windowMs: 60_000 } });
  try {
    const { request } = hostile.app;
    const remoteAddress = '198.51.100.66';
    const bearer = { authorization: 'Bearer SECRET-TOKEN', 'x-access-code': 'SECRET-CODE' };
    await request({ url: '/v1/faq/search?q=SECRET-QUERY&final=true', headers: bearer, remoteAddress });
    await request({ url: '/v1/faq/search?q=SECRET-NUL%00', remoteAddress });
    await request({ url: '/v1/channels?site=%00SECRET-SITE', headers: { origin: 'http://x' }, remoteAddress });
    await request({ url: '/v1/agent/reports/unanswered-searches?days=SECRET-DAYS', headers: bearer, remoteAddress });
    await request({ method: 'POST', url: '/v1/agent/session', payload: { email: 'secret-email@correo.example', password: 'SECRET-PASSWORD' }, remoteAddress });
    await request({ method: 'POST', url: '/v1/faq/articles/alta-padron/feedback', payload: { helpful: false, comment: 'SECRET-COMMENT' }, remoteAddress });
    await request({ method: 'POST', url: '/v1/faq/articles/alta-padron/feedback', payload: { helpful: false, comment: 'SECRET-NUL-COMMENT\u0000' }, remoteAddress });
    await request(
      { method: 'POST', url: '/v1/faq/articles/alta-padron/feedback', headers: { 'content-type': 'application/json' }, payload: '{"helpful": SECRET-JSON', remoteAddress },
      { contract: false },
    );
    // A 500 through the real routes: the database refuses a query mid-request, the way a
    // lost connection would, and its error quotes the SQL and its parameters.
    await hostile.db.exec('alter table faq_feedback rename to faq_feedback_gone');
    const failed = await request({ method: 'POST', url: '/v1/faq/articles/alta-padron/feedback', payload: { helpful: true, comment: 'SECRET-500' }, remoteAddress: '198.51.100.67' });
    await hostile.db.exec('alter table faq_feedback_gone rename to faq_feedback');
    assert.equal(failed.statusCode, 500);
    const errorLines = hostile.lines.filter((line) => line.level === 50);
    assert.equal(errorLines.length, 1, 'the 500 is logged');
    assert.equal((errorLines[0]!.err as { code?: string }).code, '42P01', 'with the SQLSTATE that says what went wrong');

    const beforeFlood = hostile.lines.length;
    const statuses = new Map<number, number>();
    for (let i = 0; i < 240; i++) {
      const response = await request({ url: `/v1/site?q=SECRET-FLOOD-${i}`, remoteAddress: '198.51.100.68' }, { contract: false });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    }
    assert.equal(statuses.get(429), 200, '200 requests past the limit');
    const floodLines = hostile.lines.slice(beforeFlood);
    assert.ok(floodLines.length <= 41, `the flood logged ${floodLines.length} lines: one per answered request and one notice`);
    assert.equal(floodLines.filter((line) => line.status === 429).length, 1, 'one notice for the client');

    const all = hostile.lines.map((line) => JSON.stringify(line)).join('\n');
    for (const secret of ['SECRET', 'secret-email', 'Bearer', '198.51.100.', 'faq_feedback', 'insert into', '?', 'q=', '\\u0000', 'x-access-code', 'http://x']) {
      assert.ok(!all.includes(secret), `the log holds "${secret}": ${all.split('\n').find((line) => line.includes(secret))}`);
    }
  } finally {
    await hostile.close();
  }
});

async function startTestAppWithLog(config: TestAppOptions['config']) {
  const captured: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) captured.push(JSON.parse(line));
      done();
    },
  });
  const app = await startTestApp({ config, logger: { level: 'info', stream } });
  return { app, db: app.db, lines: captured, close: () => app.close() };
}
