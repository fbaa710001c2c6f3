// What the search benchmark and the answer model's training share: the judged queries and the
// demo database they are judged against (the fixtures' articles with the seed's vocabulary,
// synonyms and referrals).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../packages/server/src/storage/database.ts';
import { migrate } from '../../packages/server/src/storage/migrate.ts';
import { seed } from '../../packages/server/src/storage/seed.ts';
import { importArticles, replaceSynonyms, withKeywords, type ArticleInput } from '../../packages/server/src/storage/faq-import.ts';
import { replaceReferrals, type ReferralInput } from '../../packages/server/src/storage/faq-referrals.ts';

export interface Query {
  q: string;
  /** The articles that answer it, best first; none for a question no article answers. */
  relevant: string[];
  kind: string;
}

export const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const sharedFixtures = here('../../../shared/fixtures/');
export const seedFolder = here('../../packages/server/seed/');
export const SITE = 'villaverde';

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The shared fixtures when this checkout sits next to them; the repository's copies otherwise. */
export function corpusFile(name: string): string {
  return existsSync(sharedFixtures + name) ? sharedFixtures + name : seedFolder + name;
}

export async function demoDatabase(): Promise<Database> {
  const db = await openDatabase({});
  await migrate(db);
  // The sites and departments; the demo FAQ it also seeds is replaced below by the fixtures.
  await seed(db);
  await replaceSynonyms(db, SITE, 'es', readJson<string[][]>(seedFolder + 'faq-synonyms-es.json'));
  const keywords = readJson<Record<string, string[]>>(seedFolder + 'faq-keywords-es.json');
  await importArticles(db, SITE, 'es', withKeywords(readJson<ArticleInput[]>(corpusFile('faq-es.json')), keywords), { replace: true });
  await replaceReferrals(db, SITE, 'es', readJson<ReferralInput[]>(seedFolder + 'faq-referrals-es.json'));
  return db;
}
