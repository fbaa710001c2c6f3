// The corpus index that search reads, derived from every article of a site and language after an
// import or a synonym change: the synonym sets each article holds (found through the GIN index of
// the vectors), the postings with their BM25F weights, the vocabulary for typo correction.
import type { Lang } from '@ventanilla/protocol';
import type { Queryable } from '../db/database.ts';
import { analyzeWords } from './words.ts';
import { PHRASE, termQuery } from './search/document-vector.ts';
import { tokenize } from './search/text.ts';
import { stemWeight, type FieldCounts, type TermCounts } from './search/ranking.ts';
import type { SynonymSet } from './search/query-plan.ts';
import { POSTINGS_KEPT } from './search/settings.ts';

const POSTINGS_BATCH = 5000;

interface SynonymTerm {
  set: number;
  query: string;
  lexemes: string[];
}

async function synonymTerms(tx: Queryable, site: string, lang: Lang): Promise<SynonymTerm[]> {
  const sets = await tx.query<{ id: number; terms: string[] }>(
    'select id, terms from faq_synonyms where site_id = $1 and lang = $2 order by id',
    [site, lang],
  );
  const analysis = await analyzeWords(
    tx,
    lang,
    sets.flatMap((set) => set.terms.flatMap((term) => tokenize(term).map((token) => token.word))),
  );
  const analyze = (word: string) => analysis.get(word) ?? { folded: word, lexeme: null };
  const terms: SynonymTerm[] = [];
  for (const set of sets) {
    for (const term of set.terms) {
      const parsed = termQuery(term, analyze);
      if (parsed) terms.push({ set: set.id, ...parsed });
    }
  }
  return terms;
}

export interface IndexedArticle {
  doc: number;
  lengths: FieldCounts;
  terms: Record<string, TermCounts>;
}

interface PostingList {
  articles: number;
  headline: number;
  entries: { doc: number; weight: number }[];
}

/**
 * Re-derives the postings, vocabulary and synonym sets of a corpus; returns its size. `known`
 * holds the stems of articles the caller has just written (by doc), so they are not read back.
 */
