import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChannelDirectory, Site } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import { yearIn } from '../src/channels/storage.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function directory(query = ''): Promise<ChannelDirectory> {
  const response = await t.request({ url: `/v1/channels${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

test('GET /v1/site describes the default site, and ?site= picks another', async () => {
  const response = await t.request({ url: '/v1/site' });
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json<Site>(), {
    id: 'villaverde',
    name: 'Ayuntamiento de Villaverde del Río',
    timeZone: 'Europe/Madrid',
    languages: ['es', 'en', 'pt'],
  });
  const other = await t.request({ url: '/v1/site?site=galeria-nombres-largos' });
  assert.equal(other.json<Site>().id, 'galeria-nombres-largos');
});

test('an unknown site is a 404 problem, for the site and its channels', async () => {
  for (const url of ['/v1/site?site=no-such-body', '/v1/channels?site=no-such-body']) {
    const response = await t.request({ url });
    assert.equal(response.statusCode, 404);
    assert.match(response.json().detail, /no-such-body/);
  }
});

test('the demo directory lists every kind of channel in a stable order, cacheable for 5 minutes at most', async () => {
  const response = await t.request({ url: '/v1/channels' });
  // Less when a channel opens or closes sooner (channel-directory-cache.test.ts).
  const maxAge = /^public, max-age=(\d+)$/.exec(String(response.headers['cache-control']));
  assert.ok(maxAge && Number(maxAge[1]) <= 300, String(response.headers['cache-control']));
  const body = response.json<ChannelDirectory>();
  assert.equal(body.site, 'villaverde');
  assert.equal(body.lang, 'es');
  assert.equal(body.timeZone, 'Europe/Madrid');
  assert.deepEqual(
    body.channels.map((channel) => channel.id),
    ['telefono-010', 'correo', 'chat', 'whatsapp', 'oficina-plaza-mayor', 'oficina-la-vega', 'videollamada-lse'],
  );
  const byId = new Map(body.channels.map((channel) => [channel.id, channel]));
  assert.equal(byId.get('telefono-010')!.href, 'tel:010');
  assert.equal(byId.get('correo')!.schedule.alwaysOpen, true);
  assert.equal(byId.get('correo')!.href, 'mailto:atencion@villaverdedelrio.example');
  const office = byId.get('oficina-plaza-mayor')!;
  assert.match(office.address!.mapUrl!, /^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
  // Thursday afternoons the offices open again.
  assert.deepEqual(office.schedule.weekly.filter((interval) => interval.day === 4).map((i) => `${i.opens}-${i.closes}`), ['09:00-14:00', '16:30-19:00']);
  assert.deepEqual([...new Set(byId.get('videollamada-lse')!.schedule.weekly.map((i) => i.day))], [2, 4]);
});

test('texts follow ?lang=, with Spanish where a translation is missing', async () => {
  const english = await directory('?lang=en');
  assert.equal(english.lang, 'en');
  assert.equal(english.channels.find((channel) => channel.id === 'telefono-010')!.name, 'Phone 010');
  const portuguese = await directory('?lang=pt');
  assert.equal(portuguese.channels.find((channel) => channel.id === 'correo')!.name, 'Correio eletrónico');

  await t.db.query(
    `insert into channels (site_id, id, position, kind, names, descriptions, weekly)
     values ('villaverde', 'solo-castellano', 99, 'sms', '{"es": "Mensajes SMS"}', '{"es": "Sólo en castellano."}', '[]')`,
  );
  t.app.channelDirectories.forget('villaverde');
  try {
    const fallback = (await directory('?lang=en')).channels.at(-1)!;
    assert.equal(fallback.id, 'solo-castellano');
    assert.equal(fallback.name, 'Mensajes SMS');
    assert.equal(fallback.description, 'Sólo en castellano.');
  } finally {
    await t.db.query("delete from channels where site_id = 'villaverde' and id = 'solo-castellano'");
    t.app.channelDirectories.forget('villaverde');
  }
});

test('holidays of this year and the next; closures that have not ended', async () => {
  const year = yearIn('Europe/Madrid', new Date());
  const day = 24 * 60 * 60 * 1000;
  await t.db.query(
    `insert into holidays (site_id, day, names) values
       ('villaverde', $1, '{"es": "Fiesta de este año"}'),
       ('villaverde', $2, '{"es": "Fiesta del año que viene", "en": "Next year''s holiday"}'),
       ('villaverde', $3, '{"es": "Fiesta lejana"}'),
       ('villaverde', $4, '{"es": "Fiesta pasada"}')
     on conflict do nothing`,
    [`${year}-06-30`, `${year + 1}-06-30`, `${year + 2}-06-30`, `${year - 1}-06-30`],
  );
  await t.db.query(
    `insert into closures (site_id, id, starts, ends, reasons, channels) values
       ('villaverde', 'test-ended', $1, $2, '{"es": "Ya pasó"}', '{}'),
       ('villaverde', 'test-ongoing', $2, $3, '{"es": "En curso", "pt": "Em curso"}', '{chat}')`,
    [new Date(Date.now() - 3 * day).toISOString(), new Date(Date.now() - day).toISOString(), new Date(Date.now() + day).toISOString()],
  );
  t.app.channelDirectories.forget('villaverde');
  const body = await directory('?lang=en');
  const dates = body.holidays.map((holiday) => holiday.date);
  assert.ok(dates.includes(`${year}-06-30`) && dates.includes(`${year + 1}-06-30`));
  assert.ok(dates.every((date) => date.startsWith(String(year)) || date.startsWith(String(year + 1))), dates.join());
  assert.deepEqual(dates, [...dates].sort(), 'in date order');
  assert.equal(body.holidays.find((holiday) => holiday.date === `${year + 1}-06-30`)!.name, "Next year's holiday");
  assert.ok(!body.closures.some((closure) => closure.id === 'test-ended'));
  const ongoing = body.closures.find((closure) => closure.id === 'test-ongoing')!;
  assert.equal(ongoing.reason, 'En curso');
  assert.deepEqual(ongoing.channels, ['chat']);
});

test('the gallery site has long texts and its own channels', async () => {
  const body = await directory('?site=galeria-nombres-largos');
  assert.equal(body.site, 'galeria-nombres-largos');
  assert.ok(body.channels.length >= 4);
  assert.ok(body.channels.every((channel) => channel.name.length > 80), 'every name is long');
  assert.ok(body.channels.some((channel) => (channel.address?.street.length ?? 0) > 120));
});

test('an invalid query is a 400 problem pointing at the parameter', async () => {
  const response = await t.request({ url: '/v1/channels?lang=klingon&site=Not_A_Slug' });
  assert.equal(response.statusCode, 400);
  const problem = response.json();
  assert.deepEqual(problem.errors.map((error: { pointer: string }) => error.pointer).sort(), ['/query/lang', '/query/site']);
});

test('each channel carries its status timeline for two days from now, or from ?at=', async () => {
  const before = Date.now();
  const now = await directory();
  assert.ok(Date.parse(now.from) >= before - 1000 && Date.parse(now.from) <= Date.now());
  assert.equal(Date.parse(now.until) - Date.parse(now.from), 48 * 3600_000);

  // Monday 23 November 2026, 13:00 in Madrid: the main office is open until 14:00.
  const monday = await directory('?at=2026-11-23T12:00:00Z');
  assert.equal(monday.from, '2026-11-23T12:00:00.000Z');
  assert.equal(monday.until, '2026-11-25T12:00:00.000Z');
  const office = monday.channels.find((channel) => channel.id === 'oficina-plaza-mayor')!;
  assert.deepEqual(office.timeline.slice(0, 3), [
    { from: '2026-11-23T12:00:00.000Z', open: true, reason: 'hours', until: '2026-11-23T13:00:00.000Z' },
    { from: '2026-11-23T13:00:00.000Z', open: false, reason: 'hours', until: '2026-11-24T08:00:00.000Z' },
    { from: '2026-11-24T08:00:00.000Z', open: true, reason: 'hours', until: '2026-11-24T13:00:00.000Z' },
  ]);
  for (const channel of monday.channels) {
    const starts = channel.timeline.map((period) => Date.parse(period.from));
    assert.equal(starts[0], Date.parse(monday.from), channel.id);
    assert.ok(starts.every((start, index) => index === 0 || start > starts[index - 1]!), `${channel.id}: in order`);
    assert.ok(starts.every((start) => start < Date.parse(monday.until)), `${channel.id}: within the window`);
  }
  const email = monday.channels.find((channel) => channel.id === 'correo')!;
  assert.deepEqual(email.timeline, [{ from: '2026-11-23T12:00:00.000Z', open: true, reason: 'always' }]);
});

test('timelines name the holiday and the closure that close a channel, in the asked language', async () => {
  const christmas = await directory('?at=2026-12-25T09:00:00Z&lang=en');
  const phone = christmas.channels.find((channel) => channel.id === 'telefono-010')!;
  assert.equal(phone.timeline[0]!.open, false);
  assert.equal(phone.timeline[0]!.reason, 'holiday');
  assert.equal(phone.timeline[0]!.holiday, christmas.holidays.find((holiday) => holiday.date === '2026-12-25')!.name);
  assert.ok(phone.timeline[0]!.until! > '2026-12-26', 'it opens after the holiday');

  const works = await directory('?at=2026-12-10T09:00:00Z');
  const closed = works.channels.flatMap((channel) => channel.timeline.filter((period) => period.reason === 'closure'));
  assert.ok(closed.length > 0, 'the demo closure closes some channel on 10 December 2026');
  assert.ok(closed.every((period) => !period.open && period.closure === works.closures[0]!.reason));
});

test('?at= must be an instant', async () => {
  const response = await t.request({ url: '/v1/channels?at=tomorrow' });
  assert.equal(response.statusCode, 400);
  assert.deepEqual(response.json().errors.map((error: { pointer: string }) => error.pointer), ['/query/at']);
});
