// What a search keeps in memory per corpus, read again only when an import bumps its version:
// the synonym sets (expand) and the index of questions citizens asked (match, refer).
import type { Queryable } from '../../db/database.ts';
import { QuestionIndex } from './asked-questions.ts';
import type { SynonymSet } from './query-plan.ts';
import type { CorpusRow } from './search-types.ts';

// Per database (a process may open several, as tests and the benchmark do, each numbering its
// corpora from 1), per corpus.
const synonymCaches = new WeakMap<Queryable, Map<number, { version: number; sets: SynonymSet[] }>>();

export async function synonymsOf(db: Queryable, corpus: CorpusRow): Promise<SynonymSet[]> {
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
export async function questionsOf(db: Queryable, corpus: CorpusRow): Promise<QuestionIndex> {
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
