// FAQ search benchmark: relevance on the development queries, our tuning queries and a held-out set,
// next to a plain PostgreSQL full-text baseline on the same data, and on English queries; then
// server search latency on a 10,000-article corpus. Prints PASS/FAIL against the budgets; exits 1 when one fails.
//
//   npm run bench                      (-- --relevance: no latency; -- --held-out-misses: see below)
//
// Relevance: precision@1 and recall@3 over answerable queries, and the share of "none" queries
// (no article fits) answered with nothing. Latency: the storage search function, timed over every
// set's queries in up to three spellings after a warm-up, on in-memory PGlite (as `npm start` runs
// by default), in three rounds of which the median one is compared with the budget.
import { existsSync } from 'node:fs';
import { openDatabase, type Database } from '../../packages/server/src/db/database.ts';
import { migrate } from '../../packages/server/src/db/migrate.ts';
import { seed } from '../../packages/server/src/demo/seed.ts';
import { importArticles } from '../../packages/server/src/faq/import.ts';
import { searchFaq } from '../../packages/server/src/faq/search.ts';
import { requiredCoverage } from '../../packages/server/src/faq/search/confidence.ts';
import { demoArticles, demoDatabase, here, importDemoArticles, questionsFrom, readJson, seedFolder, SET_SIZE, sharedFixtures, SITE, type Query } from './bench-data.ts';
import { syntheticArticles } from './synthetic-corpus.ts';

const BUDGETS = { precisionAt1: 0.9, recallAt3: 0.97, none: 0.8, p95Ms: 10 };
const LARGE_CORPUS = 10_000;
/** `npm run bench -- --relevance` leaves out the latency part (a minute less). */
const relevanceOnly = process.argv.includes('--relevance');
/**
 * The held-out queries' misses are counted, not printed, so that running the benchmark does not
 * spoil them; `-- --held-out-misses` prints them, once they are to join the tuning queries.
 */
const heldOutMisses = process.argv.includes('--held-out-misses');

type Search = (query: string) => Promise<string[]>;

interface Quality {
  precisionAt1: number;
  recallAt3: number;
  none: number;
  answerable: number;
  unanswerable: number;
  misses: string[];
}

async function measure(queries: readonly Query[], search: Search): Promise<Quality> {
  const found: string[][] = [];
  for (const query of queries) found.push(await search(query.q));
  return score(queries, found);
}

/**
 * The tuning queries are also the seed's questions citizens asked: each set of them is measured
 * with its own questions left out, as if its people had never asked before.
 */
async function measureLeftOut(db: Database, lang: 'es' | 'en', queries: readonly Query[]): Promise<Quality> {
  const found: string[][] = [];
  for (let start = 0; start < queries.length; start += SET_SIZE) {
    const others = queries.filter((_, index) => index < start || index >= start + SET_SIZE);
    await importDemoArticles(db, lang, questionsFrom(others));
    for (const query of queries.slice(start, start + SET_SIZE)) {
      found.push((await searchFaq(db, { site: SITE, lang, query: query.q, limit: 3 })).map((hit) => hit.id));
    }
  }
  await importDemoArticles(db, lang);
  return score(queries, found);
}

function score(queries: readonly Query[], found: readonly string[][]): Quality {
  let top1 = 0;
  let top3 = 0;
  let empty = 0;
  const misses: string[] = [];
  for (const [index, query] of queries.entries()) {
    const ids = found[index]!;
    if (!query.relevant.length) {
      if (ids.length) misses.push(`[none] "${query.q}" → ${ids[0]}`);
      else empty += 1;
      continue;
    }
    if (query.relevant.includes(ids[0] ?? '')) top1 += 1;
    else misses.push(`[${query.kind}] "${query.q}" → ${ids[0] ?? '(nothing)'}`);
    if (ids.slice(0, 3).some((id) => query.relevant.includes(id))) top3 += 1;
  }
  const answerable = queries.filter((query) => query.relevant.length).length;
  const unanswerable = queries.length - answerable;
  return {
    precisionAt1: top1 / Math.max(answerable, 1),
    recallAt3: top3 / Math.max(answerable, 1),
    none: empty / Math.max(unanswerable, 1),
    answerable,
    unanswerable,
    misses,
  };
}

/**
 * The languages whose seed questions are not exactly the tuning queries': the development and
 * held-out queries must never have been among them, whatever words they happen to share.
 */
