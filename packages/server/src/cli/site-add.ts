// npm run site:add -- site.json [more.json...]
//
// Creates each site described in a site file (the format of packages/server/seed/sites/*.json,
// with an optional `faq` per language) in the database the server uses: DATABASE_URL, else PGlite
// in DATA_DIR (stop the server first: PGlite has one user at a time). A site whose id exists is
// left as it is and reported; a production database takes no origin on this machine.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '../db/migrate.ts';
import { addSite, readSiteFile, type SiteSeed } from '../sites/site-file.ts';
import { modeOf, openDatabaseFromEnv } from '../startup/environment.ts';
import { isLocalOrigin } from '../startup/production.ts';

const USAGE = 'Usage: npm run site:add -- <site.json> [more.json...]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', default: false } } });
  if (values.help) return console.log(USAGE);
  if (!positionals.length) throw new Error(USAGE);
  // npm runs scripts from the repository root; paths are meant from where the command was typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  const sites: SiteSeed[] = [];
  for (const path of positionals) sites.push(await readSiteFile(resolve(base, path)));
  if (modeOf(process.env) === 'production') {
    for (const site of sites) {
      const local = (site.allowedOrigins ?? []).filter(isLocalOrigin);
      if (local.length) throw new Error(`site "${site.id}" allows origins on this machine (${local.join(', ')}), which production never serves`);
    }
  }

  const db = await openDatabaseFromEnv(process.env);
  let existing = 0;
  try {
    await migrate(db);
    for (const site of sites) {
      if (await addSite(db, site)) console.log(`Created site "${site.id}" (${site.name}) with ${site.channels.length} channels.`);
      else {
        existing += 1;
        console.error(`Site "${site.id}" exists already: left as it is.`);
      }
    }
  } finally {
    await db.close();
  }
  if (existing) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
