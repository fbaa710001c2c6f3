// The FAQ: search as the citizen types, topics, article lists, one article, "was this helpful?".
import type { FastifyInstance } from 'fastify';
import type { ArticleFeedbackInput, ArticleList, Lang, SearchResults, TopicList } from '@ventanilla/protocol';
import { routeSchema } from '../http/contract.ts';
import { idempotent } from '../idempotency/idempotent.ts';
import { HttpProblem } from '../http/problems.ts';
import { answerSearch } from './search.ts';
import { articleExists, insertFeedback, listArticles, listTopics, readArticle, recordUnansweredSearch } from './articles.ts';
import { normalizeQuery } from './search/text.ts';

/** Shorter settled queries are not worth reporting as unanswered ("pa", "ay"). */
const REPORTED_FROM_LENGTH = 3;

export async function faqRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/faq/search', { schema: routeSchema('searchFaq') }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    const { q, lang = 'es', topic, limit, final } = request.query as { q: string; lang?: Lang; topic?: string; limit: number; final: boolean };
    // As typed: a last word without a space after it may be unfinished.
    const { results, referral } = await answerSearch(app.db, { site: site.id, lang, query: q, topic, limit });
    // While the citizen types, nothing is recorded; a settled query that found nothing is counted
    // (referred elsewhere or not: the report shows editors what citizens ask for and do not find).
    const normalized = normalizeQuery(q);
    if (final && !results.length && normalized.length >= REPORTED_FROM_LENGTH) {
      await recordUnansweredSearch(app.db, site.id, site.timeZone, lang, normalized);
    }
    reply.header('cache-control', final ? 'no-store' : 'public, max-age=60');
    const body: SearchResults = { query: q, lang, results, ...(referral ? { referral } : {}) };
    return body;
  });

  app.get('/v1/faq/topics', { schema: routeSchema('listFaqTopics') }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    const { lang = 'es' } = request.query as { lang?: Lang };
    reply.header('cache-control', 'public, max-age=300');
    const body: TopicList = { lang, topics: await listTopics(app.db, site.id, lang) };
    return body;
  });

  app.get('/v1/faq/articles', { schema: routeSchema('listFaqArticles') }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    const { lang = 'es', topic, sort, limit } = request.query as { lang?: Lang; topic?: string; sort: 'popular' | 'title'; limit: number };
    reply.header('cache-control', 'public, max-age=300');
    const body: ArticleList = { lang, articles: await listArticles(app.db, site.id, lang, { topic, sort, limit }) };
    return body;
  });

  app.get('/v1/faq/articles/:articleId', { schema: routeSchema('getFaqArticle') }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    const { lang = 'es' } = request.query as { lang?: Lang };
    const { articleId } = request.params as { articleId: string };
    const article = await readArticle(app.db, site.id, lang, articleId);
    if (!article) throw unknownArticle(articleId);
    // Every reading is counted (for "most consulted"), so caches must ask each time.
    reply.header('cache-control', 'no-cache');
    return article;
  });

  app.post('/v1/faq/articles/:articleId/feedback', { schema: routeSchema('createArticleFeedback') }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    const { articleId } = request.params as { articleId: string };
    const input = request.body as ArticleFeedbackInput;
    return idempotent(request, reply, `createArticleFeedback:${site.id}:${articleId}`, async (tx) => {
      if (!(await articleExists(tx, site.id, articleId))) throw unknownArticle(articleId);
      return { status: 201, body: await insertFeedback(tx, site.id, articleId, input) };
    });
  });
}

function unknownArticle(id: string): HttpProblem {
  return new HttpProblem(404, { type: 'unknown-article', title: 'Unknown article', detail: `There is no article "${id}".` });
}
