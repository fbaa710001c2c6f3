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
import { CONFIDENCE, QUERY_LENGTH, RANK_BONUS, SHOWN } from './settings.ts';

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
  /** The rule that showed it, when one did. */
  shownBy?: ShownRule | undefined;
}

/** The rules that show an article, by name (settings.ts `SHOWN`); the first that holds is recorded. */
export type ShownRule = 'coverage' | 'strongHeadline' | 'strongHeadlineInMessage' | 'strongBody';

/** The headline coverage a query of `words` meaningful words must reach. */
function requiredHeadline(words: number): number {
  if (words <= QUERY_LENGTH.long) return SHOWN.coverage.headline;
  return Math.max(SHOWN.easing.headlineFloor, SHOWN.coverage.headline - SHOWN.easing.headline * (words - QUERY_LENGTH.long));
}

/** The coverage a query of `words` meaningful words must reach, easing for long questions. */
export function requiredCoverage(words: number): number {
  if (words <= QUERY_LENGTH.long) return SHOWN.coverage.coverage;
  return Math.max(SHOWN.easing.coverageFloor, SHOWN.coverage.coverage - SHOWN.easing.coverage * (words - QUERY_LENGTH.long));
}

type Scores = Pick<Judgement, 'relevance' | 'coverage' | 'headlineCoverage'>;

/** Each rule that may show an article, in the order they are tried, with the settings it reads. */
export const SHOWN_RULES: readonly { name: ShownRule; settings: object; holds: (scores: Scores, words: number) => boolean }[] = [
  {
    name: 'coverage',
    settings: { ...SHOWN.coverage, easing: SHOWN.easing, longAfter: QUERY_LENGTH.long },
    holds: (s, words) => s.headlineCoverage >= requiredHeadline(words) && s.relevance >= SHOWN.coverage.relevance && s.coverage >= requiredCoverage(words),
  },
  // Its title or tags hold most of what a query of several words is about: the rest may be the
  // citizen's own words. (In a query of one or two words, an unknown one may be the whole question.)
  ...([['strongHeadline', SHOWN.strongHeadline], ['strongHeadlineInMessage', SHOWN.strongHeadlineInMessage]] as const).map(([name, rule]) => ({
    name,
    settings: rule,
    holds: (s: Scores, words: number) => words >= rule.words && s.headlineCoverage >= rule.headline && s.coverage >= rule.coverage && s.relevance >= rule.relevance,
  })),
  // The citizen's words for it, several of them, are in its body or vocabulary, held strongly.
  // (One or two words found only there are a mention, not a subject.)
  {
    name: 'strongBody',
    settings: { ...SHOWN.strongBody, coverage: 'as the coverage rule' },
    holds: (s, words) => words >= SHOWN.strongBody.words && s.relevance >= SHOWN.strongBody.relevance && s.coverage >= requiredCoverage(words),
  },
];

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
  const rank = relevance + (total > 0 ? (RANK_BONUS.literal * literal) / total : 0) + RANK_BONUS.headline * headlineCoverage;
  const judgement: Judgement = { relevance, coverage, headlineCoverage, rank, confidence: null };
  const shownBy = SHOWN_RULES.find((rule) => rule.holds(judgement, groups.length));
  if (shownBy) {
    const { high } = CONFIDENCE;
    if (relevance >= high.relevance && coverage >= high.coverage && headlineCoverage >= high.headline) judgement.confidence = 'high';
    else if (relevance >= CONFIDENCE.medium) judgement.confidence = 'medium';
    else judgement.confidence = 'low';
    judgement.shownBy = shownBy.name;
  }
  return judgement;
}
