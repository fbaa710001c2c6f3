import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { startTestApp, type TestApp } from './app.ts';

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
