// Learns the answer model (packages/server/src/faq/search/answer-model.ts) from the tuning queries:
// whether a search has an answer worth showing, from what the query and its best candidates look
// like. Prints how it does when each set of 90 queries is left out of its own training, for a few
// thresholds, alone and in the search as it runs (with each set's questions citizens asked left
// out too), picks the threshold that keeps both targets of the search furthest from failing, and
// writes the weights learned from all the queries.
//
//   npm run train:answers            (then `npm run bench` measures it on the held-out sets)
//
// A query's label: its best three candidates hold a right answer (1), or it has none (0: a
// question no article answers, or one whose right answer the search does not find). Queries a
// referral answers are left out: the referral decides them.
import { writeFileSync } from 'node:fs';
import { answerFeatures, answerProbability, ANSWER_FEATURES, type AnswerModel } from '../../packages/server/src/faq/search/answer-model.ts';
import { answerSearch, rankArticles, type RankedArticle } from '../../packages/server/src/faq/search.ts';
import { demoDatabase, here, importDemoArticles, questionsFrom, readJson, SET_SIZE, SITE, type Query } from './bench-data.ts';

const WEIGHTS_FILE = here('../../packages/server/src/faq/search/answer-model.weights.ts');
const TARGETS = { recallAt3: 0.97, none: 0.8 };
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const STEPS = 3000;
const LEARNING_RATE = 0.5;
const L2 = 1;

interface Example {
  query: Query;
  fold: number;
  referral: boolean;
  features?: number[] | undefined;
  /** The candidates, best first: the first is shown when the model says so, with the others the rules show. */
  candidates: RankedArticle[];
  label: number;
}

async function examples(): Promise<Example[]> {
  // Without questions citizens asked: the model judges what the articles' own words find, and the
  // tuning queries, being the seed's questions, would otherwise find themselves.
  const db = await demoDatabase({});
  const queries = readJson<Query[]>(here('queries-tuning-es.json'));
  const result: Example[] = [];
  for (const [index, query] of queries.entries()) {
    const request = { site: SITE, lang: 'es' as const, query: query.q, limit: 3 };
    // The rules alone decide whether a long message's referral gives way, so the labels do not
    // depend on the model being learned.
    const referral = Boolean((await answerSearch(db, request, null)).referral);
    const search = (await rankArticles(db, request, null)).searches[0];
    const candidates = search ? [...search.ranked].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id)) : [];
    const features = search && candidates[0] ? answerFeatures(search.plan, candidates[0], candidates[1]) : undefined;
    const label = candidates.slice(0, 3).some((article) => query.relevant.includes(article.id)) ? 1 : 0;
    result.push({ query, fold: Math.floor(index / SET_SIZE), referral, features, candidates, label });
  }
  await db.close();
  return result;
}

/** Logistic regression by gradient descent on standardized features, with a small L2 penalty. */
type LearnedModel = Omit<AnswerModel, 'lang' | 'threshold'>;

function learnModel(training: readonly Example[]): LearnedModel {
  const rows = training.map((example) => example.features!);
  const labels = training.map((example) => example.label);
  const width = ANSWER_FEATURES.length;
  const means = Array.from({ length: width }, (_, j) => rows.reduce((sum, row) => sum + row[j]!, 0) / rows.length);
  const spreads = means.map((mean, j) => Math.sqrt(rows.reduce((sum, row) => sum + (row[j]! - mean) ** 2, 0) / rows.length) + 1e-9);
  const standardized = rows.map((row) => row.map((value, j) => (value - means[j]!) / spreads[j]!));
  let bias = 0;
  const weights: number[] = new Array(width).fill(0);
  for (let step = 0; step < STEPS; step++) {
    let biasGradient = 0;
    const gradient: number[] = new Array(width).fill(0);
    standardized.forEach((row, i) => {
      const error = 1 / (1 + Math.exp(-(bias + row.reduce((sum, value, j) => sum + value * weights[j]!, 0)))) - labels[i]!;
      biasGradient += error;
      row.forEach((value, j) => (gradient[j]! += error * value));
    });
    bias -= (LEARNING_RATE * biasGradient) / rows.length;
    weights.forEach((weight, j) => (weights[j] = weight - (LEARNING_RATE * (gradient[j]! + L2 * weight)) / rows.length));
  }
  return { means, spreads, bias, weights };
}

/** What the search shows for an example under a model: the best candidate, and the others the rules show. */
function shown(example: Example, show: boolean): string[] {
  if (example.referral || !show) return [];
  const [best, ...rest] = example.candidates;
  return [best!.id, ...rest.filter((article) => article.confidence !== null).map((article) => article.id)].slice(0, 3);
}

