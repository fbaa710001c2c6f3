// Searching the FAQ. Per corpus (a site's articles in one language) a search asks the database
// a few short questions, each answered from an index by a function of migrations/002-faq.sql:
//   1. faq_analyze: the words, unaccented and stemmed, stop words, known to the corpus or not;
//   2. only when needed, faq_corrections (trigram index) for unknown words and faq_completions
//      (prefix range) for an unfinished last word;
//   3. faq_posting_heads: each stem's strongest articles, summed here into a few candidates;
//   4. faq_candidates: the candidates' own stems, to score them exactly;
//   5. faq_snippet_sources: the shown articles' texts and their words carrying a matched stem.
// Ranking and confidence are computed here from those answers (search/), and whether the query
// has an answer at all by the answer model (search/answer-model.ts). When the query holds
// a phrase of the site's "not our service" list (storage/faq-referrals.ts) that no candidate's
// title or tag holds, the answer is that referral and no results.
import type { Lang, SearchHit, SearchResults } from '@ventanilla/protocol';
import type { Queryable } from '../db/database.ts';
import { STEM_DICTIONARIES, stemInput } from './words.ts';
import { genericStems, headlineStems, referralsOf } from './referrals.ts';
import {
  buildQueryPlan,
  expansionNeeds,
  type AnalyzedToken,
  type QueryPlan,
  type SynonymSet,
  type VocabularyWord,
} from './search/query-plan.ts';
import { judge, type Judgement } from './search/confidence.ts';
import { POSTINGS_KEPT, QUERY_FILLERS, SMALL_NUMBER } from './search/settings.ts';
import { worthAnswering, type AnswerModel } from './search/answer-model.ts';
import { ANSWER_MODEL } from './search/answer-model.weights.ts';
import { articleEvidence, candidateDocs, countsIn, phrasesIn, type PostingHead } from './search/scoring.ts';
import { applicableReferral, holdsAnyWord, holdsPhrase, referralsInQuery, withoutGeneric, type ReferralMatch, type StemSequence } from './search/referrals.ts';
import { buildSnippet } from './search/snippet.ts';
import { QuestionIndex, queryWords as askedWords } from './search/asked-questions.ts';
import { lastWordOpen, tokenize } from './search/text.ts';
import { spellingVariants } from './search/typos.ts';
import type { FieldCounts } from './search/ranking.ts';

export interface SearchRequest {
  site: string;
  lang: Lang;
  query: string;
  topic?: string | undefined;
  limit?: number | undefined;
}

/** A result before its snippet, with the evidence behind its confidence (for tests and the bench). */
export interface RankedArticle extends Judgement {
  doc: number;
  corpus: number;
  id: string;
  title: string;
  topic: string;
  fallback: boolean;
  /** How close the query is to the closest question citizens asked of the article (0: none). */
  asked: number;
  /** Found only through those questions: the answer model does not judge it. */
  askedOnly?: boolean;
}

const MAX_TOKENS = 40;
const CANDIDATES = 16;
/** Postings read per query in the candidate step, shared among its stems. */
const POSTINGS_BUDGET = 1600;
/** Alternatives worth less than this share of the query's best one find no candidates. */
const NEGLIGIBLE = 0.05;
/** A Spanish article shown for another language ranks a little below a translated one. */
const FALLBACK_FACTOR = 0.9;
const DEFAULT_LIMIT = 8;

interface CorpusRow {
  id: number;
  lang: Lang;
  articles: number;
  version: number;
  avg_title: number;
  avg_tags: number;
  avg_body: number;
}

// Per database (a process may open several, as tests and the benchmark do, each numbering its
// corpora from 1), per corpus.
const synonymCaches = new WeakMap<Queryable, Map<number, { version: number; sets: SynonymSet[] }>>();

