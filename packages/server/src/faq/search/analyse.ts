// Stage 1, analyse: the query's words as the corpus knows them. One call of faq_analyze (SQL)
// finds the corpus of the site and language and, per word, its unaccented form, whether it is a
// stop word, its stem and how many articles hold it; tone words and small numbers are dropped here.
import type { Lang } from '@ventanilla/protocol';
import type { Queryable } from '../../db/database.ts';
import { STEM_DICTIONARIES, stemInput } from '../words.ts';
import type { AnalyzedToken } from './query-plan.ts';
import type { StemSequence } from './referrals.ts';
import type { CorpusRow } from './search-types.ts';
import { MAX_TOKENS, PURPOSE, QUERY_FILLERS, SMALL_NUMBER } from './settings.ts';
import { lastWordOpen, tokenize } from './text.ts';

/** The words a query is searched by, before any corpus: at most MAX_TOKENS, and whether the last is still being typed. */
export function queryTokens(query: string): { words: string[]; lastOpen: boolean } {
  const tokens = tokenize(query);
  return { words: tokens.slice(0, MAX_TOKENS).map((token) => token.word), lastOpen: lastWordOpen(query) && tokens.length <= MAX_TOKENS };
}

export interface Analysis {
  corpus: CorpusRow;
  tokens: AnalyzedToken[];
  /** The query's indexed words, each with the stems it may stand for: as typed, and the corpus' own. */
  words: StemSequence;
  /** Each indexed word's position among the tokens. */
  positions: number[];
  /** Index into `words` where a closing purpose clause starts ("… para pedir la nacionalidad"). */
  purpose?: number | undefined;
}

interface AnalysisRow {
  corpus: number;
  articles: number;
  version: number;
  avg_title: number;
  avg_tags: number;
  avg_body: number;
  word_position: number;
  folded: string;
  stop: boolean;
  lexeme: string | null;
  word_articles: number | null;
  headline: number | null;
  guess: string | null;
}

/** The corpus of a site and language, and what its vocabulary makes of each word; none when it has no articles. */
export async function analyse(db: Queryable, site: string, lang: Lang, words: string[]): Promise<Analysis | undefined> {
  const rows = await db.query<AnalysisRow>('select * from faq_analyze($1, $2, $3::text[], $4::text[], $5::regdictionary)', [
    site,
    lang,
    words,
    words.map((word) => stemInput(word, lang)),
    STEM_DICTIONARIES[lang],
  ]);
  const first = rows[0];
  if (!first) return undefined;
  const corpus: CorpusRow = {
    id: first.corpus,
    lang,
    articles: first.articles,
    version: first.version,
    avg_title: first.avg_title,
    avg_tags: first.avg_tags,
    avg_body: first.avg_body,
  };
  const fillers = QUERY_FILLERS[lang];
  const tokens = rows.map((row) => ({
    position: row.word_position,
    folded: row.folded,
    stop: row.stop || Boolean(fillers?.has(row.folded)) || SMALL_NUMBER.test(row.folded),
    lexeme: row.lexeme ?? undefined,
    articles: row.word_articles ?? undefined,
    headline: row.headline ?? undefined,
    stem: row.guess ?? undefined,
  }));
  const { words: indexed, positions } = indexedWords(tokens);
  return { corpus, tokens, words: indexed, positions, purpose: purposeStart(tokens, positions, lang) };
}

/** The query's indexed words, each with the stems it may stand for: as typed, and the corpus' own. */
function indexedWords(tokens: readonly AnalyzedToken[]): { words: StemSequence; positions: number[] } {
  const words: string[][] = [];
  const positions: number[] = [];
  for (const token of tokens) {
    // A small number is no subject to search for, but part of a phrase ("farmacia 24 horas").
    if (token.stop && !SMALL_NUMBER.test(token.folded)) continue;
    const stems = [...new Set([token.stem, token.lexeme].filter((stem): stem is string => Boolean(stem)))];
    if (!stems.length) continue;
    words.push(stems);
    positions.push(token.position);
  }
  return { words, positions };
}

/** Where the query's last purpose clause starts, as an index into its indexed words; none without one. */
function purposeStart(tokens: readonly AnalyzedToken[], positions: readonly number[], lang: Lang): number | undefined {
  const marker = PURPOSE[lang];
  const at = marker ? tokens.findLastIndex((token) => token.folded === marker) : -1;
  if (at < 0) return undefined;
  const start = positions.findIndex((position) => position > tokens[at]!.position);
  return start < 0 ? undefined : start;
}
