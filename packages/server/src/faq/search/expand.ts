// Stage 2, expand: each meaningful word becomes a group of stems that may stand for it (the word,
// typo corrections, completions of an unfinished last word, the site's synonyms), each weighed.
// Only when needed, it asks the vocabulary: faq_corrections (trigrams and sorted letters) for
// unknown words, faq_completions (a prefix range) for the word being typed (SQL functions).
import type { Queryable } from '../../db/database.ts';
import type { Analysis } from './analyse.ts';
import { synonymsOf } from './corpus-data.ts';
import { buildQueryPlan, expansionNeeds, type AnalyzedToken, type QueryPlan, type VocabularyWord } from './query-plan.ts';
import type { StemSequence } from './referrals.ts';
import type { CorpusRow } from './search-types.ts';
import { RESPELL_UP_TO } from './settings.ts';
import { spellingVariants } from './typos.ts';

export interface Expansion {
  plan: QueryPlan;
  /** The analysed words, a misspelt one also standing for its corrections (for referral phrases). */
  words: StemSequence;
}

export async function expand(db: Queryable, analysis: Analysis, lastOpen: boolean): Promise<Expansion> {
  const { corpus, tokens, positions } = analysis;
  const needs = expansionNeeds(tokens, lastOpen);
  const found = await vocabularyNear(db, corpus, needs.typos, needs.prefix);
  const plan = buildQueryPlan(tokens, found, await synonymsOf(db, corpus), corpus.articles);
  // A misspelt word also stands for its corrections ("sertificado": "certificado").
  const words = analysis.words.map((stems, index) => {
    const group = plan.groups.find((each) => each.position === positions[index]);
    const corrected = group?.alternatives.filter((item) => item.kind === 'typo').map((item) => item.lexeme) ?? [];
    return corrected.length ? [...new Set([...stems, ...corrected])] : stems;
  });
  return { plan, words };
}

async function vocabularyNear(db: Queryable, corpus: CorpusRow, typos: AnalyzedToken[], prefix: AnalyzedToken | undefined): Promise<VocabularyWord[]> {
  if (!typos.length && !prefix) return [];
  // Trigrams find longer words with a letter changed; short ones share too few trigrams.
  const variants = typos
    .flatMap((token, index) => (token.folded.length <= RESPELL_UP_TO ? spellingVariants(token.folded).map((variant) => ({ variant, index: index + 1 })) : []));
  const rows = await db.query<{ word_index: number; kind: 'typo' | 'prefix'; word: string; lexeme: string; articles: number; headline: number }>(
    `select word_index, 'typo' as kind, word, lexeme, articles, headline from faq_corrections($1, $2::text[], $3::text[])
     union all
     select w.i, 'typo', v.word, v.lexeme, p.articles, p.headline_articles
       from unnest($5::text[], $6::int[]) as w(word, i)
       join faq_vocabulary v on v.corpus = $1 and v.word = w.word
       join faq_postings p on p.corpus = $1 and p.lexeme = v.lexeme
     union all
     select 0, 'prefix', word, lexeme, articles, headline from faq_completions($1, $4::text) where $4::text <> ''`,
    [
      corpus.id,
      typos.map((token) => token.folded),
      typos.map((token) => sortedLetters(token.folded)),
      prefix?.folded ?? '',
      variants.map((item) => item.variant),
      variants.map((item) => item.index),
    ],
  );
  return rows.map(({ word_index, kind, ...word }) => ({
    ...word,
    kind,
    position: kind === 'prefix' ? prefix!.position : typos[word_index - 1]!.position,
  }));
}

function sortedLetters(word: string): string {
  return [...word].sort().join('');
}
