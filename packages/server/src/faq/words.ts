// What PostgreSQL's text search makes of words: unaccented form and Snowball stem, in the
// dictionary of the language's configuration. Import and search both ask here, so the index and
// the queries are stemmed by the same hand.
import type { Lang } from '@ventanilla/protocol';
import type { Queryable } from '../db/database.ts';
import type { WordAnalysis } from './search/document-vector.ts';

/** The stemming dictionary of each language's text search configuration. */
export const STEM_DICTIONARIES: Record<Lang, string> = {
  es: 'spanish_stem',
  en: 'english_stem',
  pt: 'portuguese_stem',
};

interface AnalysisRow {
  word: string;
  folded: string;
  lexeme: string | null;
  stop: boolean;
}

/**
 * Folds and stems words. A word is a stop word when either its written or its unaccented form is
 * one ("está" and "esta", "cómo" typed as "como"); its stem is taken from the written form, where
 * the accents still tell the stemmer which suffix it has, and is then folded like the words.
 */
export async function analyzeWords(db: Queryable, lang: Lang, words: Iterable<string>): Promise<Map<string, WordAnalysis>> {
  const distinct = [...new Set(words)];
  const result = new Map<string, WordAnalysis>();
  if (!distinct.length) return result;
  const rows = await db.query<AnalysisRow>(
    `select w as word, unaccent(w) as folded, unaccent(s.stems[1]) as lexeme,
            coalesce(cardinality(s.stems), 0) = 0 or coalesce(cardinality(s.folded_stems), 0) = 0 as stop
       from unnest($1::text[]) as w
       cross join lateral (select ts_lexize($2::regdictionary, w) as stems,
                                  ts_lexize($2::regdictionary, unaccent(w)) as folded_stems) as s`,
    [distinct, STEM_DICTIONARIES[lang]],
  );
  for (const row of rows) result.set(row.word, { folded: row.folded, lexeme: row.stop ? null : row.lexeme });
  return result;
}

/**
 * What the stemmer is given for a word no article holds. Spanish words ending in -ion carry an
 * accent the stemmer needs ("notificacion" → "notificación"), and the stemmer does not know
 * superlatives ("altísima" → "alta").
 */
export function stemInput(word: string, lang: Lang): string {
  if (lang !== 'es') return word;
  return word.replace(/^(.{2,}?)[ií]sim([oa]s?)$/, '$1$2').replace(/ion$/, 'ión');
}