async function synonymsOf(db: Queryable, corpus: CorpusRow): Promise<SynonymSet[]> {
  let cache = synonymCaches.get(db);
  if (!cache) synonymCaches.set(db, (cache = new Map()));
  const cached = cache.get(corpus.id);
  if (cached?.version === corpus.version) return cached.sets;
  const [row] = await db.query<{ synonyms: string }>('select synonyms::text as synonyms from faq_corpora where id = $1', [corpus.id]);
  const sets = row ? (JSON.parse(row.synonyms) as SynonymSet[]) : [];
  cache.set(corpus.id, { version: corpus.version, sets });
  return sets;
}

const questionCaches = new WeakMap<Queryable, Map<number, { version: number; index: QuestionIndex }>>();

/** The corpus' questions citizens asked, indexed in memory once per version of the corpus. */
async function questionsOf(db: Queryable, corpus: CorpusRow): Promise<QuestionIndex> {
  let cache = questionCaches.get(db);
  if (!cache) questionCaches.set(db, (cache = new Map()));
  const cached = cache.get(corpus.id);
  if (cached?.version === corpus.version) return cached.index;
  // As text: splitting is quicker than the driver's parsing of a hundred thousand arrays.
  const rows = await db.query<{ doc: number; lexemes: string }>(
    "select doc, array_to_string(lexemes, ' ') as lexemes from faq_questions where corpus = $1 order by doc, position",
    [corpus.id],
  );
  const index = new QuestionIndex(rows.map((row) => ({ doc: row.doc, lexemes: row.lexemes ? row.lexemes.split(' ') : [] })));
  cache.set(corpus.id, { version: corpus.version, index });
  return index;
}

/** How close a query must be to a question citizens asked (0 to 1) for its article to be shown. */
const ASKED = {
  /** A candidate, shown below the best result. */
  candidate: 0.3,
  /** The answer when nothing else is. */
  alone: 0.6,
  /** The first result; a referral gives way to it when the rest of the query is close too. */
  lead: 0.7,
};
/** How much less close than the closest question a shown article may be and still speak for it. */
const ASKED_AGREEMENT = 0.1;
/** Articles whose closeness to the query is known: the closest and the runners-up. */
const ASKED_CANDIDATES = 3;

interface AnalysisRow {
  corpus: number;
  articles: number;
  version: number;
  avg_title: number;
  avg_tags: number;
  avg_body: number;
  word_position: number;
  folded: string;
  stop: boolean;
  lexeme: string | null;
  word_articles: number | null;
  headline: number | null;
  guess: string | null;
}

/** The corpus of a site and language, and what its vocabulary makes of each word; none when it has no articles. */
async function analyzeTokens(db: Queryable, site: string, lang: Lang, words: string[]): Promise<{ corpus: CorpusRow; tokens: AnalyzedToken[] } | undefined> {
  const rows = await db.query<AnalysisRow>('select * from faq_analyze($1, $2, $3::text[], $4::text[], $5::regdictionary)', [
    site,
    lang,
    words,
    words.map((word) => stemInput(word, lang)),
    STEM_DICTIONARIES[lang],
  ]);
  const first = rows[0];
  if (!first) return undefined;
  const corpus: CorpusRow = {
    id: first.corpus,
    lang,
    articles: first.articles,
    version: first.version,
    avg_title: first.avg_title,
    avg_tags: first.avg_tags,
    avg_body: first.avg_body,
  };
  const fillers = QUERY_FILLERS[lang];
  const tokens = rows.map((row) => ({
    position: row.word_position,
    folded: row.folded,
    stop: row.stop || Boolean(fillers?.has(row.folded)) || SMALL_NUMBER.test(row.folded),
    lexeme: row.lexeme ?? undefined,
    articles: row.word_articles ?? undefined,
    headline: row.headline ?? undefined,
    stem: row.guess ?? undefined,
  }));
  return { corpus, tokens };
}

