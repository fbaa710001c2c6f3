// The demo data: every site described in seed/sites/*.json (and, for tests, in the folders named
// by SEED_SITES). A site is seeded only when it does not exist yet, so seeding at every start is
// safe and never overwrites what an operator changed.
import { readdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Database } from '../db/database.ts';
import { addSite, readSiteFile, type SiteSeed } from '../sites/site-file.ts';
import { seedDemoFaq } from './faq.ts';

export type { FaqSeed, SiteSeed } from '../sites/site-file.ts';

export const seedFolder = new URL('../../seed/', import.meta.url);

export async function readSiteSeeds(folder = new URL('sites/', seedFolder)): Promise<SiteSeed[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map((name) => readSiteFile(new URL(name, folder))));
}

/** The demo's sites and those of each extra folder (a path, as SEED_SITES gives them). */
export async function readAllSiteSeeds(extraFolders: readonly string[] = []): Promise<SiteSeed[]> {
  const extra = await Promise.all(extraFolders.map((path) => readSiteSeeds(pathToFileURL(path.endsWith('/') ? path : `${path}/`))));
  return [...(await readSiteSeeds()), ...extra.flat()];
}

/** Seeds the sites that are missing; returns the ids of those it created. */
export async function seed(db: Database, sites?: SiteSeed[]): Promise<string[]> {
  const created: string[] = [];
  for (const site of sites ?? (await readSiteSeeds())) {
    if (await addSite(db, site)) created.push(site.id);
  }
  await seedDemoFaq(db);
  return created;
}
