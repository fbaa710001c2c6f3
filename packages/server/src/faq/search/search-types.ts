// What the stages of a search hand one another (pipeline.ts): the request, each corpus' reading of
// the query and its scored candidates, and the referral that may answer instead.
import type { Lang, SearchResults } from '@ventanilla/protocol';
import type { Judgement } from './confidence.ts';
import type { QueryPlan } from './query-plan.ts';
import type { StemSequence } from './referrals.ts';

export interface SearchRequest {
  site: string;
  lang: Lang;
  query: string;
  topic?: string | undefined;
  limit?: number | undefined;
}

/** A site's articles in one language, with the statistics ranking needs. */
export interface CorpusRow {
  id: number;
  lang: Lang;
  articles: number;
  version: number;
  avg_title: number;
  avg_tags: number;
  avg_body: number;
}

/** A result before its snippet, with the evidence behind its confidence (for tests and the bench). */
export interface RankedArticle extends Judgement {
  doc: number;
  corpus: number;
  id: string;
  title: string;
  topic: string;
  fallback: boolean;
  /** How close the query is to the closest question citizens asked of the article (0: none). */
  asked: number;
  /** Found only through those questions: the answer model does not judge it. */
  askedOnly?: boolean;
}

export interface CorpusSearch {
  corpus: CorpusRow;
  plan: QueryPlan;
  ranked: RankedArticle[];
  /** The query's indexed words with the stems each may be (for referral phrases). */
  words: StemSequence;
  /** Index into `words` where a closing purpose clause starts ("… para pedir la nacionalidad"). */
  purpose?: number | undefined;
  /** Each candidate's title and tags, before any was judged worth showing. */
  headlines: Map<number, string[]>;
}

export type SearchReferral = NonNullable<SearchResults['referral']>;

export function byRank(a: RankedArticle, b: RankedArticle): number {
  return b.rank - a.rank || a.id.localeCompare(b.id);
}