async function vocabularyNear(db: Queryable, corpus: CorpusRow, typos: AnalyzedToken[], prefix: AnalyzedToken | undefined): Promise<VocabularyWord[]> {
  if (!typos.length && !prefix) return [];
  // Trigrams find longer words with a letter changed; short ones share too few trigrams.
  const variants = typos
    .flatMap((token, index) => (token.folded.length <= RESPELL_UP_TO ? spellingVariants(token.folded).map((variant) => ({ variant, index: index + 1 })) : []));
  const rows = await db.query<{ word_index: number; kind: 'typo' | 'prefix'; word: string; lexeme: string; articles: number; headline: number }>(
    `select word_index, 'typo' as kind, word, lexeme, articles, headline from faq_corrections($1, $2::text[], $3::text[])
     union all
     select w.i, 'typo', v.word, v.lexeme, p.articles, p.headline_articles
       from unnest($5::text[], $6::int[]) as w(word, i)
       join faq_vocabulary v on v.corpus = $1 and v.word = w.word
       join faq_postings p on p.corpus = $1 and p.lexeme = v.lexeme
     union all
     select 0, 'prefix', word, lexeme, articles, headline from faq_completions($1, $4::text) where $4::text <> ''`,
    [
      corpus.id,
      typos.map((token) => token.folded),
      typos.map((token) => sortedLetters(token.folded)),
      prefix?.folded ?? '',
      variants.map((item) => item.variant),
      variants.map((item) => item.index),
    ],
  );
  return rows.map(({ word_index, kind, ...word }) => ({
    ...word,
    kind,
    position: kind === 'prefix' ? prefix!.position : typos[word_index - 1]!.position,
  }));
}

function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

/** The head of each alternative's postings: as many articles as the query's budget allows. */
async function postingHeads(db: Queryable, corpus: CorpusRow, plan: QueryPlan, whole: boolean): Promise<PostingHead[]> {
  const values = plan.groups.flatMap((group) => group.alternatives.map((alternative) => ({ lexeme: alternative.lexeme, value: group.value * alternative.weight })));
  const best = Math.max(0, ...values.map((item) => item.value));
  const lexemes = [...new Set(values.filter((item) => item.value >= best * NEGLIGIBLE).map((item) => item.lexeme))];
  if (!lexemes.length) return [];
  const length = whole ? POSTINGS_KEPT : Math.max(60, Math.floor(POSTINGS_BUDGET / lexemes.length));
  // As text: splitting a list of numbers is quicker than the driver's generic array parsing.
  const rows = await db.query<{ lexeme: string; docs: string; weights: string }>('select * from faq_posting_heads($1, $2::text[], $3)', [
    corpus.id,
    lexemes,
    length,
  ]);
  const numbers = (list: string) => (list.length > 2 ? list.slice(1, -1).split(',').map(Number) : []);
  return rows.map((row) => ({ lexeme: row.lexeme, docs: numbers(row.docs), weights: numbers(row.weights) }));
}

interface CandidateRow {
  doc: number;
  id: string;
  title: string;
  tags: string[];
  topic: string;
  title_len: number;
  tags_len: number;
  body_len: number;
  terms: string;
  concepts: string;
  translated: boolean;
}

export interface CorpusSearch {
  corpus: CorpusRow;
  plan: QueryPlan;
  ranked: RankedArticle[];
  /** The query's indexed words with the stems each may be (for referral phrases). */
  words: StemSequence;
  /** Index into `words` where a closing purpose clause starts ("… para pedir la nacionalidad"). */
  purpose?: number | undefined;
  /** Each candidate's title and tags, before any was judged worth showing. */
  headlines: Map<number, string[]>;
}

export type SearchReferral = NonNullable<SearchResults['referral']>;

/** The query's indexed words, each with the stems it may stand for: as typed, and the corpus' own. */
function queryWords(tokens: readonly AnalyzedToken[]): { words: StemSequence; positions: number[] } {
  const words: string[][] = [];
  const positions: number[] = [];
  for (const token of tokens) {
    // A small number is no subject to search for, but part of a phrase ("farmacia 24 horas").
    if (token.stop && !SMALL_NUMBER.test(token.folded)) continue;
    const stems = [...new Set([token.stem, token.lexeme].filter((stem): stem is string => Boolean(stem)))];
    if (!stems.length) continue;
    words.push(stems);
    positions.push(token.position);
  }
  return { words, positions };
}

