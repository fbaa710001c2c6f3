// Stage 3, match: the few articles worth scoring. From the heads of each stem's postings
// (faq_posting_heads, SQL), the articles with the highest sum of weights; and, from the index of
// questions citizens asked (in memory), the articles whose questions are close to the query.
import type { Queryable } from '../../db/database.ts';
import { queryWords as askedWords, type AskedMatch } from './asked-questions.ts';
import { questionsOf } from './corpus-data.ts';
import type { QueryPlan } from './query-plan.ts';
import { candidateScores, type PostingHead } from './scoring.ts';
import type { CorpusRow } from './search-types.ts';
import { ASKED, ASKED_INDEX, CANDIDATES, NEGLIGIBLE, POSTINGS_BUDGET, POSTINGS_KEPT, POSTINGS_PER_STEM } from './settings.ts';

export interface Matches {
  /** Candidates from the postings with their approximate scores, best first: [doc, score]. */
  matched: [number, number][];
  /** Articles close to a question citizens asked, closest first. */
  asked: AskedMatch[];
}

export async function match(db: Queryable, corpus: CorpusRow, plan: QueryPlan, topic: string | undefined): Promise<Matches> {
  // Within a topic, whole postings are read (up to POSTINGS_KEPT per stem) and kept to the topic.
  const inTopic = topic
    ? new Set((await db.query<{ doc: number }>('select doc from faq_articles where corpus = $1 and topic = $2', [corpus.id, topic])).map((row) => row.doc))
    : undefined;
  const questions = await questionsOf(db, corpus);
  // A word still being typed is not a question yet: questions are compared once every word is finished.
  const asked = questions.size && plan.openWord === undefined ? questions.nearest(askedWords(plan), ASKED.candidate, ASKED_INDEX.candidates, inTopic) : [];
  const searchable = plan.groups.some((group) => group.alternatives.length);
  if (!searchable) return { matched: [], asked };
  const heads = await postingHeads(db, corpus, plan, topic !== undefined);
  return { matched: candidateScores(plan, heads, corpus.articles, CANDIDATES, inTopic), asked };
}

/** The head of each alternative's postings: as many articles as the query's budget allows. */
async function postingHeads(db: Queryable, corpus: CorpusRow, plan: QueryPlan, whole: boolean): Promise<PostingHead[]> {
  const values = plan.groups.flatMap((group) => group.alternatives.map((alternative) => ({ lexeme: alternative.lexeme, value: group.value * alternative.weight })));
  const best = Math.max(0, ...values.map((item) => item.value));
  const lexemes = [...new Set(values.filter((item) => item.value >= best * NEGLIGIBLE).map((item) => item.lexeme))];
  if (!lexemes.length) return [];
  const length = whole ? POSTINGS_KEPT : Math.max(POSTINGS_PER_STEM, Math.floor(POSTINGS_BUDGET / lexemes.length));
  // As text: splitting a list of numbers is quicker than the driver's generic array parsing.
  const rows = await db.query<{ lexeme: string; docs: string; weights: string }>('select * from faq_posting_heads($1, $2::text[], $3)', [
    corpus.id,
    lexemes,
    length,
  ]);
  const numbers = (list: string) => (list.length > 2 ? list.slice(1, -1).split(',').map(Number) : []);
  return rows.map((row) => ({ lexeme: row.lexeme, docs: numbers(row.docs), weights: numbers(row.weights) }));
}
