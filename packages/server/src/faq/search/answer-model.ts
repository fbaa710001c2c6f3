// Whether a search has an answer worth showing at all. The rules of confidence.ts judge each
// article by itself; this judges the query, from what it and its best candidates look like:
// how much of it the best one holds and how strongly, how far ahead of the next it is, how many
// of its words no article knows. A logistic model weighs those features. Its weights are data,
// learned from judged queries by `npm run train:answers` (test/bench/train-answer-model.ts),
// which writes answer-model.weights.ts; the decision rule reads them and nothing else.
import type { Lang } from '@ventanilla/protocol';
import type { Judgement } from './confidence.ts';
import type { QueryPlan } from './query-plan.ts';
import { ANSWER_MODEL } from './answer-model.weights.ts';

/** The features, in the order the weights follow. */
export const ANSWER_FEATURES = [
  'relevance',
  'coverage',
  'headline',
  'rank',
  'logWords',
  'knownShare',
  'unknownValueShare',
  'lead',
  'correctedShare',
  'rulesShow',
  'coverageTimesHeadline',
  'relevanceTimesLogWords',
] as const;

export interface AnswerModel {
  /** The language of the queries and articles it learned from: it judges searches in it only. */
  lang: Lang;
  /** Each feature's mean and spread over the training queries (features are standardized). */
  means: readonly number[];
  spreads: readonly number[];
  bias: number;
  weights: readonly number[];
  /** The probability from which the best candidate is shown. */
  threshold: number;
}

type Scored = Pick<Judgement, 'relevance' | 'coverage' | 'headlineCoverage' | 'rank' | 'confidence'>;

/** The features of a query whose candidates are `best` and `next` (ranked first and second). */
export function answerFeatures(plan: QueryPlan, best: Scored, next: Scored | undefined): number[] {
  const groups = plan.groups;
  const words = Math.max(groups.length, 1);
  let total = 0;
  let unknown = 0;
  let known = 0;
  let corrected = 0;
  for (const group of groups) {
    total += group.value;
    if (!group.alternatives.length) unknown += group.value;
    else known++;
    if (group.alternatives.some((item) => item.kind === 'typo') && !group.alternatives.some((item) => item.kind === 'exact')) corrected++;
  }
  const logWords = Math.log(words);
  return [
    best.relevance,
    best.coverage,
    best.headlineCoverage,
    best.rank,
    logWords,
    known / words,
    total > 0 ? unknown / total : 0,
    best.rank - (next?.rank ?? 0),
    corrected / words,
    best.confidence ? 1 : 0,
    best.coverage * best.headlineCoverage,
    best.relevance * logWords,
  ];
}

/** The model's probability that the best candidate answers the query. */
export function answerProbability(features: readonly number[], model: AnswerModel = ANSWER_MODEL): number {
  let sum = model.bias;
  features.forEach((value, index) => {
    sum += model.weights[index]! * ((value - model.means[index]!) / model.spreads[index]!);
  });
  return 1 / (1 + Math.exp(-sum));
}

/** Whether the query, judged by its best candidates (best first), has an answer worth showing. */
export function worthAnswering(plan: QueryPlan, ranked: readonly Scored[], model: AnswerModel = ANSWER_MODEL): boolean {
  const best = ranked[0];
  if (!best) return false;
  return answerProbability(answerFeatures(plan, best, ranked[1]), model) >= model.threshold;
}