/** Unknown words this long or shorter are also looked up respelt as they sound. */
const RESPELL_UP_TO = 5;
/** From this many indexed words on, a query is a message telling a story. */
const MESSAGE_WORDS = 8;

/** The word that opens a purpose clause ("… para pedir la nacionalidad"), per language. */
const PURPOSE: Partial<Record<Lang, string>> = { es: 'para', pt: 'para' };

/** Where the query's last purpose clause starts, as an index into its indexed words; none without one. */
function purposeStart(tokens: readonly AnalyzedToken[], positions: readonly number[], lang: Lang): number | undefined {
  const marker = PURPOSE[lang];
  const at = marker ? tokens.findLastIndex((token) => token.folded === marker) : -1;
  if (at < 0) return undefined;
  const start = positions.findIndex((position) => position > tokens[at]!.position);
  return start < 0 ? undefined : start;
}

async function searchCorpus(db: Queryable, site: string, lang: Lang, query: string, topic: string | undefined, translatedIn: Lang | undefined): Promise<CorpusSearch | undefined> {
  const tokens = tokenize(query);
  const words = tokens.slice(0, MAX_TOKENS).map((token) => token.word);
  if (!words.length) return undefined;
  const analysis = await analyzeTokens(db, site, lang, words);
  if (!analysis) return undefined;
  const { corpus, tokens: analyzed } = analysis;
  const needs = expansionNeeds(analyzed, lastWordOpen(query) && tokens.length <= MAX_TOKENS);
  const found = await vocabularyNear(db, corpus, needs.typos, needs.prefix);
  const plan = buildQueryPlan(analyzed, found, await synonymsOf(db, corpus), corpus.articles);
  const { words: typed, positions } = queryWords(analyzed);
  // A misspelt word also stands for its corrections ("sertificado": "certificado").
  const indexed = typed.map((stems, index) => {
    const group = plan.groups.find((each) => each.position === positions[index]);
    const corrected = group?.alternatives.filter((item) => item.kind === 'typo').map((item) => item.lexeme) ?? [];
    return corrected.length ? [...new Set([...stems, ...corrected])] : stems;
  });
  const purpose = purposeStart(analyzed, positions, lang);
  // Within a topic, whole postings are read (up to POSTINGS_KEPT per stem) and kept to the topic.
  const inTopic = topic
    ? new Set((await db.query<{ doc: number }>('select doc from faq_articles where corpus = $1 and topic = $2', [corpus.id, topic])).map((row) => row.doc))
    : undefined;
  const questions = await questionsOf(db, corpus);
  // A word still being typed is not a question yet: questions are compared once every word is finished.
  const asked = questions.size && plan.openWord === undefined ? questions.nearest(askedWords(plan), ASKED.candidate, ASKED_CANDIDATES, inTopic) : [];
  const searchable = plan.groups.some((group) => group.alternatives.length);
  if (!searchable && !asked.length) return { corpus, plan, ranked: [], words: indexed, purpose, headlines: new Map() };

  const heads = searchable ? await postingHeads(db, corpus, plan, topic !== undefined) : [];
  const matched = candidateDocs(plan, heads, corpus.articles, CANDIDATES, inTopic);
  // Only the closest can be shown; the others' closeness tells whether a shown article agrees.
  const docs = [...new Set([...matched, ...asked.slice(0, 1).map((match) => match.doc)])];
  if (!docs.length) return { corpus, plan, ranked: [], words: indexed, purpose, headlines: new Map() };
  const closeness = new Map(asked.map((match) => [match.doc, match.similarity]));
  const rows = await db.query<CandidateRow>('select * from faq_candidates($1::int[], $2::text)', [docs, translatedIn ?? null]);
  const averages: FieldCounts = [corpus.avg_title, corpus.avg_tags, corpus.avg_body];
  const fallback = translatedIn !== undefined;
  const ranked = rows
    // Spanish stands in only for the articles the requested language lacks.
    .filter((row) => !row.translated)
    .map((row): RankedArticle => {
      const evidence = articleEvidence(
        plan,
        {
          title: row.title,
          tags: row.tags,
          lengths: [row.title_len, row.tags_len, row.body_len],
          counts: (lexeme) => countsIn(lexeme.startsWith('~') ? row.concepts : row.terms, lexeme),
          phrases: phrasesIn(row.terms),
        },
        averages,
        corpus.articles,
      );
      const judgement = judge(evidence);
      if (fallback) judgement.rank *= FALLBACK_FACTOR;
      const article: RankedArticle = { doc: row.doc, corpus: corpus.id, id: row.id, title: row.title, topic: row.topic, fallback, asked: closeness.get(row.doc) ?? 0, ...judgement };
      if (!matched.includes(row.doc)) article.askedOnly = true;
      return article;
    });
  const headlines = new Map(rows.map((row) => [row.doc, [row.title, ...row.tags]]));
  return { corpus, plan, ranked, words: indexed, purpose, headlines };
}

