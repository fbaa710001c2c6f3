// Searching the FAQ. Per corpus (a site's articles in one language) a search asks the database
// a few short questions, each answered from an index by a function of migrations/002-faq.sql:
//   1. faq_analyze: the words, unaccented and stemmed, stop words, known to the corpus or not;
//   2. only when needed, faq_corrections (trigram index) for unknown words and faq_completions
//      (prefix range) for an unfinished last word;
//   3. faq_posting_heads: each stem's strongest articles, summed here into a few candidates;
//   4. faq_candidates: the candidates' own stems, to score them exactly;
//   5. faq_snippet_sources: the shown articles' texts and their words carrying a matched stem.
// Ranking and confidence are computed here from those answers (search/).
import type { Lang, SearchHit } from '@ventanilla/protocol';
import type { Queryable } from './database.ts';
import { STEM_DICTIONARIES } from './faq-words.ts';
import { POSTINGS_KEPT } from './faq-import.ts';
import {
  buildQueryPlan,
  expansionNeeds,
  QUERY_FILLERS,
  type AnalyzedToken,
  type QueryPlan,
  type SynonymSet,
  type VocabularyWord,
} from '../search/query-plan.ts';
import { judge, type Judgement } from '../search/confidence.ts';
import { articleEvidence, candidateDocs, countsIn, type PostingHead } from '../search/scoring.ts';
import { buildSnippet } from '../search/snippet.ts';
import { lastWordOpen, tokenize } from '../search/text.ts';
import type { FieldCounts } from '../search/ranking.ts';

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
}

const MAX_TOKENS = 40;
const CANDIDATES = 20;
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

const synonymCache = new Map<number, { version: number; sets: SynonymSet[] }>();

async function synonymsOf(db: Queryable, corpus: CorpusRow): Promise<SynonymSet[]> {
  const cached = synonymCache.get(corpus.id);
  if (cached?.version === corpus.version) return cached.sets;
  const [row] = await db.query<{ synonyms: string }>('select synonyms::text as synonyms from faq_corpora where id = $1', [corpus.id]);
  const sets = row ? (JSON.parse(row.synonyms) as SynonymSet[]) : [];
  synonymCache.set(corpus.id, { version: corpus.version, sets });
  return sets;
}

/**
 * What the stemmer is given for a word no article holds. Spanish words ending in -ion carry an
 * accent the stemmer needs ("notificacion" → "notificación"), and the stemmer does not know
 * superlatives ("altísima" → "alta").
 */
export function stemInput(word: string, lang: Lang): string {
  if (lang !== 'es') return word;
  return word.replace(/^(.{2,}?)[ií]sim([oa]s?)$/, '$1$2').replace(/ion$/, 'ión');
}

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
    stop: row.stop || Boolean(fillers?.has(row.folded)),
    lexeme: row.lexeme ?? undefined,
    articles: row.word_articles ?? undefined,
    headline: row.headline ?? undefined,
    stem: row.guess ?? undefined,
  }));
  return { corpus, tokens };
}

async function vocabularyNear(db: Queryable, corpus: CorpusRow, typos: AnalyzedToken[], prefix: AnalyzedToken | undefined): Promise<VocabularyWord[]> {
  if (!typos.length && !prefix) return [];
  const rows = await db.query<{ word_index: number; kind: 'typo' | 'prefix'; word: string; lexeme: string; articles: number; headline: number }>(
    `select word_index, 'typo' as kind, word, lexeme, articles, headline from faq_corrections($1, $2::text[], $3::text[])
     union all
     select 0, 'prefix', word, lexeme, articles, headline from faq_completions($1, $4::text) where $4::text <> ''`,
    [corpus.id, typos.map((token) => token.folded), typos.map((token) => sortedLetters(token.folded)), prefix?.folded ?? ''],
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

interface CorpusSearch {
  corpus: CorpusRow;
  plan: QueryPlan;
  ranked: RankedArticle[];
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
  if (!plan.groups.some((group) => group.alternatives.length)) return { corpus, plan, ranked: [] };

  const heads = await postingHeads(db, corpus, plan, topic !== undefined);
  // Within a topic, whole postings are read (up to POSTINGS_KEPT per stem) and kept to the topic.
  const inTopic = topic
    ? new Set((await db.query<{ doc: number }>('select doc from faq_articles where corpus = $1 and topic = $2', [corpus.id, topic])).map((row) => row.doc))
    : undefined;
  const docs = candidateDocs(plan, heads, corpus.articles, CANDIDATES, inTopic);
  if (!docs.length) return { corpus, plan, ranked: [] };
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
        },
        averages,
        corpus.articles,
      );
      const judgement = judge(evidence);
      if (fallback) judgement.rank *= FALLBACK_FACTOR;
      return { doc: row.doc, corpus: corpus.id, id: row.id, title: row.title, topic: row.topic, fallback, ...judgement };
    });
  return { corpus, plan, ranked };
}

/** Every article judged worth showing, best first (no snippets yet), and how the query was read. */
export async function rankArticles(db: Queryable, request: SearchRequest): Promise<{ ranked: RankedArticle[]; searches: CorpusSearch[] }> {
  const languages: Lang[] = request.lang === 'es' ? ['es'] : [request.lang, 'es'];
  const searches: CorpusSearch[] = [];
  for (const lang of languages) {
    // Spanish stands in for the articles the requested language lacks.
    const translatedIn = lang !== request.lang ? request.lang : undefined;
    const search = await searchCorpus(db, request.site, lang, request.query, request.topic, translatedIn);
    if (search) searches.push(search);
  }
  const ranked = searches
    .flatMap((search) => search.ranked)
    .filter((article) => article.confidence !== null)
    .sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
  return { ranked, searches };
}

export async function searchFaq(db: Queryable, request: SearchRequest): Promise<SearchHit[]> {
  const { ranked, searches } = await rankArticles(db, request);
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
