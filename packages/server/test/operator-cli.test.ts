// npm run migrate, site:add and agent:add, run as processes against a database of their own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { migrationFiles } from '../src/db/migrate.ts';
import { signIn } from '../src/agents/storage.ts';
import type { SiteSeed } from '../src/sites/site-file.ts';
import { commandBench, type CommandBench } from './operator-commands.ts';

const villaverde = JSON.parse(await readFile(new URL('../seed/sites/villaverde.json', import.meta.url), 'utf8')) as SiteSeed;
/** A body's own site: the demo's directory under another id, served from its own origin only. */
const ownSite: SiteSeed = { ...villaverde, id: 'ayto-prueba', name: 'Ayuntamiento de Prueba', allowedOrigins: ['https://www.prueba.example'] };
const PASSWORD = 'una-clave-larga-de-prueba';

describe('npm run migrate', () => {
  let bench: CommandBench;
  before(async () => (bench = await commandBench()));
  after(() => bench.dispose());

  test('applies every migration once, and says so; a second run has nothing to do', { timeout: 60_000 }, async () => {
    const expected = [...(await migrationFiles()).keys()];
    const first = await bench.run('cli/migrate.ts', []);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout.trim(), `Applied ${expected.length} migrations: ${expected.join(', ')}.`);
    const second = await bench.run('cli/migrate.ts', []);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout.trim(), 'The database is up to date.');
    const sites = await bench.inspect((db) => db.query('select id from sites'));
    assert.deepEqual(sites, [], 'migrating seeds nothing');
  });

  test('in production it refuses a database that is not named', async () => {
    const outcome = await bench.run('cli/migrate.ts', [], { env: { NODE_ENV: 'production', DATA_DIR: undefined, DATABASE_URL: undefined } });
    assert.equal(outcome.code, 1);
    assert.match(outcome.stderr, /DATABASE_URL .* or DATA_DIR/);
  });
});

describe('npm run site:add', () => {
  let bench: CommandBench;
  before(async () => (bench = await commandBench()));
  after(() => bench.dispose());

  test('creates the site of a site file with its channels, and no demo agent', { timeout: 60_000 }, async () => {
    await bench.write('prueba.json', JSON.stringify(ownSite));
    const outcome = await bench.run('cli/site-add.ts', ['prueba.json'], { env: { NODE_ENV: 'production' } });
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.equal(outcome.stdout.trim(), `Created site "ayto-prueba" (Ayuntamiento de Prueba) with ${ownSite.channels.length} channels.`);
    const [site] = await bench.inspect((db) => db.query<{ name: string; allowed_origins: string[] }>("select name, allowed_origins from sites where id = 'ayto-prueba'"));
    assert.deepEqual(site, { name: 'Ayuntamiento de Prueba', allowed_origins: ['https://www.prueba.example'] });
    const counts = await bench.inspect(async (db) => ({
      channels: (await db.query("select 1 from channels where site_id = 'ayto-prueba'")).length,
      agents: (await db.query('select 1 from agents')).length,
    }));
    assert.deepEqual(counts, { channels: ownSite.channels.length, agents: 0 });
  });

  test('leaves an existing site as it is and fails', { timeout: 60_000 }, async () => {
    await bench.write('renamed.json', JSON.stringify({ ...ownSite, name: 'Otro nombre', channels: [] }));
    const outcome = await bench.run('cli/site-add.ts', ['renamed.json']);
    assert.equal(outcome.code, 1);
    assert.match(outcome.stderr, /Site "ayto-prueba" exists already: left as it is\./);
    const [site] = await bench.inspect((db) => db.query<{ name: string }>("select name from sites where id = 'ayto-prueba'"));
    assert.equal(site?.name, 'Ayuntamiento de Prueba');
  });

  test('in production it refuses origins on the machine itself, such as the demo site\'s, and creates nothing', { timeout: 60_000 }, async () => {
    await bench.write('demo.json', JSON.stringify(villaverde));
    const outcome = await bench.run('cli/site-add.ts', ['demo.json'], { env: { NODE_ENV: 'production' } });
    assert.equal(outcome.code, 1);
    assert.match(outcome.stderr, /site "villaverde" allows origins on this machine \(http:\/\/localhost:\*, http:\/\/127\.0\.0\.1:\*, http:\/\/\[::1\]:\*\)/);
    const sites = await bench.inspect((db) => db.query("select 1 from sites where id = 'villaverde'"));
    assert.equal(sites.length, 0);
  });
});

describe('npm run agent:add', () => {
  let bench: CommandBench;
  before(async () => {
    bench = await commandBench();
    await bench.write('prueba.json', JSON.stringify(ownSite));
    const created = await bench.run('cli/site-add.ts', ['prueba.json']);
    assert.equal(created.code, 0, created.stderr);
  });
  after(() => bench.dispose());
  const args = ['--email', 'Ana@Prueba.example', '--name', 'Ana Prueba', '--site', 'ayto-prueba'];

  test('creates an agent for the site with the password read from stdin, who can then sign in', { timeout: 60_000 }, async () => {
    const outcome = await bench.run('cli/agent-add.ts', args, { input: `${PASSWORD}\n` });
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.equal(outcome.stdout.trim(), 'Created agent Ana@Prueba.example (Ana Prueba) for ayto-prueba.');
    const session = await bench.inspect((db) => signIn(db, 'ana@prueba.example', PASSWORD));
    assert.deepEqual(session?.agent.siteIds, ['ayto-prueba']);
  });

  test('reads the password from AGENT_PASSWORD', { timeout: 60_000 }, async () => {
    const outcome = await bench.run('cli/agent-add.ts', ['--email', 'luis@prueba.example', '--name', 'Luis', '--site', 'ayto-prueba'], { env: { AGENT_PASSWORD: `${PASSWORD}-2` } });
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.ok(await bench.inspect((db) => signIn(db, 'luis@prueba.example', `${PASSWORD}-2`)));
  });

  test('refuses a second agent with the same e-mail, an unknown site and a short password, creating none', { timeout: 60_000 }, async () => {
    const twice = await bench.run('cli/agent-add.ts', ['--email', 'ana@prueba.example', '--name', 'Otra', '--site', 'ayto-prueba'], { input: `${PASSWORD}\n` });
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /An agent with the e-mail ana@prueba\.example exists already\./);
    const unknown = await bench.run('cli/agent-add.ts', ['--email', 'eva@prueba.example', '--name', 'Eva', '--site', 'no-existe'], { input: `${PASSWORD}\n` });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No site "no-existe": create it first with npm run site:add/);
    const short = await bench.run('cli/agent-add.ts', ['--email', 'eva@prueba.example', '--name', 'Eva', '--site', 'ayto-prueba'], { input: 'corta\n' });
    assert.equal(short.code, 1);
    assert.match(short.stderr, /at least 12 characters/);
    const emails = await bench.inspect((db) => db.query<{ email: string }>('select email from agents order by email'));
    assert.deepEqual(emails.map((row) => row.email), ['Ana@Prueba.example', 'luis@prueba.example']);
  });

  test('refuses a password given as an argument', async () => {
    const outcome = await bench.run('cli/agent-add.ts', [...args, '--password', PASSWORD]);
    assert.equal(outcome.code, 1);
    assert.match(outcome.stderr, /Unknown option '--password'/);
  });
});