function byRank(a: RankedArticle, b: RankedArticle): number {
  return b.rank - a.rank || a.id.localeCompare(b.id);
}

/**
 * A corpus' candidates worth showing: none when the query has no answer among them (the answer
 * model, or with `model` null the rules alone); else the best one, and the others the rules show.
 */
function shownCandidates(search: CorpusSearch, model: AnswerModel | null): RankedArticle[] {
  const sorted = search.ranked.filter((article) => !article.askedOnly).sort(byRank);
  let shown: RankedArticle[];
  if (model === null) shown = sorted.filter((article) => article.confidence !== null);
  else if (!worthAnswering(search.plan, sorted, model)) shown = [];
  else {
    const [best, ...rest] = sorted;
    shown = [{ ...best!, confidence: best!.confidence ?? 'low' }, ...rest.filter((article) => article.confidence !== null)];
  }
  return withClosestAsked(shown, search.ranked);
}

/**
 * The shown results with the article of the closest question citizens asked, when close enough:
 * first when very close, else second; alone when nothing else was worth showing. Its rank is set
 * to hold that place when the results of several languages are merged.
 */
function withClosestAsked(shown: RankedArticle[], candidates: readonly RankedArticle[]): RankedArticle[] {
  // Between equally close ones (a question asked of two articles), the one its own words rank higher.
  const closest = candidates
    .filter((article) => article.asked > 0)
    .reduce<RankedArticle | undefined>(
      (best, article) => (!best || article.asked > best.asked || (article.asked === best.asked && byRank(article, best) < 0) ? article : best),
      undefined,
    );
  if (!closest) return shown;
  const lead = closest.asked >= ASKED.lead;
  const others = shown.filter((article) => article.doc !== closest.doc);
  const placed = { ...closest, confidence: closest.confidence ?? (lead ? 'medium' : 'low') };
  if (!shown.length) return closest.asked >= ASKED.alone ? [placed] : [];
  if (lead) return inOrder([{ ...placed, rank: Math.max(placed.rank, others[0] ? others[0].rank + RANK_STEP : 0) }, ...others]);
  // A shown article nearly as close to what citizens asked: the results already say the same.
  if (others.slice(0, 3).some((article) => article.asked >= closest.asked - ASKED_AGREEMENT)) return shown;
  if (others.length === shown.length) return inOrder([others[0]!, placed, ...others.slice(1)]);
  return shown;
}

/** The articles with their ranks lowered where needed to follow the order given. */
function inOrder(articles: RankedArticle[]): RankedArticle[] {
  for (let i = 1; i < articles.length; i++) {
    const above = articles[i - 1]!.rank;
    if (articles[i]!.rank >= above) articles[i] = { ...articles[i]!, rank: above - RANK_STEP };
  }
  return articles;
}

/** How far apart ranks are set to keep an article of a close question in its place. */
const RANK_STEP = 1e-6;

