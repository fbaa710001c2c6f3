// The FAQ: search as the citizen types, topics, article lists, one article, "was this helpful?".
import type { FastifyInstance } from 'fastify';
import { declareRoute } from '../http/route.ts';
import { idempotent } from '../idempotency/idempotent.ts';
import { HttpProblem } from '../http/problems.ts';
import { answerSearch } from './search.ts';
import { articleExists, insertFeedback, listArticles, listTopics, readArticle, recordUnansweredSearch } from './articles.ts';
import { normalizeQuery } from './search/text.ts';

/** Shorter settled queries are not worth reporting as unanswered ("pa", "ay"). */
const REPORTED_FROM_LENGTH = 3;

export async function faqRoutes(app: FastifyInstance): Promise<void> {
  declareRoute(app, 'searchFaq', {
    cache: ({ query }) => (query.final ? 'no-store' : 'public, max-age=60'),
    handler: async ({ site, query: { q, lang = 'es', topic, limit, final } }) => {
      // As typed: a last word without a space after it may be unfinished.
      const { results, referral } = await answerSearch(app.db, { site: site.id, lang, query: q, topic, limit });
      // While the citizen types, nothing is recorded; a settled query that found nothing is counted
      // (referred elsewhere or not: the report shows editors what citizens ask for and do not find).
      const normalized = normalizeQuery(q);
      if (final && !results.length && normalized.length >= REPORTED_FROM_LENGTH) {
        await recordUnansweredSearch(app.db, site.id, site.timeZone, lang, normalized);
      }
      return { query: q, lang, results, ...(referral ? { referral } : {}) };
    },
  });

  declareRoute(app, 'listFaqTopics', {
    cache: 'public, max-age=300',
    handler: async ({ site, query: { lang = 'es' } }) => ({ lang, topics: await listTopics(app.db, site.id, lang) }),
  });

  declareRoute(app, 'listFaqArticles', {
    cache: 'public, max-age=300',
    handler: async ({ site, query: { lang = 'es', topic, sort, limit } }) => ({
      lang,
      articles: await listArticles(app.db, site.id, lang, { topic, sort, limit }),
    }),
  });

  declareRoute(app, 'getFaqArticle', {
    // Every reading is counted (for "most consulted"), so caches must ask each time.
    cache: 'no-cache',
    handler: async ({ site, query: { lang = 'es' }, params: { articleId } }) => {
      const article = await readArticle(app.db, site.id, lang, articleId);
      if (!article) throw unknownArticle(articleId);
      return article;
    },
  });

  declareRoute(app, 'createArticleFeedback', {
    handler: async ({ site, params: { articleId }, body, request, reply }) =>
      idempotent(request, reply, `createArticleFeedback:${site.id}:${articleId}`, async (tx) => {
        if (!(await articleExists(tx, site.id, articleId))) throw unknownArticle(articleId);
        return { status: 201, body: await insertFeedback(tx, site.id, articleId, body) };
      }),
  });
}

function unknownArticle(id: string): HttpProblem {
  return new HttpProblem(404, { type: 'unknown-article', title: 'Unknown article', detail: `There is no article "${id}".` });
}
