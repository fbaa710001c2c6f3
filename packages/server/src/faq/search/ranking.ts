// The arithmetic of ranking: how much each field counts (BM25F) and how rare words weigh (IDF);
// its numbers are in settings.ts.
import { BM25F, UNKNOWN_WORD_RARITY } from './settings.ts';

export type FieldCounts = readonly [title: number, tags: number, body: number];
/** A stem's occurrences per field, and how many of the body's come from the article's keywords. */
export type TermCounts = readonly [title: number, tags: number, body: number, keywords?: number];

/**
 * BM25F's weight of a stem in an article, 0..1: occurrences per field, boosted and normalized by
 * the field's length against the corpus' mean, then saturated.
 */
export function stemWeight(counts: TermCounts, lengths: FieldCounts, averages: FieldCounts): number {
  const field = (index: 0 | 1 | 2, { boost, b }: { boost: number; b: number }) =>
    counts[index] ? (boost * counts[index]) / (1 - b + (b * lengths[index]) / Math.max(averages[index], 1)) : 0;
  const tf = field(0, BM25F.title) + field(1, BM25F.tags) + field(2, BM25F.body);
  return tf / (BM25F.k1 + tf);
}

/** Rarity of a stem held by `articles` of the corpus' `total` articles (BM25's IDF, never negative). */
export function idf(articles: number, total: number): number {
  return Math.log(1 + (Math.max(total, 1) - articles + 0.5) / (articles + 0.5));
}

/**
 * The weight of a word found in no article and corrected to none: about as informative as a
 * word held by one article in `UNKNOWN_WORD_RARITY`. Such words are what tells a question outside the
 * articles' subjects ("antecedentes penales") from one they answer.
 */
export function unknownWordValue(total: number): number {
  return idf(Math.max(1, total / UNKNOWN_WORD_RARITY), total);
}
