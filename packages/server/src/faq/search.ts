// Searching the FAQ: what the routes, the bench and `npm run faq:explain` call. The search itself
// is the pipeline of search/pipeline.ts (its stages, in order, and the SQL functions each uses);
// its settings are in search/settings.ts.
import type { SearchHit, SearchResults } from '@ventanilla/protocol';
import type { Queryable } from '../db/database.ts';
import type { AnswerModel } from './search/answer-model.ts';
import { ANSWER_MODEL } from './search/answer-model.weights.ts';
import { explainSearch, rankArticles as rankAll, runSearch } from './search/pipeline.ts';
import type { CorpusSearch, RankedArticle, SearchRequest } from './search/search-types.ts';
import type { SearchTrace } from './search/trace.ts';

export type { CorpusSearch, RankedArticle, SearchReferral, SearchRequest } from './search/search-types.ts';
export type { SearchTrace } from './search/trace.ts';

/** Every article judged worth showing, best first (no snippets yet), and how each corpus read the query. */
export function rankArticles(db: Queryable, request: SearchRequest, model: AnswerModel | null = ANSWER_MODEL): Promise<{ ranked: RankedArticle[]; searches: CorpusSearch[] }> {
  return rankAll(db, request, model);
}

/** What GET /v1/faq/search answers: the results, or none and a referral to whoever handles it. */
export function answerSearch(db: Queryable, request: SearchRequest, model: AnswerModel | null = ANSWER_MODEL): Promise<Pick<SearchResults, 'results' | 'referral'>> {
  return runSearch(db, request, model);
}

/** The results of a search, best first; none when nothing fits or another body handles it. */
export async function searchFaq(db: Queryable, request: SearchRequest): Promise<SearchHit[]> {
  return (await answerSearch(db, request)).results;
}

/** The same answer with the trace of every stage: why the search got what it got. */
export function explainFaqSearch(
  db: Queryable,
  request: SearchRequest,
  model: AnswerModel | null = ANSWER_MODEL,
): Promise<Pick<SearchResults, 'results' | 'referral'> & { trace: SearchTrace }> {
  return explainSearch(db, request, model);
}