/** Every article judged worth showing, best first (no snippets yet), and how the query was read. */
export async function rankArticles(
  db: Queryable,
  request: SearchRequest,
  model: AnswerModel | null = ANSWER_MODEL,
): Promise<{ ranked: RankedArticle[]; searches: CorpusSearch[] }> {
  const languages: Lang[] = request.lang === 'es' ? ['es'] : [request.lang, 'es'];
  const searches: CorpusSearch[] = [];
  for (const lang of languages) {
    // Spanish stands in for the articles the requested language lacks.
    const translatedIn = lang !== request.lang ? request.lang : undefined;
    const search = await searchCorpus(db, request.site, lang, request.query, request.topic, translatedIn);
    if (search) searches.push(search);
  }
  // The model judges searches in the language it learned from, of articles in that language;
  // others (and Spanish articles standing in for another language's) are judged by the rules alone.
  const judgedBy = (search: CorpusSearch) => (model && search.corpus.lang === request.lang && model.lang === request.lang ? model : null);
  const ranked = searches.flatMap((search) => shownCandidates(search, judgedBy(search))).sort(byRank);
  return { ranked, searches };
}

/**
 * The referral answering the query, if any: its phrase is in the query, and no candidate of the
 * requested language is about it. Titles and tags are stemmed only when a phrase matched.
 */
async function referralFor(db: Queryable, request: SearchRequest, searches: readonly CorpusSearch[], ranked: readonly RankedArticle[]): Promise<SearchReferral | undefined> {
  const search = searches.find((each) => each.corpus.lang === request.lang);
  if (!search?.words.length) return undefined;
  const referrals = await referralsOf(db, search.corpus, request.site, request.lang);
  if (!referrals.length) return undefined;
  const matches = referralsInQuery(search.words, referrals);
  if (!matches.length) return undefined;
  // In a message of many words, the phrase may well be the story and not the question: a
  // result worth showing stands (known before any title is stemmed).
  if (search.words.length >= MESSAGE_WORDS && ranked[0]) return undefined;
  // Every candidate's title and tags, stemmed at once, then told apart again per candidate.
  const docs = [...search.headlines];
  const stemmed = await headlineStems(db, request.lang, docs.flatMap(([, texts]) => texts));
  const byDoc = new Map<number, StemSequence>();
  let next = 0;
  for (const [doc, texts] of docs) byDoc.set(doc, stemmed.slice(next, (next += texts.length)).flat());
  const match = applicableReferral(matches, stemmed);
  if (!match) return undefined;
  // Citizens asked the best result's question in nearly these words, and in more than the phrase's
  // ("me van a cortar la luz y no puedo pagar" is not about the electricity company's cuts).
  if (ranked[0] && ranked[0].asked >= ASKED.lead && (await askedBeyond(db, search, match.phrase)).has(ranked[0].doc)) return undefined;
  // Ending on an unfinished word, the phrase may be on its way to a shown article's word.
  const reading = readingOf(match, search);
  if (reading !== match && ranked.some((article) => holdsPhrase(byDoc.get(article.doc) ?? [], reading.phrase))) return undefined;
  // "Certificado histórico de empadronamiento para pedir la nacionalidad": when the phrase is only
  // the purpose of what the query asks, and the best result answers that, the results stand.
  const best = ranked[0] && byDoc.get(ranked[0].doc);
  if (best && search.purpose !== undefined && holdsPhrase(search.words.slice(search.purpose), match.phrase)) {
    const asked = withoutGeneric(search.words.slice(0, search.purpose), await genericStems(db, request.lang));
    if (holdsAnyWord(best, asked)) return undefined;
  }
  const { referral } = match;
  return { name: referral.name, text: referral.text, ...(referral.url ? { url: referral.url } : {}) };
}

/** The articles whose questions are close to the query's words outside a phrase. */
async function askedBeyond(db: Queryable, search: CorpusSearch, phrase: StemSequence): Promise<Set<number>> {
  const stems = new Set(phrase.flat());
  const outside = search.plan.groups.filter((group) => ![group.stem, ...group.alternatives.map((item) => item.lexeme)].some((stem) => stem !== undefined && stems.has(stem)));
  if (!outside.length) return new Set();
  const questions = await questionsOf(db, search.corpus);
  return new Set(questions.nearest(askedWords({ groups: outside }), ASKED.candidate, ASKED_CANDIDATES).map((match) => match.doc));
}