function seedQuestionsOutOfStep(): string[] {
  return (['es', 'en'] as const).filter((lang) => {
    const seeded = readJson<Record<string, string[]>>(`${seedFolder}faq-questions-${lang}.json`);
    return JSON.stringify(seeded) !== JSON.stringify(questionsFrom(readJson<Query[]>(here(`queries-tuning-${lang}.json`))));
  });
}

/**
 * The plain baseline: PostgreSQL's `simple` configuration (no stemming, no stop words, no accent
 * folding), title A / tags B / body C, ranked by plain ts_rank; shown under the same policy: the
 * article must hold the share of the query's words that `requiredCoverage` asks of ours.
 */
async function baselineSearch(db: Database): Promise<Search> {
  await db.exec(`create temporary table baseline as
    select id, setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', array_to_string(tags, ' ')), 'B')
           || setweight(to_tsvector('simple', body_text), 'C') as vector
      from faq_articles where site_id = '${SITE}' and lang = 'es'`);
  return async (query) => {
    const words = [...new Set((await db.query<{ word: string }>(`select unnest(tsvector_to_array(to_tsvector('simple', $1))) as word`, [query])).map((row) => row.word))];
    if (!words.length) return [];
    const rows = await db.query<{ id: string }>(
      `select id from (
         select id, ts_rank(vector, to_tsquery('simple', $1)) as rank,
                (select count(*) from unnest($2::text[]) w where vector @@ to_tsquery('simple', quote_literal(w))) as held
           from baseline where vector @@ to_tsquery('simple', $1)) as matched
        where held >= $3 order by rank desc, id limit 3`,
      [words.map((word) => `'${word.replace(/'/g, "''")}'`).join(' | '), words, Math.ceil(requiredCoverage(words.length) * words.length)],
    );
    return rows.map((row) => row.id);
  };
}