function quality(results: readonly { query: Query; ids: string[] }[]) {
  let answerable = 0;
  let top1 = 0;
  let top3 = 0;
  let unanswerable = 0;
  let empty = 0;
  for (const { query, ids } of results) {
    if (!query.relevant.length) {
      unanswerable++;
      if (!ids.length) empty++;
      continue;
    }
    answerable++;
    if (query.relevant.includes(ids[0] ?? '')) top1++;
    if (ids.slice(0, 3).some((id) => query.relevant.includes(id))) top3++;
  }
  return { precisionAt1: top1 / answerable, recallAt3: top3 / answerable, none: empty / unanswerable, answerable, unanswerable };
}

/** What the search shows, at each threshold, for each set with its own left out of the model and the questions. */
async function searchQuality(all: readonly Example[], models: ReadonlyMap<number, LearnedModel>): Promise<Map<number, ReturnType<typeof quality>>> {
  const db = await demoDatabase({});
  const found = new Map(THRESHOLDS.map((threshold) => [threshold, [] as { query: Query; ids: string[] }[]]));
  for (const [fold, learned] of models) {
    await importDemoArticles(db, 'es', questionsFrom(all.filter((example) => example.fold !== fold).map((example) => example.query)));
    for (const example of all.filter((each) => each.fold === fold)) {
      for (const threshold of THRESHOLDS) {
        const request = { site: SITE, lang: 'es' as const, query: example.query.q, limit: 3 };
        const { results } = await answerSearch(db, request, { lang: 'es', ...learned, threshold });
        found.get(threshold)!.push({ query: example.query, ids: results.map((hit) => hit.id) });
      }
    }
  }
  await db.close();
  return new Map([...found].map(([threshold, results]) => [threshold, quality(results)]));
}

/** How many standard errors a measured share stands above its target (the smaller of the two counts). */
function margin(value: number, target: number, count: number): number {
  return (value - target) / Math.sqrt(Math.max(value * (1 - value), 1e-6) / count);
}

async function main(): Promise<void> {
  const all = await examples();
  const trainable = all.filter((example) => !example.referral && example.features);
  const folds = [...new Set(all.map((example) => example.fold))];
  console.log(`${all.length} tuning queries in ${folds.length} sets; ${trainable.length} to learn from (the others have a referral or no candidate)`);

  // Each set's probabilities come from a model learned without it.
  const models = new Map<number, LearnedModel>();
  const probability = new Map<Example, number>();
  for (const fold of folds) {
    const model = learnModel(trainable.filter((example) => example.fold !== fold));
    models.set(fold, model);
    for (const example of all) {
      if (example.fold === fold && example.features) probability.set(example, answerProbability(example.features, { lang: 'es', ...model, threshold: 0 }));
    }
  }
  const rules = quality(all.map((example) => ({ query: example.query, ids: example.referral ? [] : example.candidates.filter((a) => a.confidence !== null).map((a) => a.id) })));
  const line = (label: string, q: ReturnType<typeof quality>) =>
    console.log(`  ${label.padEnd(22)} P@1 ${q.precisionAt1.toFixed(3)}  R@3 ${q.recallAt3.toFixed(3)}  none ${q.none.toFixed(3)}`);
  console.log('\nEach set judged by a model learned from the others, on the articles alone:');
  line('rules alone', rules);
  for (const threshold of THRESHOLDS) {
    line(`model, threshold ${threshold}`, quality(all.map((example) => ({ query: example.query, ids: shown(example, (probability.get(example) ?? 0) >= threshold) }))));
  }
  // The questions citizens asked come after the model and change what it should let through.
  console.log('\nThe search as it runs (the model, then the questions citizens asked), each set with a model and questions learned without it:');
  let best: { threshold: number; score: number } | undefined;
  for (const [threshold, q] of await searchQuality(all, models)) {
    line(`model, threshold ${threshold}`, q);
    const score = Math.min(margin(q.recallAt3, TARGETS.recallAt3, q.answerable), margin(q.none, TARGETS.none, q.unanswerable));
    if (!best || score > best.score + 1e-9) best = { threshold, score };
  }
  const model: AnswerModel = { lang: 'es', ...learnModel(trainable), threshold: best!.threshold };
  console.log(`\nThreshold ${model.threshold}: both targets furthest from failing (${best!.score.toFixed(2)} standard errors).`);
  const round = (value: number) => Number(value.toPrecision(6));
  const list = (values: readonly number[]) => `[${values.map(round).join(', ')}]`;
  writeFileSync(
    WEIGHTS_FILE,
    `// Written by \`npm run train:answers\` (test/bench/train-answer-model.ts); do not edit by hand.
// Features, in order: ${ANSWER_FEATURES.join(', ')}.
import type { AnswerModel } from './answer-model.ts';

export const ANSWER_MODEL: AnswerModel = {
  lang: 'es',
  means: ${list(model.means)},
  spreads: ${list(model.spreads)},
  bias: ${round(model.bias)},
  weights: ${list(model.weights)},
  threshold: ${model.threshold},
};
`,
  );
  console.log(`Written to ${WEIGHTS_FILE}`);
}

await main();
