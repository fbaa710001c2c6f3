// Stage 4, score: each candidate's exact evidence from its own stems (faq_candidates, SQL), judged
// by the rules of confidence.ts into a rank, a confidence and the rule that showed it (if any).
import type { Lang } from '@ventanilla/protocol';
import type { Queryable } from '../../db/database.ts';
import type { AskedMatch } from './asked-questions.ts';
import { judge } from './confidence.ts';
import type { QueryPlan } from './query-plan.ts';
import type { FieldCounts } from './ranking.ts';
import { articleEvidence, countsIn, phrasesIn } from './scoring.ts';
import type { CorpusRow, RankedArticle } from './search-types.ts';
import { FALLBACK_FACTOR } from './settings.ts';

interface CandidateRow {
  doc: number;
  id: string;
  title: string;
  tags: string[];
  topic: string;
  title_len: number;
  tags_len: number;
  body_len: number;
  terms: string;
  concepts: string;
  translated: boolean;
}

export interface Scores {
  ranked: RankedArticle[];
  /** Each candidate's title and tags, before any was judged worth showing. */
  headlines: Map<number, string[]>;
}

/**
 * Scores the articles matched by their words and the closest one by its questions (only it can
 * be shown; the others' closeness tells whether a shown article agrees with it).
 */
export async function score(db: Queryable, corpus: CorpusRow, plan: QueryPlan, matched: readonly number[], asked: readonly AskedMatch[], translatedIn: Lang | undefined): Promise<Scores> {
  const docs = [...new Set([...matched, ...asked.slice(0, 1).map((match) => match.doc)])];
  if (!docs.length) return { ranked: [], headlines: new Map() };
  const closeness = new Map(asked.map((match) => [match.doc, match.similarity]));
  const rows = await db.query<CandidateRow>('select * from faq_candidates($1::int[], $2::text)', [docs, translatedIn ?? null]);
  const averages: FieldCounts = [corpus.avg_title, corpus.avg_tags, corpus.avg_body];
  const fallback = translatedIn !== undefined;
  const ranked = rows
    // Spanish stands in only for the articles the requested language lacks.
    .filter((row) => !row.translated)
    .map((row): RankedArticle => {
      const evidence = articleEvidence(
        plan,
        {
          title: row.title,
          tags: row.tags,
          lengths: [row.title_len, row.tags_len, row.body_len],
          counts: (lexeme) => countsIn(lexeme.startsWith('~') ? row.concepts : row.terms, lexeme),
          phrases: phrasesIn(row.terms),
        },
        averages,
        corpus.articles,
      );
      const judgement = judge(evidence);
      if (fallback) judgement.rank *= FALLBACK_FACTOR;
      const article: RankedArticle = { doc: row.doc, corpus: corpus.id, id: row.id, title: row.title, topic: row.topic, fallback, asked: closeness.get(row.doc) ?? 0, ...judgement };
      if (!matched.includes(row.doc)) article.askedOnly = true;
      return article;
    });
  const headlines = new Map(rows.map((row) => [row.doc, [row.title, ...row.tags]]));
  return { ranked, headlines };
}
