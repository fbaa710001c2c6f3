// npm run agent:add -- --email <address> --name <name> --site <site> [--site <another>...]
//
// Creates an agent of the console for one or more sites, in the database the server uses
// (DATABASE_URL, else PGlite in DATA_DIR). The password is never an argument: it is read from
// AGENT_PASSWORD, asked for twice on a terminal, or read from the first line of stdin.
import { parseArgs } from 'node:util';
import { createAgent } from '../agents/storage.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabaseFromEnv } from '../startup/environment.ts';
import { readPassword } from './password-input.ts';

const USAGE = 'Usage: npm run agent:add -- --email <address> --name <name> --site <site> [--site <another>...] (password from AGENT_PASSWORD, the terminal or stdin)';
const MIN_PASSWORD = 12;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      site: { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const { email, name, site: sites } = values;
  if (!email || !name?.trim() || !sites?.length) throw new Error(USAGE);
  if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) throw new Error(`"${email}" is not an e-mail address.`);

  const password = await readPassword(process.env);
  if (password.length < MIN_PASSWORD) throw new Error(`The password must have at least ${MIN_PASSWORD} characters.`);
  const db = await openDatabaseFromEnv(process.env);
  try {
    await migrate(db);
    const known = new Set((await db.query<{ id: string }>('select id from sites where id = any($1)', [sites])).map((row) => row.id));
    const unknown = sites.filter((site) => !known.has(site));
    if (unknown.length) throw new Error(`No site ${unknown.map((site) => `"${site}"`).join(', ')}: create it first with npm run site:add -- site.json`);
    const [taken] = await db.query('select 1 from agents where lower(email) = lower($1)', [email.trim()]);
    if (taken) throw new Error(`An agent with the e-mail ${email.trim()} exists already.`);
    const agent = await createAgent(db, { email, name: name.trim(), password, siteIds: sites });
    console.log(`Created agent ${agent.email} (${agent.name}) for ${agent.siteIds.join(', ')}.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
