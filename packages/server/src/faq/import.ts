// Loading articles into a site's FAQ, and deriving everything search reads from them.
//
// importArticles upserts articles (title, department, tags, Markdown body, date) for one site and
// language, each with its stems (a tsvector and counts per field) and words; then the corpus
// index is rebuilt from every article of the corpus (corpus-index.ts). A partial import or a
// synonym change leaves it as consistent as a full one.
import type { Lang } from '@ventanilla/protocol';
import { articleProblems } from './article-validation.ts';
import type { Database, Queryable } from '../db/database.ts';
import { analyzeWords } from './words.ts';
import { buildDocumentVector, type Analyze, type WordAnalysis } from './search/document-vector.ts';
import { markdownToText } from './search/markdown-text.ts';
import { tokenize } from './search/text.ts';
import { questionLexemes } from './search/asked-questions.ts';
import type { FieldCounts, TermCounts } from './search/ranking.ts';
import { refreshCorpus, type IndexedArticle } from './corpus-index.ts';

export interface ArticleInput {
  id: string;
  department: string;
  title: string;
  tags: string[];
  /**
   * The citizen's own words for the article's subject ("colchón", "tirar un sofá"): searched with
   * the body's weight, never shown. Editors keep them in a vocabulary file (see `withKeywords`).
   */
  keywords?: string[] | undefined;
  /**
   * Questions citizens asked that the article answers, as they asked them ("me van a cortar la
   * luz y no puedo pagar"): a search close to one of them finds the article. Never shown.
   */
  questions?: string[] | undefined;
  /** Markdown. */
  body: string;
  /** YYYY-MM-DD */
  updated: string;
}

export interface ImportOptions {
  /** Also delete the corpus' articles that are not in this import. */
  replace?: boolean;
}

export interface ImportResult {
  imported: number;
  deleted: number;
  articles: number;
}

const BATCH = 500;

/** The article's tags and keywords: words the vocabulary (typo correction, completion) learns. */
function searchedTags(article: ArticleInput): string[] {
  return [...article.tags, ...(article.keywords ?? [])];
}

/**
 * The article's keywords less the words its title and tags already hold, and less the words
 * many articles use (`common`): keywords bring the citizen's other words, and must neither make
 * an article weigh its own subject more than its neighbours do theirs ("empadronado" in the
 * keywords of every padrón article) nor add weight to a word every article uses ("casa" in
 * "incendio en casa").
 */
function newKeywords(article: ArticleInput, analyze: Analyze, common: ReadonlySet<string>): string[] {
  const stem = (word: string) => analyze(word).lexeme;
  const own = new Set([article.title, ...article.tags].flatMap((text) => tokenize(text).map((token) => stem(token.word))));
  return (article.keywords ?? [])
    .map((phrase) =>
      tokenize(phrase)
        .map((token) => token.word)
        .filter((word) => {
          const lexeme = stem(word);
          return lexeme !== null && !own.has(lexeme) && !common.has(lexeme);
        })
        .join(' '),
    )
    .filter(Boolean);
}

/** In an import of this many articles or more, a stem that a fifth of them use is common. */
const COMMON_FROM_ARTICLES = 20;
const COMMON_SHARE = 0.2;

/** The stems that at least a fifth of the imported articles use (none in a small import). */
function commonStems(texts: readonly { article: ArticleInput; bodyText: string }[], analyze: Analyze): Set<string> {
  const common = new Set<string>();
  if (texts.length < COMMON_FROM_ARTICLES) return common;
  const articles = new Map<string, number>();
  for (const { article, bodyText } of texts) {
    const stems = new Set([article.title, ...article.tags, bodyText].flatMap((text) => tokenize(text).map((token) => analyze(token.word).lexeme)));
    for (const stem of stems) if (stem) articles.set(stem, (articles.get(stem) ?? 0) + 1);
  }
  for (const [stem, count] of articles) if (count >= texts.length * COMMON_SHARE) common.add(stem);
  return common;
}

/**
 * The articles with the keywords of a vocabulary (article id → the citizen's words) added to
 * their own. A vocabulary entry for an article that is not there is a mistake worth saying.
 */
export function withKeywords(articles: readonly ArticleInput[], vocabulary: Readonly<Record<string, readonly string[]>>): ArticleInput[] {
  return withListed(articles, 'keywords', vocabulary);
}

/** The articles with the questions of a file (article id → questions citizens asked) added to their own. */
export function withQuestions(articles: readonly ArticleInput[], questions: Readonly<Record<string, readonly string[]>>): ArticleInput[] {
  return withListed(articles, 'questions', questions);
}

