// Written by `npm run train:answers` (test/bench/train-answer-model.ts); do not edit by hand.
// Features, in order: relevance, coverage, headline, rank, logWords, knownShare, unknownValueShare, lead, correctedShare, rulesShow, coverageTimesHeadline, relevanceTimesLogWords.
import type { AnswerModel } from './answer-model.ts';

export const ANSWER_MODEL: AnswerModel = {
  lang: 'es',
  means: [0.62884, 0.820632, 0.838672, 0.758551, 1.47931, 0.976214, 0.0290427, 0.312159, 0.0533356, 0.91381, 0.717491, 0.846561],
  spreads: [0.220336, 0.226627, 0.23249, 0.265235, 0.625509, 0.0701977, 0.0992918, 0.228784, 0.129189, 0.280645, 0.313395, 0.340474],
  bias: 4.42619,
  weights: [1.06395, -0.116657, -0.155022, 1.7628, 2.78605, -0.730307, -1.0903, 1.33822, 0.0792959, 0.179536, 0.824978, -1.47904],
  threshold: 0.2,
};
