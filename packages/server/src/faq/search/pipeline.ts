// The FAQ search, as the ordered stages it runs. Per corpus (a site's articles in one language;
// Spanish also stands in for another language's missing articles), then once for the request:
//
//   stage          module            what it does                                         SQL function (migrations/002-faq.sql)
//   1 analyse      analyse.ts        the words: stems, stop words, known to the corpus     faq_analyze
//   2 expand       expand.ts         each word's stems: corrections, completions, synonyms faq_corrections, faq_completions (only when needed)
//   3 match        match.ts          candidates from the postings' heads; close questions  faq_posting_heads (questions: in memory)
//   4 score        score.ts          each candidate's exact evidence, rank and confidence  faq_candidates
//   5 decide       decide.ts         whether the query has an answer: rules or model       —
//   6 place-asked  place-asked.ts    the article of the closest question citizens asked    —
//   — the corpora's results are merged, best first —
//   7 refer        refer.ts          "not our service": a referral instead of results      — (the referral list: faq_referrals)
//   8 present      present.ts        the first results, their snippets, a clear lead       faq_snippet_sources
//
// Every threshold and weight is in settings.ts. With a trace (trace.ts) each stage also records its
// candidates, scores and the named rule that decided; without one, nothing of it is built.
import type { Lang, SearchResults } from '@ventanilla/protocol';
import type { Queryable } from '../../db/database.ts';
import { analyse, queryTokens } from './analyse.ts';
import type { AnswerModel } from './answer-model.ts';
import { decide } from './decide.ts';
import { expand } from './expand.ts';
import { match } from './match.ts';
import { placeAsked } from './place-asked.ts';
import { present } from './present.ts';
import { refer } from './refer.ts';
import { score } from './score.ts';
import { byRank, type CorpusSearch, type RankedArticle, type SearchRequest } from './search-types.ts';
import { corpusTrace, outcomeOf } from './trace-build.ts';
import { RuleLog, rounded, type CorpusTrace, type SearchTrace } from './trace.ts';

/** The stages, in the order they run. */
export const STAGES = ['analyse', 'expand', 'match', 'score', 'decide', 'place-asked', 'refer', 'present'] as const;

/** Stages 1–4 on one corpus; undefined when it has no articles or the query no words. */
async function searchCorpus(db: Queryable, request: SearchRequest, lang: Lang, translatedIn: Lang | undefined, trace?: CorpusTrace[]): Promise<CorpusSearch | undefined> {
  const { words, lastOpen } = queryTokens(request.query);
  if (!words.length) return undefined;
  const analysis = await analyse(db, request.site, lang, words);
  if (!analysis) return undefined;
  const { corpus } = analysis;
  const { plan, words: indexed } = await expand(db, analysis, lastOpen);
  const { matched, asked } = await match(db, corpus, plan, request.topic);
  const { ranked, headlines } = await score(db, corpus, plan, matched.map(([doc]) => doc), asked, translatedIn);
  const search: CorpusSearch = { corpus, plan, ranked, words: indexed, purpose: analysis.purpose, headlines };
  trace?.push(corpusTrace(lang, translatedIn, analysis, search, matched, asked));
  return search;
}

/** Stages 1–6 on every corpus the request reads: every article judged worth showing, best first (no snippets yet). */
export async function rankArticles(
  db: Queryable,
  request: SearchRequest,
  model: AnswerModel | null,
  trace?: CorpusTrace[],
): Promise<{ ranked: RankedArticle[]; searches: CorpusSearch[] }> {
  const languages: Lang[] = request.lang === 'es' ? ['es'] : [request.lang, 'es'];
  const searches: CorpusSearch[] = [];
  for (const lang of languages) {
    // Spanish stands in for the articles the requested language lacks.
    const translatedIn = lang !== request.lang ? request.lang : undefined;
    const search = await searchCorpus(db, request, lang, translatedIn, trace);
    if (search) searches.push(search);
  }
  // The model judges searches in the language it learned from, of articles in that language;
  // others (and Spanish articles standing in for another language's) are judged by the rules alone.
  const judgedBy = (search: CorpusSearch) => (model && search.corpus.lang === request.lang && model.lang === request.lang ? model : null);
  const ranked = searches
    .flatMap((search, index) => {
      if (!trace) return placeAsked(decide(search, judgedBy(search)), search.ranked);
      const each = trace[index]!;
      const decided = new RuleLog();
      const shown = decide(search, judgedBy(search), decided);
      const placing = new RuleLog();
      const placed = placeAsked(shown, search.ranked, placing);
      each.decide = { ...decided.toJSON(), shown: shown.map((article) => article.id) };
      each.placeAsked = { ...placing.toJSON(), shown: placed.map((article) => article.id) };
      return placed;
    })
    .sort(byRank);
  return { ranked, searches };
}

/** Every stage: the results, or none and a referral to whoever handles the query. */
export async function runSearch(db: Queryable, request: SearchRequest, model: AnswerModel | null): Promise<Pick<SearchResults, 'results' | 'referral'>> {
  const { ranked, searches } = await rankArticles(db, request, model);
  const referral = await refer(db, request, searches, ranked);
  if (referral) return { results: [], referral };
  return { results: await present(db, request, ranked, searches) };
}

/** The same search, with the trace of why it got what it got. */
export async function explainSearch(
  db: Queryable,
  request: SearchRequest,
  model: AnswerModel | null,
): Promise<Pick<SearchResults, 'results' | 'referral'> & { trace: SearchTrace }> {
  const corpora: CorpusTrace[] = [];
  const { ranked, searches } = await rankArticles(db, request, model, corpora);
  const referring = new RuleLog();
  const referral = await refer(db, request, searches, ranked, referring);
  const presenting = new RuleLog();
  const results = referral ? [] : await present(db, request, ranked, searches, presenting);
  if (referral) presenting.decide('clear-lead', 'not reached: referred');
  const trace: SearchTrace = {
    request: { site: request.site, lang: request.lang, query: request.query, topic: request.topic, limit: request.limit },
    words: queryTokens(request.query).words,
    corpora,
    merged: ranked.map((article) => article.id),
    refer: { ...referring.toJSON(), referral: referral?.name },
    present: { ...presenting.toJSON(), results: results.map((hit) => ({ id: hit.id, score: rounded(hit.score), confidence: hit.confidence })) },
    outcome: 'not-found',
    decidedBy: '',
  };
  Object.assign(trace, outcomeOf(trace, ranked));
  return { results, ...(referral ? { referral } : {}), trace };
}