export async function refreshCorpus(tx: Queryable, corpus: number, known: ReadonlyMap<number, IndexedArticle> = new Map()): Promise<number> {
  const [info] = await tx.query<{ site_id: string; lang: Lang }>('select site_id, lang from faq_corpora where id = $1', [corpus]);
  if (!info) throw new Error(`No FAQ corpus ${corpus}`);
  const [stats] = await tx.query<{ articles: number; avg_title: number; avg_tags: number; avg_body: number }>(
    `update faq_corpora c set
       articles = s.articles,
       avg_title = greatest(s.avg_title, 1), avg_tags = greatest(s.avg_tags, 1), avg_body = greatest(s.avg_body, 1)
     from (select count(*)::int as articles, coalesce(avg(title_len), 1) as avg_title,
                  coalesce(avg(tags_len), 1) as avg_tags, coalesce(avg(body_len), 1) as avg_body
             from faq_articles where corpus = $1) as s
     where c.id = $1
     returning c.articles, c.avg_title, c.avg_tags, c.avg_body`,
    [corpus],
  );
  const averages: FieldCounts = [stats!.avg_title, stats!.avg_tags, stats!.avg_body];

  // A synonym set is a stem of its own (`~<id>`) held by every article that holds one of its
  // terms (found through the GIN index, phrases included), counted once per field: "dni" then
  // finds the articles that only say "documento de identidad".
  const terms = await synonymTerms(tx, info.site_id, info.lang);
  await tx.query(`update faq_articles set concepts = '{}' where corpus = $1 and concepts <> '{}'`, [corpus]);
  const concepts = new Map<number, Record<string, FieldCounts>>();
  if (terms.length) {
    const rows = await tx.query<{ doc: number; concepts: string }>(
      `update faq_articles a set concepts = h.concepts
         from (select doc, '{' || string_agg(format('"~%s":[%s,%s,%s]', set_id, in_title, in_tags, in_body), ',') || '}' as concepts
                 from (select t.set_id, a.doc,
                              max(case when ts_filter(a.search, '{a}') @@ t.query then 1 else 0 end) as in_title,
                              max(case when ts_filter(a.search, '{b}') @@ t.query then 1 else 0 end) as in_tags,
                              max(case when ts_filter(a.search, '{c}') @@ t.query then 1 else 0 end) as in_body
                         from unnest($2::int[], $3::tsquery[]) as t(set_id, query)
                         join faq_articles a on a.corpus = $1 and a.search @@ t.query
                        group by t.set_id, a.doc) as hits
                group by doc) as h
        where a.doc = h.doc
        returning a.doc, a.concepts`,
      [corpus, terms.map((term) => term.set), terms.map((term) => term.query)],
    );
    for (const row of rows) concepts.set(row.doc, JSON.parse(row.concepts) as Record<string, FieldCounts>);
  }

  const articles = [...known.values()];
  const others = await tx.query<{ doc: number; title_len: number; tags_len: number; body_len: number; terms: string }>(
    `select doc, title_len, tags_len, body_len, terms from faq_articles
      where corpus = $1 and not (doc = any($2::int[]))`,
    [corpus, [...known.keys()]],
  );
  for (const row of others) {
    articles.push({ doc: row.doc, lengths: [row.title_len, row.tags_len, row.body_len], terms: JSON.parse(row.terms) as Record<string, TermCounts> });
  }
  const lists = new Map<string, PostingList>();
  for (const article of articles) {
    const held = Object.entries(article.terms).concat(Object.entries(concepts.get(article.doc) ?? {}));
    for (const [lexeme, counts] of held) {
      if (lexeme.startsWith(PHRASE)) continue;
      let list = lists.get(lexeme);
      if (!list) lists.set(lexeme, (list = { articles: 0, headline: 0, entries: [] }));
      list.articles += 1;
      if (counts[0] + counts[1] > 0) list.headline += 1;
      list.entries.push({ doc: article.doc, weight: stemWeight(counts, article.lengths, averages) });
    }
  }
  await tx.query('delete from faq_postings where corpus = $1', [corpus]);
  const rows = [...lists];
  for (let start = 0; start < rows.length; start += POSTINGS_BATCH) {
    const batch = rows.slice(start, start + POSTINGS_BATCH).map(([lexeme, list]) => {
      const head = list.entries.sort((a, b) => b.weight - a.weight || a.doc - b.doc).slice(0, POSTINGS_KEPT);
      return { lexeme, list, docs: `{${head.map((entry) => entry.doc).join(',')}}`, weights: `{${head.map((entry) => entry.weight.toPrecision(5)).join(',')}}` };
    });
    await tx.query(
      `insert into faq_postings (corpus, lexeme, articles, headline_articles, docs, weights)
       select $1, p.lexeme, p.articles, p.headline, p.docs::int[], p.weights::real[]
         from unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[]) as p(lexeme, articles, headline, docs, weights)`,
      [
        corpus,
        batch.map((row) => row.lexeme),
        batch.map((row) => row.list.articles),
        batch.map((row) => row.list.headline),
        batch.map((row) => row.docs),
        batch.map((row) => row.weights),
      ],
    );
  }

  await tx.query('delete from faq_vocabulary where corpus = $1', [corpus]);
  await tx.query(
    `insert into faq_vocabulary (corpus, word, lexeme, articles, letters)
     select $1, w.word, min(w.lexeme), count(*),
            array_to_string(array(select letter from regexp_split_to_table(w.word, '') as letter order by letter collate "C"), '')
       from faq_articles a cross join lateral unnest(a.words, a.word_lexemes) as w(word, lexeme)
      where a.corpus = $1
      group by w.word`,
    [corpus],
  );

  // What query expansion needs, read once per version: each set's terms as stems, and its rarity.
  const sets = new Map<number, SynonymSet>();
  for (const term of terms) {
    const list = lists.get(`~${term.set}`);
    const set = sets.get(term.set) ?? { id: term.set, articles: list?.articles ?? 0, headline: list?.headline ?? 0, terms: [] };
    set.terms.push(term.lexemes);
    sets.set(term.set, set);
  }
  await tx.query('update faq_corpora set synonyms = $2::jsonb, version = version + 1 where id = $1', [
    corpus,
    JSON.stringify([...sets.values()]),
  ]);
  // New GIN entries wait in a pending list that searches read slowly (and the planner then
  // avoids the index): merge them now. Fresh statistics let the planner use the new rows at once.
  await tx.query(`select gin_clean_pending_list('faq_vocabulary_trigrams'), gin_clean_pending_list('faq_articles_search')`);
  for (const table of ['faq_articles', 'faq_postings', 'faq_vocabulary']) await tx.query(`analyze ${table}`);
  return stats?.articles ?? 0;
}
