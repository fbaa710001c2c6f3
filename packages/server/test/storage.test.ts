import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshDatabase, type TestDatabase } from './database.ts';
import { migrate, migrationFiles } from '../src/db/migrate.ts';
import { readSiteSeeds, seed } from '../src/demo/seed.ts';

let t: TestDatabase;
before(async () => {
  t = await freshDatabase();
});
after(() => t.drop());

async function count(table: string): Promise<number> {
  const [row] = await t.db.query<{ count: number }>(`select count(*)::int as count from ${table}`);
  return row!.count;
}

test('migrations apply once: a second run applies nothing', async () => {
  const files = [...(await migrationFiles()).keys()];
  assert.deepEqual(files, [...files].sort(), 'in the order of their names');
  for (const name of ['001-core.sql', '002-faq.sql', '003-agents.sql', '004-faq-referrals.sql', '005-faq-questions.sql']) {
    assert.ok(files.includes(name), `${name} is found in its feature folder`);
  }
  const [first, concurrent] = await Promise.all([migrate(t.db), migrate(t.db)]);
  assert.deepEqual([...first!, ...concurrent!].sort(), files, 'two migrations at once apply each file once');
  assert.deepEqual(await migrate(t.db), []);
  assert.equal(await count('schema_migrations'), files.length);
});

test('the seed creates the demo sites once and never overwrites them', async () => {
  const created = await seed(t.db);
  assert.deepEqual(created.sort(), ['galeria-nombres-largos', 'villaverde']);
  const tables = ['sites', 'departments', 'channels', 'holidays', 'closures'];
  const counts = await Promise.all(tables.map(count));
  await t.db.query("update sites set name = 'Ayuntamiento (nombre cambiado)' where id = 'villaverde'");

  assert.deepEqual(await seed(t.db), []);
  assert.deepEqual(await Promise.all(tables.map(count)), counts);
  const [site] = await t.db.query<{ name: string }>("select name from sites where id = 'villaverde'");
  assert.equal(site!.name, 'Ayuntamiento (nombre cambiado)');
});

test('the demo data is complete: ten departments, three languages everywhere', async () => {
  const departments = await t.db.query<{ id: string; names: Record<string, string> }>(
    "select id, names from departments where site_id = 'villaverde' order by position",
  );
  assert.deepEqual(
    departments.map((department) => department.id),
    ['padron', 'tributos', 'urbanismo', 'servicios-sociales', 'movilidad', 'medio-ambiente', 'cultura-deportes', 'registro', 'empleo', 'atencion'],
  );
  for (const site of await readSiteSeeds()) {
    const texts = [
      ...site.departments.map((department) => department.names),
      ...site.channels.flatMap((channel) => [channel.names, channel.descriptions]),
      ...site.holidays.map((holiday) => holiday.names),
      ...site.closures.map((closure) => closure.reasons),
    ];
    for (const text of texts) assert.deepEqual(Object.keys(text ?? {}).sort(), ['en', 'es', 'pt'], JSON.stringify(text));
  }
  const holidays = await t.db.query<{ year: number; count: number }>(
    "select extract(year from day)::int as year, count(*)::int as count from holidays where site_id = 'villaverde' group by 1 order by 1",
  );
  assert.deepEqual(holidays.map((row) => row.year), [2026, 2027]);
  assert.ok(holidays.every((row) => row.count >= 14), 'national, regional and local holidays each year');
});
