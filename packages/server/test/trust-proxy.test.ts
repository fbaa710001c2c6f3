import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { configFromEnv } from '../src/config.ts';
import { startTestApp, type TestApp } from './app.ts';

test('TRUST_PROXY is true, false, a number of proxies, or a list of addresses and ranges', () => {
  assert.equal(configFromEnv({ TRUST_PROXY: '1' }).trustProxy, 1);
  assert.equal(configFromEnv({ TRUST_PROXY: '2' }).trustProxy, 2);
  assert.equal(configFromEnv({ TRUST_PROXY: 'true' }).trustProxy, true);
  assert.equal(configFromEnv({ TRUST_PROXY: 'false' }).trustProxy, false);
  assert.equal(configFromEnv({}).trustProxy, false);
  assert.deepEqual(configFromEnv({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1, fd00::/8,loopback' }).trustProxy, [
    '127.0.0.1',
    '10.0.0.0/8',
    '::1',
    'fd00::/8',
    'loopback',
  ]);
});

test('a TRUST_PROXY that means nothing stops the start with an error naming it', () => {
  for (const nonsense of ['yes', '1.5', '-1', 'proxy.example', '10.0.0.0/33', '300.0.0.1', '10.0.0.1,', '::1/129', ' ']) {
    assert.throws(() => configFromEnv({ TRUST_PROXY: nonsense }), /TRUST_PROXY/, `"${nonsense}" was accepted`);
  }
});

let t: TestApp;
before(async () => {
  const { trustProxy } = configFromEnv({ TRUST_PROXY: '1' });
  t = await startTestApp({ config: { trustProxy, globalLimit: { max: 3, windowMs: 60_000 } } });
});
after(() => t.close());

test('behind one proxy (TRUST_PROXY=1) each X-Forwarded-For client has its own rate-limit bucket', async () => {
  const statuses: number[] = [];
  for (let client = 1; client <= 5; client++) {
    for (let i = 0; i < 3; i++) {
      const response = await t.request({ url: '/v1/site', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': `203.0.113.${client}` } });
      statuses.push(response.statusCode);
    }
  }
  assert.deepEqual(new Set(statuses), new Set([200]), 'five clients of three requests each fit their own limits');
  const fourth = await t.request({ url: '/v1/site', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.1' } });
  assert.equal(fourth.statusCode, 429, 'a client past its own limit is limited');
  const spoofed = await t.request({
    url: '/v1/site',
    remoteAddress: '127.0.0.1',
    headers: { 'x-forwarded-for': '198.51.100.77, 203.0.113.1' },
  });
  assert.equal(spoofed.statusCode, 429, 'only the hop the proxy added is believed, not what the client wrote before it');
});
