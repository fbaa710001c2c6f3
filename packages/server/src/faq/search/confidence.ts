// How sure a result is, from what it matched of each query word (group):
//   coverage   share of the query's weight the article holds at all;
//   headline   share of the query's *topical* weight (words that some article's title or tags
//              hold) that this article holds in its own title or tags: an article that only
//              mentions the words in passing ("…bring a criminal record certificate…") is not
//              an answer to them;
//   relevance  coverage discounted by how strongly each word is held (BM25F weight, 0..1).
// A result needs enough of all three; a long question needs less coverage, since citizens
// describe their situation with words no article holds, and so does a result whose title or
// tags hold nearly all the query's topical words ("deshacerme de un sofá viejo y un colchón"),
// and one that holds the query strongly anywhere, even with none of it in its title or tags.
import type { Confidence } from '@ventanilla/protocol';

export interface GroupMatch {
  /** Up to 1: a synonym or a correction may stand for the word a little less than the word itself. */
  credit: number;
  /** The BM25F weight of the match in the article, 0..1. */
  strength: number;
  /** Held in the article's title or tags. */
  headline: boolean;
  /** The query word appears as typed (accents aside) in the title or tags. */
  literal: boolean;
}

export interface GroupEvidence {
  value: number;
  topical: boolean;
  match?: GroupMatch | undefined;
}

export interface Judgement {
  relevance: number;
  coverage: number;
  headlineCoverage: number;
  /** Relevance with small bonuses for words found as typed, and for topical words held, in the title or tags: the ranking key. */
  rank: number;
  /** Null: not worth showing. */
  confidence: Confidence | null;
}

export const THRESHOLDS = {
  /** The share of the query's weight a result of up to four words must hold; eased for longer ones. */
  coverage: 0.6,
  headline: 0.4,
  relevance: 0.12,
  medium: 0.3,
  high: { relevance: 0.55, coverage: 0.75, headline: 0.6 },
  literalBonus: 0.1,
  /** Ranks an article whose title and tags hold the query's topical words above one that only mentions them. */
  headlineBonus: 0.1,
  /**
   * Shown also when the article holds the query's words strongly, though in its body or the
   * citizen's vocabulary rather than its title or tags ("me han pintarrajeado la pared con espray").
   */
  strongBody: { words: 3, relevance: 0.45 },
  /** Shown also when the title or tags hold this much of the query, despite a lower coverage. */
  strongHeadline: { words: 3, headline: 0.75, coverage: 0.42, relevance: 0.25 },
  /** The same for a message of this many words or more, which tells a story around its subject. */
  strongHeadlineInMessage: { words: 6, headline: 0.6, coverage: 0.3, relevance: 0.2 },
};

/** The headline coverage a query of `words` meaningful words must reach. */
function requiredHeadline(words: number): number {
  if (words <= 4) return THRESHOLDS.headline;
  return Math.max(0.1, THRESHOLDS.headline - 0.04 * (words - 4));
}

/** The coverage a query of `words` meaningful words must reach, easing for long questions. */
export function requiredCoverage(words: number): number {
  if (words <= 4) return THRESHOLDS.coverage;
  return Math.max(0.22, THRESHOLDS.coverage - 0.05 * (words - 4));
}

export function judge(groups: readonly GroupEvidence[]): Judgement {
  let total = 0;
  let topical = 0;
  let held = 0;
  let strong = 0;
  let headline = 0;
  let literal = 0;
  for (const group of groups) {
    total += group.value;
    if (group.topical) topical += group.value;
    const match = group.match;
    if (!match) continue;
    const credited = group.value * Math.min(1, match.credit);
    held += credited;
    strong += credited * match.strength;
    if (match.headline && group.topical) headline += credited;
    if (match.literal) literal += group.value;
  }
  const coverage = total > 0 ? held / total : 0;
  const relevance = total > 0 ? strong / total : 0;
  const headlineCoverage = topical > 0 ? headline / topical : 0;
  const rank = relevance + (total > 0 ? (THRESHOLDS.literalBonus * literal) / total : 0) + THRESHOLDS.headlineBonus * headlineCoverage;
  let confidence: Confidence | null = null;
  const { strongHeadline } = THRESHOLDS;
  const shown =
    (headlineCoverage >= requiredHeadline(groups.length) && relevance >= THRESHOLDS.relevance && coverage >= requiredCoverage(groups.length)) ||
    // Its title or tags hold most of what a query of several words is about: the rest may be the
    // citizen's own words. (In a query of one or two words, an unknown one may be the whole question.)
    [strongHeadline, THRESHOLDS.strongHeadlineInMessage].some(
      (rule) => groups.length >= rule.words && headlineCoverage >= rule.headline && coverage >= rule.coverage && relevance >= rule.relevance,
    ) ||
    // The citizen's words for it, several of them, are in its body or vocabulary, held strongly.
    // (One or two words found only there are a mention, not a subject.)
    (groups.length >= THRESHOLDS.strongBody.words && relevance >= THRESHOLDS.strongBody.relevance && coverage >= requiredCoverage(groups.length));
  if (shown) {
    const { high } = THRESHOLDS;
    if (relevance >= high.relevance && coverage >= high.coverage && headlineCoverage >= high.headline) confidence = 'high';
    else if (relevance >= THRESHOLDS.medium) confidence = 'medium';
    else confidence = 'low';
  }
  return { relevance, coverage, headlineCoverage, rank, confidence };
}