function withListed(articles: readonly ArticleInput[], field: 'keywords' | 'questions', lists: Readonly<Record<string, readonly string[]>>): ArticleInput[] {
  const ids = new Set(articles.map((article) => article.id));
  const unknown = Object.keys(lists).filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`${field === 'keywords' ? 'Keywords' : 'Questions'} for article(s) not in the import: ${unknown.join(', ')}`);
  return articles.map((article) => {
    const added = lists[article.id];
    return added ? { ...article, [field]: [...new Set([...(article[field] ?? []), ...added])] } : article;
  });
}

export async function importArticles(
  db: Database,
  site: string,
  lang: Lang,
  articles: readonly ArticleInput[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const problems = articleProblems(articles);
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id)) problems.push(`article "${article.id}" appears twice`);
    seen.add(article.id);
  }
  if (problems.length) throw new Error(`Cannot import the articles:\n- ${problems.join('\n- ')}`);

  return db.transaction(async (tx) => {
    const departments = new Set(
      (await tx.query<{ id: string }>('select id from departments where site_id = $1', [site])).map((row) => row.id),
    );
    if (!departments.size) throw new Error(`Site "${site}" does not exist or has no departments.`);
    const unknown = [...new Set(articles.map((article) => article.department))].filter((id) => !departments.has(id));
    if (unknown.length) {
      throw new Error(`Unknown department(s) for site "${site}": ${unknown.join(', ')}. Known: ${[...departments].join(', ')}.`);
    }
    const corpus = await ensureCorpus(tx, site, lang);
    const texts = articles.map((article) => ({ article, bodyText: markdownToText(article.body) }));
    const analysis = await analyzeWords(
      tx,
      lang,
      texts.flatMap(({ article, bodyText }) =>
        [article.title, ...searchedTags(article), ...(article.questions ?? []), bodyText].flatMap((text) => tokenize(text).map((token) => token.word)),
      ),
    );
    const analyze = (word: string) => analysis.get(word) ?? { folded: word, lexeme: null };
    const common = commonStems(texts, analyze);
    const indexed = new Map<number, IndexedArticle>();
    for (let start = 0; start < texts.length; start += BATCH) {
      await upsertBatch(tx, corpus, site, lang, texts.slice(start, start + BATCH), analyze, common, indexed);
    }
    let deleted = 0;
    if (options.replace) {
      const rows = await tx.query<{ doc: number }>(
        'delete from faq_articles where corpus = $1 and not (id = any($2::text[])) returning doc',
        [corpus, articles.map((article) => article.id)],
      );
      deleted = rows.length;
    }
    const total = await refreshCorpus(tx, corpus, indexed);
    return { imported: articles.length, deleted, articles: total };
  });
}

/** Replaces the synonym sets of a site and language, and re-derives the corpus index. */
export async function replaceSynonyms(db: Database, site: string, lang: Lang, sets: readonly (readonly string[])[]): Promise<number> {
  const cleaned = sets
    .map((set) => [...new Set(set.map((term) => term.trim().toLowerCase()).filter(Boolean))])
    .filter((set) => set.length >= 2);
  return db.transaction(async (tx) => {
    await tx.query('delete from faq_synonyms where site_id = $1 and lang = $2', [site, lang]);
    for (const terms of cleaned) {
      await tx.query('insert into faq_synonyms (site_id, lang, terms) values ($1, $2, $3)', [site, lang, terms]);
    }
    const corpus = await ensureCorpus(tx, site, lang);
    await refreshCorpus(tx, corpus);
    return cleaned.length;
  });
}

async function ensureCorpus(tx: Queryable, site: string, lang: Lang): Promise<number> {
  await tx.query('insert into faq_corpora (site_id, lang) values ($1, $2) on conflict (site_id, lang) do nothing', [site, lang]);
  const [row] = await tx.query<{ id: number }>('select id from faq_corpora where site_id = $1 and lang = $2', [site, lang]);
  return row!.id;
}

