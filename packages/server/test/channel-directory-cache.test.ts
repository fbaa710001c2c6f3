// The at-less channel directory: read once per site and language and kept until a channel's
// status next changes (at most five minutes), each answer cut to the window starting now, equal
// to a fresh reading; with a weak ETag, If-None-Match answered 304, and a max-age that never
// reaches past the next change.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChannelDirectory } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import { DirectoryCache, MAX_AGE_MS } from '../src/channels/directory-cache.ts';
import { channelDirectory } from '../src/channels/storage.ts';
import type { SiteRecord } from '../src/sites/storage.ts';

let t: TestApp;
let site: SiteRecord;
before(async () => {
  t = await startTestApp();
  site = (await t.app.sites.find('villaverde'))!;
});
after(() => t.close());

function maxAge(cacheControl: unknown): number {
  const match = /^public, max-age=(\d+)$/.exec(String(cacheControl));
  assert.ok(match, `Cache-Control: ${String(cacheControl)}`);
  return Number(match[1]);
}

/** The first instant the answer itself says a channel's status changes: its second period's start. */
function firstChange(directory: ChannelDirectory): number {
  const starts = directory.channels.flatMap((channel) => channel.timeline.slice(1, 2).map((period) => Date.parse(period.from)));
  return Math.min(Date.parse(directory.until), ...starts, ...directory.closures.map((closure) => Date.parse(closure.ends)));
}

test('an at-less directory has a weak ETag and a max-age that never reaches past the next change', async () => {
  for (const lang of ['es', 'en', 'pt']) {
    for (let i = 0; i < 3; i += 1) {
      const response = await t.request({ url: `/v1/channels?lang=${lang}` });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers.etag), /^W\/"[A-Za-z0-9_-]+"$/);
      const body = response.json<ChannelDirectory>();
      const seconds = maxAge(response.headers['cache-control']);
      assert.ok(seconds * 1000 <= MAX_AGE_MS);
      assert.ok(Date.parse(body.from) + seconds * 1000 <= firstChange(body), `${lang}: max-age ${seconds} s past the next change`);
      // Every period's named instant is a change too: an open period's end, a closed one's opening.
      for (const channel of body.channels) {
        const named = channel.timeline[0]!.until;
        if (named) assert.ok(Date.parse(body.from) + seconds * 1000 <= Date.parse(named), channel.id);
      }
    }
  }
  const es = await t.request({ url: '/v1/channels?lang=es' });
  const en = await t.request({ url: '/v1/channels?lang=en' });
  assert.notEqual(es.headers.etag, en.headers.etag);
});

