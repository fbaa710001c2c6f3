// The server on the demo's FAQ for the search tests of one stage: the demo's articles with their
// vocabulary and synonyms, but none of the questions citizens asked, so that no test passes
// because its query is word for word one of the demo's questions (those have their own tests).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { readFile } from 'node:fs/promises';
import type { SearchHit, SearchResults } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import type { Database } from '../src/db/database.ts';
import { importArticles, withKeywords, withQuestions, type ArticleInput } from '../src/faq/import.ts';

const seedFile = async <T>(name: string): Promise<T> => JSON.parse(await readFile(new URL(`../seed/${name}`, import.meta.url), 'utf8')) as T;

/** Imports the demo's articles again, with their keywords and without any question citizens asked. */
export async function demoWithoutQuestions(db: Database): Promise<void> {
  for (const lang of ['es', 'en'] as const) {
    const articles = withKeywords(await seedFile<ArticleInput[]>(`faq-${lang}.json`), await seedFile<Record<string, string[]>>(`faq-keywords-${lang}.json`));
    await importArticles(db, 'villaverde', lang, articles, { replace: true });
  }
  const [asked] = await db.query<{ count: number }>('select count(*)::int as count from faq_questions');
  assert.equal(asked?.count, 0, 'no question citizens asked is left');
}

/** Imports the demo's articles again as the seed does, with their questions. */
export async function seedDemoFaqAgain(db: Database): Promise<void> {
  for (const lang of ['es', 'en'] as const) {
    const articles = withKeywords(await seedFile<ArticleInput[]>(`faq-${lang}.json`), await seedFile<Record<string, string[]>>(`faq-keywords-${lang}.json`));
    await importArticles(db, 'villaverde', lang, withQuestions(articles, await seedFile<Record<string, string[]>>(`faq-questions-${lang}.json`)), { replace: true });
  }
}

export async function startSearchApp(): Promise<TestApp> {
  const t = await startTestApp({ config: { globalLimit: { max: 10_000, windowMs: 60_000 } } });
  await demoWithoutQuestions(t.db);
  return t;
}

/** GET /v1/faq/search, checked against the contract and for echoing the query. */
export async function searchBody(t: TestApp, q: string, params: Record<string, string> = {}): Promise<SearchResults> {
  const response = await t.request({ method: 'GET', url: `/v1/faq/search?${new URLSearchParams({ q, ...params })}` });
  assert.equal(response.statusCode, 200, response.body);
  const body = response.json() as SearchResults;
  assert.equal(body.query, q);
  return body;
}

/**
 * The search app of one test file, started before its tests and closed after them: `app()` is
 * the running app, `search` its hits for a query.
 */
export function searchAppPerFile(): { app: () => TestApp; search: (q: string, params?: Record<string, string>) => Promise<SearchHit[]> } {
  let t: TestApp;
  before(async () => {
    t = await startSearchApp();
  });
  after(() => t.close());
  return { app: () => t, search: async (q, params = {}) => (await searchBody(t, q, params)).results };
}

export const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.id);
