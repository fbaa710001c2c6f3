// What the search benchmark and the answer model's training share: the judged queries and the
// demo database they are judged against (the fixtures' articles with the seed's vocabulary,
// synonyms and referrals).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../packages/server/src/db/database.ts';
import { migrate } from '../../packages/server/src/db/migrate.ts';
import { seed } from '../../packages/server/src/demo/seed.ts';
import { importArticles, replaceSynonyms, withKeywords, withQuestions, type ArticleInput } from '../../packages/server/src/faq/import.ts';
import { replaceReferrals, type ReferralInput } from '../../packages/server/src/faq/referrals.ts';

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

/**
 * Questions citizens asked, from judged queries: each answerable one is a question of the articles
 * answering it, but for those stopped mid-word (a search on its way, not a question).
 */
export function questionsFrom(queries: readonly Query[]): Record<string, string[]> {
  const questions: Record<string, string[]> = {};
  for (const query of queries) {
    if (query.kind === 'prefix') continue;
    for (const id of query.relevant) {
      const list = (questions[id] ??= []);
      if (!list.includes(query.q)) list.push(query.q);
    }
  }
  return Object.fromEntries(Object.entries(questions).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The demo FAQ in Spanish, as the fixtures and the seed have it; with `questions`, those instead
 * of the seed's questions citizens asked (to measure a set of queries with its own left out).
 */
export async function demoDatabase(questions?: Record<string, string[]>): Promise<Database> {
  const db = await openDatabase({});
  await migrate(db);
  // The sites and departments; the demo FAQ it also seeds is replaced below by the fixtures.
  await seed(db);
  await replaceSynonyms(db, SITE, 'es', readJson<string[][]>(seedFolder + 'faq-synonyms-es.json'));
  await importDemoArticles(db, 'es', questions);
  await replaceReferrals(db, SITE, 'es', readJson<ReferralInput[]>(seedFolder + 'faq-referrals-es.json'));
  return db;
}

/** The demo's articles in a language with the seed's vocabulary, and the given questions or the seed's. */
export function demoArticles(lang: 'es' | 'en', questions?: Record<string, string[]>): ArticleInput[] {
  const articles = withKeywords(readJson<ArticleInput[]>(corpusFile(`faq-${lang}.json`)), readJson<Record<string, string[]>>(`${seedFolder}faq-keywords-${lang}.json`));
  return withQuestions(articles, questions ?? readJson<Record<string, string[]>>(`${seedFolder}faq-questions-${lang}.json`));
}

/** (Re)imports the demo's articles in a language, with the given questions or the seed's. */
export async function importDemoArticles(db: Database, lang: 'es' | 'en', questions?: Record<string, string[]>): Promise<void> {
  await importArticles(db, SITE, lang, demoArticles(lang, questions), { replace: true });
}

/** Queries are written in sets of this many, each by other people: what is left out together. */
export const SET_SIZE = 90;
