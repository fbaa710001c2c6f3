// Stage 8, present: the first `limit` results with their snippets (faq_snippet_sources, SQL: the
// texts and the words carrying a matched stem) and their settled confidence. One named rule:
//   clear-lead   only a first result ahead of the second by CLEAR_LEAD keeps `high`; the others are `medium`.
import type { SearchHit } from '@ventanilla/protocol';
import type { Queryable } from '../../db/database.ts';
import { synonymsOf } from './corpus-data.ts';
import type { CorpusSearch, RankedArticle, SearchRequest } from './search-types.ts';
import { CLEAR_LEAD, DEFAULT_LIMIT } from './settings.ts';
import { buildSnippet } from './snippet.ts';
import { rounded, type RuleLog } from './trace.ts';

export async function present(db: Queryable, request: SearchRequest, ranked: readonly RankedArticle[], searches: readonly CorpusSearch[], log?: RuleLog): Promise<SearchHit[]> {
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
  if (log) {
    const [first, second] = shown;
    const lead = first && first.confidence === 'high' ? rounded(first.rank - (second?.rank ?? 0)) : undefined;
    log.decide('clear-lead', first?.confidence === 'high' ? { first: first.id, lead: second ? lead! : 'alone', high: !second || first.rank - second.rank >= CLEAR_LEAD } : { first: first?.id ?? null, high: false }, { clearLead: CLEAR_LEAD });
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