async function upsertBatch(
  tx: Queryable,
  corpus: number,
  site: string,
  lang: Lang,
  batch: { article: ArticleInput; bodyText: string }[],
  analyze: (word: string) => WordAnalysis,
  common: ReadonlySet<string>,
  indexed: Map<number, IndexedArticle>,
): Promise<void> {
  const vectors = new Map<string, { lengths: FieldCounts; terms: Record<string, TermCounts> }>();
  const columns = {
    id: [] as string[],
    topic: [] as string[],
    title: [] as string[],
    tags: [] as string[],
    body: [] as string[],
    bodyText: [] as string[],
    updated: [] as string[],
    titleLength: [] as number[],
    tagsLength: [] as number[],
    bodyLength: [] as number[],
    search: [] as string[],
    terms: [] as string[],
    words: [] as string[],
    wordLexemes: [] as string[],
  };
  for (const { article, bodyText } of batch) {
    const vector = buildDocumentVector({ title: article.title, tags: article.tags, keywords: newKeywords(article, analyze, common), bodyText }, analyze);
    vectors.set(article.id, { lengths: [vector.titleLength, vector.tagsLength, vector.bodyLength], terms: vector.terms });
    columns.id.push(article.id);
    columns.topic.push(article.department);
    columns.title.push(article.title.trim());
    // Arrays of arrays do not travel as parameters: each goes as an array literal.
    columns.tags.push(arrayLiteral(article.tags.map((tag) => tag.trim()).filter(Boolean)));
    columns.body.push(article.body);
    columns.bodyText.push(bodyText);
    columns.updated.push(article.updated);
    columns.titleLength.push(vector.titleLength);
    columns.tagsLength.push(vector.tagsLength);
    columns.bodyLength.push(vector.bodyLength);
    columns.search.push(vector.vector);
    columns.terms.push(JSON.stringify(vector.terms));
    columns.words.push(arrayLiteral([...vector.words.keys()]));
    columns.wordLexemes.push(arrayLiteral([...vector.words.values()]));
  }
  const written = await tx.query<{ doc: number; id: string }>(
    `insert into faq_articles (corpus, site_id, lang, id, topic, title, tags, body, body_text, updated,
                               title_len, tags_len, body_len, search, terms, words, word_lexemes)
     select $1, $2, $3, v.id, v.topic, v.title,
            v.tags::text[], v.body, v.body_text, v.updated::date,
            v.title_len, v.tags_len, v.body_len, v.search::tsvector, v.terms,
            v.words::text[], v.word_lexemes::text[]
       from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                   $11::int[], $12::int[], $13::int[], $14::text[], $15::text[], $16::text[], $17::text[])
            as v(id, topic, title, tags, body, body_text, updated, title_len, tags_len, body_len, search, terms, words, word_lexemes)
     on conflict (site_id, lang, id) do update set
       topic = excluded.topic, title = excluded.title, tags = excluded.tags, body = excluded.body,
       body_text = excluded.body_text, updated = excluded.updated, title_len = excluded.title_len,
       tags_len = excluded.tags_len, body_len = excluded.body_len, search = excluded.search,
       terms = excluded.terms, words = excluded.words, word_lexemes = excluded.word_lexemes
     returning doc, id`,
    [
      corpus,
      site,
      lang,
      columns.id,
      columns.topic,
      columns.title,
      columns.tags,
      columns.body,
      columns.bodyText,
      columns.updated,
      columns.titleLength,
      columns.tagsLength,
      columns.bodyLength,
      columns.search,
      columns.terms,
      columns.words,
      columns.wordLexemes,
    ],
  );
  for (const row of written) indexed.set(row.doc, { doc: row.doc, ...vectors.get(row.id)! });
  await writeQuestions(tx, corpus, lang, batch, written, analyze);
}

/** Replaces the questions of the articles just written, each with its stems. */
async function writeQuestions(
  tx: Queryable,
  corpus: number,
  lang: Lang,
  batch: readonly { article: ArticleInput }[],
  written: readonly { doc: number; id: string }[],
  analyze: Analyze,
): Promise<void> {
  const docs = new Map(written.map((row) => [row.id, row.doc]));
  await tx.query('delete from faq_questions where doc = any($1::int[])', [[...docs.values()]]);
  const rows = batch.flatMap(({ article }) =>
    (article.questions ?? []).map((text, position) => ({ doc: docs.get(article.id)!, position, text: text.trim(), lexemes: questionLexemes(text, analyze, lang) })),
  );
  if (!rows.length) return;
  await tx.query(
    `insert into faq_questions (doc, corpus, position, text, lexemes)
     select q.doc, $1, q.position, q.text, q.lexemes::text[]
       from unnest($2::int[], $3::int[], $4::text[], $5::text[]) as q(doc, position, text, lexemes)`,
    [corpus, rows.map((row) => row.doc), rows.map((row) => row.position), rows.map((row) => row.text), rows.map((row) => arrayLiteral(row.lexemes))],
  );
}

/** A PostgreSQL array literal of texts: `{"a","b \\"c\\""}`. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, (character) => `\\${character}`)}"`).join(',')}}`;
}
