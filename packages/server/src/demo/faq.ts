// The demo's FAQ: the Villaverde del Río articles (seed/faq-es.json, seed/faq-en.json) with the
// citizen's words for each (seed/faq-keywords-*.json) and questions citizens asked of each
// (seed/faq-questions-*.json), the synonyms a city hall would declare
// (seed/faq-synonyms-*.json), what it refers to other bodies (seed/faq-referrals-*.json), and
// one demo agent for the console. Seeded when missing, so it never overwrites what an operator
// changed.
import { readFile } from 'node:fs/promises';
import type { Lang } from '@ventanilla/protocol';
import type { Database } from '../db/database.ts';
import { importArticles, replaceSynonyms, withKeywords, withQuestions, type ArticleInput } from '../faq/import.ts';
import { replaceReferrals, type ReferralInput } from '../faq/referrals.ts';
import { createAgent } from '../agents/storage.ts';

const seedFolder = new URL('../../seed/', import.meta.url);

export const DEMO_SITE = 'villaverde';
/** The demo agent, documented in docs/faq-content.md; for demonstrations only. */
export const DEMO_AGENT = { email: 'agente@villaverdedelrio.example', name: 'Lucía Agente', password: 'villaverde-demo-2026' };

async function readJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(new URL(name, seedFolder), 'utf8')) as T;
}

export async function seedDemoFaq(db: Database): Promise<void> {
  const [site] = await db.query('select 1 from sites where id = $1', [DEMO_SITE]);
  if (!site) return;
  const [existing] = await db.query('select 1 from faq_corpora where site_id = $1', [DEMO_SITE]);
  if (!existing) {
    for (const lang of ['es', 'en'] satisfies Lang[]) {
      // Synonyms first: importing then indexes the articles with them.
      await replaceSynonyms(db, DEMO_SITE, lang, await readJson<string[][]>(`faq-synonyms-${lang}.json`));
      const articles = withQuestions(
        withKeywords(await readJson<ArticleInput[]>(`faq-${lang}.json`), await readJson<Record<string, string[]>>(`faq-keywords-${lang}.json`)),
        await readJson<Record<string, string[]>>(`faq-questions-${lang}.json`),
      );
      await importArticles(db, DEMO_SITE, lang, articles);
      await replaceReferrals(db, DEMO_SITE, lang, await readJson<ReferralInput[]>(`faq-referrals-${lang}.json`));
    }
  }
  const [agent] = await db.query('select 1 from agents where lower(email) = lower($1)', [DEMO_AGENT.email]);
  if (!agent) await createAgent(db, { ...DEMO_AGENT, siteIds: [DEMO_SITE] });
}
