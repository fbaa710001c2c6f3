// Written by `npm run train:answers` (test/bench/train-answer-model.ts); do not edit by hand.
// Features, in order: relevance, coverage, headline, rank, logWords, knownShare, unknownValueShare, lead, correctedShare, rulesShow, coverageTimesHeadline, relevanceTimesLogWords.
import type { AnswerModel } from './answer-model.ts';

export const ANSWER_MODEL: AnswerModel = {
  means: [0.634239, 0.829731, 0.843571, 0.764252, 1.46736, 0.978901, 0.0262781, 0.318864, 0.0528286, 0.919167, 0.727102, 0.851735],
  spreads: [0.212792, 0.219684, 0.22645, 0.25636, 0.625289, 0.0664632, 0.0952274, 0.230816, 0.129157, 0.272578, 0.306167, 0.346],
  bias: 4.42913,
  weights: [0.841232, 0.0326337, -0.0666581, 1.74081, 2.65926, -0.708707, -0.938214, 1.33484, 0.1601, 0.318428, 0.609365, -1.49623],
  threshold: 0.2,
};