test('If-None-Match with the ETag is a 304 with the same validators and no body; another tag gets the directory', async () => {
  const first = await t.request({ url: '/v1/channels' });
  const etag = String(first.headers.etag);
  for (const ifNoneMatch of [etag, etag.replace(/^W\//, ''), `"something-else", ${etag}`, '*']) {
    const again = await t.request({ url: '/v1/channels', headers: { 'if-none-match': ifNoneMatch } });
    assert.equal(again.statusCode, 304, ifNoneMatch);
    assert.equal(again.body, '');
    assert.equal(again.headers.etag, etag);
    assert.ok(maxAge(again.headers['cache-control']) <= maxAge(first.headers['cache-control']));
  }
  const other = await t.request({ url: '/v1/channels', headers: { 'if-none-match': 'W/"not-this-one"' } });
  assert.equal(other.statusCode, 200);
  assert.equal(other.json<ChannelDirectory>().site, 'villaverde');
  const otherLanguage = await t.request({ url: '/v1/channels?lang=en', headers: { 'if-none-match': etag } });
  assert.equal(otherLanguage.statusCode, 200);
});

test('a directory asked `at` an instant is read afresh, with no ETag', async () => {
  const response = await t.request({ url: '/v1/channels?at=2026-11-23T12:00:00Z', headers: { 'if-none-match': '*' } });
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers.etag, undefined);
  assert.equal(response.headers['cache-control'], 'public, max-age=300');
});

test('the cached answer is what a fresh reading at the same instant gives', async () => {
  await t.request({ url: '/v1/channels?lang=en' });
  const cached = (await t.request({ url: '/v1/channels?lang=en' })).json<ChannelDirectory>();
  const fresh = (await t.request({ url: `/v1/channels?lang=en&at=${cached.from}` })).json<ChannelDirectory>();
  assert.deepEqual(cached, fresh);
});

test('kept until the next status change: equal to a fresh reading before it and after it', async () => {
  const cache = new DirectoryCache(t.db);
  // Monday 23 November 2026, 13:57 in Madrid: the main office closes at 14:00 (13:00Z).
  const read = Date.parse('2026-11-23T12:57:00Z');
  const first = await cache.directory(site, 'es', new Date(read));
  const firstValidity = cache.validity(first)!;
  assert.ok(firstValidity.maxAgeSeconds <= 180, `max-age ${firstValidity.maxAgeSeconds} s reaches past 14:00`);
  for (const minutes of [1, 2, 2.99]) {
    const at = new Date(read + minutes * 60_000);
    const answer = await cache.directory(site, 'es', at);
    assert.deepEqual(answer, await channelDirectory(t.db, site, 'es', at), `${minutes} min later`);
    assert.equal(cache.validity(answer)!.etag, firstValidity.etag, 'the same directory, from a later instant');
    assert.equal(cache.validity(answer)!.maxAgeSeconds, Math.floor(firstValidity.maxAgeSeconds - minutes * 60));
    assert.equal(answer.channels.find((channel) => channel.id === 'oficina-plaza-mayor')!.timeline[0]!.open, true);
  }
  const closed = new Date('2026-11-23T13:01:00Z');
  const afterClosing = await cache.directory(site, 'es', closed);
  assert.deepEqual(afterClosing, await channelDirectory(t.db, site, 'es', closed));
  assert.equal(afterClosing.channels.find((channel) => channel.id === 'oficina-plaza-mayor')!.timeline[0]!.open, false);
  assert.notEqual(cache.validity(afterClosing)!.etag, firstValidity.etag);
});

test('a change made behind its back shows once forgotten, or after five minutes at most', async () => {
  const cache = new DirectoryCache(t.db);
  // Monday 23 November 2026, 10:00 in Madrid, when no status changes for more than five minutes.
  const read = Date.parse('2026-11-23T09:00:00Z');
  const before = await cache.directory(site, 'es', new Date(read));
  assert.equal(cache.validity(before)!.maxAgeSeconds, MAX_AGE_MS / 1000);
  await t.db.query(
    `insert into closures (site_id, id, starts, ends, reasons, channels) values ('villaverde', 'cache-test', $1, $2, '{"es": "Prueba"}', '{chat}')`,
    ['2026-11-23T09:01:00Z', '2026-11-23T11:00:00Z'],
  );
  try {
    const kept = await cache.directory(site, 'es', new Date(read + 2 * 60_000));
    assert.ok(!kept.closures.some((closure) => closure.id === 'cache-test'), 'still the directory read at 10:00');
    const expired = await cache.directory(site, 'es', new Date(read + MAX_AGE_MS));
    assert.ok(expired.closures.some((closure) => closure.id === 'cache-test'), 'read again after five minutes');

    const other = new DirectoryCache(t.db);
    await other.directory(site, 'es', new Date(read));
    await t.db.query(`update closures set reasons = '{"es": "Otra razón"}' where id = 'cache-test'`);
    other.forget('villaverde');
    const forgotten = await other.directory(site, 'es', new Date(read + 60_000));
    assert.equal(forgotten.closures.find((closure) => closure.id === 'cache-test')!.reason, 'Otra razón');
  } finally {
    await t.db.query(`delete from closures where id = 'cache-test'`);
  }
});