/**
 * A referral's phrase as the query may mean it: ending on an unfinished last word, the phrase also
 * stands for that word's completions, so that a result about one of them is about the phrase
 * ("certificado digi…" is on its way to "certificado digital", not to the company Digi).
 */
function readingOf(match: ReferralMatch, search: CorpusSearch): ReferralMatch {
  const open = search.plan.openWord;
  const last = search.plan.groups.at(-1);
  const typed = search.words.at(-1);
  if (open === undefined || last?.word !== open || !last.stem || !typed?.includes(last.stem)) return match;
  if (!holdsPhrase(search.words.slice(-match.phrase.length), match.phrase)) return match;
  const completions = last.alternatives.filter((item) => item.kind === 'prefix').map((item) => item.lexeme);
  if (!completions.length) return match;
  return { ...match, phrase: [...match.phrase.slice(0, -1), [...match.phrase.at(-1)!, ...completions]] };
}

/** What GET /v1/faq/search answers: the results, or none and a referral to whoever handles it. */
export async function answerSearch(
  db: Queryable,
  request: SearchRequest,
  model: AnswerModel | null = ANSWER_MODEL,
): Promise<Pick<SearchResults, 'results' | 'referral'>> {
  const { ranked, searches } = await rankArticles(db, request, model);
  const referral = await referralFor(db, request, searches, ranked);
  if (referral) return { results: [], referral };
  return { results: await withSnippets(db, request, ranked, searches) };
}

/** The results of a search, best first; none when nothing fits or another body handles it. */
export async function searchFaq(db: Queryable, request: SearchRequest): Promise<SearchHit[]> {
  return (await answerSearch(db, request)).results;
}

async function withSnippets(db: Queryable, request: SearchRequest, ranked: readonly RankedArticle[], searches: readonly CorpusSearch[]): Promise<SearchHit[]> {
  const shown = ranked.slice(0, request.limit ?? DEFAULT_LIMIT);
  const texts = new Map<number, { text: string; words: Set<string> }>();
  for (const search of searches) {
    const docs = shown.filter((article) => article.corpus === search.corpus.id).map((article) => article.doc);
    if (!docs.length) continue;
    const rows = await db.query<{ doc: number; body_text: string; forms: string[] | null }>('select * from faq_snippet_sources($1::int[], $2::text[])', [
      docs,
      [...(await matchedLexemes(db, search))],
    ]);
    for (const row of rows) texts.set(row.doc, { text: row.body_text, words: new Set(row.forms ?? []) });
  }
  return shown.map((article, index) => {
    const { text, words } = texts.get(article.doc)!;
    const hit: SearchHit = {
      id: article.id,
      title: article.title,
      topic: article.topic,
      snippet: buildSnippet(text, (word) => words.has(word)),
      score: Math.round(article.rank * 1000) / 1000,
      confidence: settledConfidence(article, index, shown),
    };
    if (article.fallback) hit.fallback = true;
    return hit;
  });
}

/** Only a clear first result is `high`: when another one comes close, the query is ambiguous. */
const CLEAR_LEAD = 0.05;

function settledConfidence(article: RankedArticle, index: number, shown: readonly RankedArticle[]) {
  if (article.confidence !== 'high') return article.confidence!;
  const next = shown[1];
  return index === 0 && (!next || article.rank - next.rank >= CLEAR_LEAD) ? 'high' : 'medium';
}

/** The stems the query may have matched, synonym sets spelled out: their words are marked in snippets. */
async function matchedLexemes(db: Queryable, search: CorpusSearch): Promise<Set<string>> {
  const synonymSets = await synonymsOf(db, search.corpus);
  const lexemes = new Set<string>();
  for (const group of search.plan.groups) {
    for (const alternative of group.alternatives) {
      if (alternative.kind !== 'synonym') {
        lexemes.add(alternative.lexeme);
        continue;
      }
      const set = synonymSets.find((item) => `~${item.id}` === alternative.lexeme);
      for (const term of set?.terms ?? []) for (const lexeme of term) lexemes.add(lexeme);
    }
  }
  return lexemes;
}
