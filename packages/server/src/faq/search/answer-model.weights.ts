// Written by `npm run train:answers` (test/bench/train-answer-model.ts); do not edit by hand.
// Features, in order: relevance, coverage, headline, rank, logWords, knownShare, unknownValueShare, lead, correctedShare, rulesShow, coverageTimesHeadline, relevanceTimesLogWords.
import type { AnswerModel } from './answer-model.ts';

export const ANSWER_MODEL: AnswerModel = {
  lang: 'es',
  means: [0.621792, 0.810878, 0.836297, 0.751204, 1.48977, 0.972686, 0.0329802, 0.308324, 0.0538162, 0.904003, 0.708393, 0.840264],
  spreads: [0.226326, 0.233759, 0.236692, 0.272032, 0.628074, 0.0753259, 0.105616, 0.229951, 0.128482, 0.294587, 0.318493, 0.340345],
  bias: 4.4421,
  weights: [1.34627, -0.125896, -0.180504, 1.95622, 3.03856, -0.590173, -0.910629, 1.38215, 0.0146371, 0.162218, 0.739373, -1.85719],
  threshold: 0.3,
};