/** Queries as citizens type them on the way to the ones we know: unaccented, or a word short. */
function variedQueries(queries: readonly Query[]): string[] {
  const varied: string[] = [];
  for (const { q } of queries) {
    varied.push(q, q.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    const cut = q.replace(/[¿?¡!.,;]+/g, ' ').trim();
    if (cut.length > 6) varied.push(cut.slice(0, Math.max(3, Math.floor(cut.length * 0.7))));
  }
  return varied;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

const pct = (value: number) => value.toFixed(3);
const verdicts: boolean[] = [];
function verdict(label: string, value: number, budget: number, higherIsBetter: boolean, unit = ''): void {
  const pass = higherIsBetter ? value >= budget : value <= budget;
  verdicts.push(pass);
  console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${label.padEnd(26)} ${value.toFixed(unit ? 2 : 3)}${unit} (budget ${higherIsBetter ? '≥' : '≤'} ${budget}${unit})`);
}

function printQuality(label: string, ours: Quality, baseline: Quality | undefined, showMisses: boolean): void {
  console.log(`\n${label}: ${ours.answerable} answerable, ${ours.unanswerable} with no answer`);
  console.log(`  ${''.padEnd(12)} ${'P@1'.padStart(7)} ${'R@3'.padStart(7)} ${'none'.padStart(7)}`);
  console.log(`  ${'ours'.padEnd(12)} ${pct(ours.precisionAt1).padStart(7)} ${pct(ours.recallAt3).padStart(7)} ${pct(ours.none).padStart(7)}`);
  if (baseline) console.log(`  ${'baseline'.padEnd(12)} ${pct(baseline.precisionAt1).padStart(7)} ${pct(baseline.recallAt3).padStart(7)} ${pct(baseline.none).padStart(7)}`);
  if (showMisses) for (const miss of ours.misses) console.log(`    miss ${miss}`);
  else console.log(`    (${ours.misses.length} misses not shown)`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const sets: { label: string; queries: Query[]; showMisses: boolean; leftOut?: boolean }[] = [];
  if (existsSync(sharedFixtures + 'queries-dev-es.json')) {
    sets.push({ label: 'Development queries (fixtures/queries-dev-es.json)', queries: readJson<Query[]>(sharedFixtures + 'queries-dev-es.json'), showMisses: true });
  } else {
    console.log('(fixtures/queries-dev-es.json not found next to the repository: development set skipped)');
  }
  // Thirty-four sets written as held-out ones, each looked at while tuning once measured: now
  // development sets too, and the seed's questions citizens asked, so each is measured without its own.
  sets.push({
    label: 'Tuning queries, each set without its own questions (test/bench/queries-tuning-es.json)',
    queries: readJson<Query[]>(here('queries-tuning-es.json')),
    showMisses: true,
    leftOut: true,
  });
  // Six sets written from the articles alone by people who never saw the search, its vocabulary
  // or the other sets; their misses are never looked at while tuning.
  sets.push({ label: 'Held-out queries (test/bench/queries-holdout-es.json)', queries: readJson<Query[]>(here('queries-holdout-es.json')), showMisses: heldOutMisses });

  const db = await demoDatabase();
  const ours: Search = async (query) => (await searchFaq(db, { site: SITE, lang: 'es', query, limit: 3 })).map((hit) => hit.id);
  const baseline = await baselineSearch(db);
  const results = [];
  const stale = seedQuestionsOutOfStep();
  if (stale.length) console.log(`\nFAIL: the seed's questions (${stale.join(', ')}) are not the tuning queries': run \`npm run train:questions\``);
  verdicts.push(!stale.length);
  for (const set of sets) {
    const quality = set.leftOut ? await measureLeftOut(db, 'es', set.queries) : await measure(set.queries, ours);
    printQuality(set.label, quality, await measure(set.queries, baseline), set.showMisses);
    results.push({ set, quality });
  }
  // English: 30 articles of its own, Spanish ones standing in for the rest. The targets are set
  // for Spanish, so these are printed without budgets, and without the baseline (built on Spanish).
  const inEnglish: Search = async (query) => (await searchFaq(db, { site: SITE, lang: 'en', query, limit: 3 })).map((hit) => hit.id);
  for (const [kind, showMisses] of [['tuning', true], ['holdout', heldOutMisses]] as const) {
    const file = `queries-${kind}-en.json`;
    const queries = readJson<Query[]>(here(file));
    const quality = kind === 'tuning' ? await measureLeftOut(db, 'en', queries) : await measure(queries, inEnglish);
    printQuality(`English ${kind === 'tuning' ? 'tuning (each set without its own questions)' : 'held-out'} queries (test/bench/${file}, no budgets)`, quality, undefined, showMisses);
  }
  await db.close();
  const p95 = relevanceOnly ? undefined : await latency(sets.flatMap((set) => set.queries));

  console.log('\nBudgets');
  for (const { set, quality } of results) {
    console.log(` ${set.label}`);
    verdict('precision@1', quality.precisionAt1, BUDGETS.precisionAt1, true);
    verdict('recall@3', quality.recallAt3, BUDGETS.recallAt3, true);
    verdict('"none" answered with nothing', quality.none, BUDGETS.none, true);
  }
  if (p95 !== undefined) {
    console.log(' Latency');
    verdict('search p95', p95, BUDGETS.p95Ms, false, ' ms');
  }
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (verdicts.includes(false)) process.exitCode = 1;
}

/** The median round's p95 of server search time over the queries, varied, on a large corpus. */
async function latency(known: readonly Query[]): Promise<number> {
  console.log(`\nLatency on ${LARGE_CORPUS.toLocaleString('en')} articles (synthetic variations of the demo's), in-memory PGlite`);
  const large = await openDatabase({});
  await migrate(large);
  await seed(large);
  const importStarted = performance.now();
  await importArticles(large, SITE, 'es', syntheticArticles(demoArticles('es'), LARGE_CORPUS), { replace: true });
  console.log(`  import: ${((performance.now() - importStarted) / 1000).toFixed(1)} s`);
  const queries = variedQueries(known);
  for (const query of queries) await searchFaq(large, { site: SITE, lang: 'es', query });
  // Three rounds; the middle one counts, so that a burst of other work on the machine does not.
  const rounds: { p50: number; p95: number; max: number }[] = [];
  for (let round = 0; round < 3; round++) {
    const timings: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      await searchFaq(large, { site: SITE, lang: 'es', query });
      timings.push(performance.now() - start);
    }
    timings.sort((a, b) => a - b);
    rounds.push({ p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), max: timings.at(-1)! });
  }
  await large.close();
  for (const [index, round] of rounds.entries()) {
    console.log(`  round ${index + 1}: ${queries.length} searches, p50 ${round.p50.toFixed(2)} ms, p95 ${round.p95.toFixed(2)} ms, max ${round.max.toFixed(2)} ms`);
  }
  const middle = [...rounds].sort((a, b) => a.p95 - b.p95)[1]!;
  const p95 = middle.p95;
  console.log(`  median round: p50 ${middle.p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
  return p95;
}

await main();
