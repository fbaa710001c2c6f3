// Turning what the stages computed into a trace (trace.ts), only when one is asked for.
import type { Lang } from '@ventanilla/protocol';
import type { Analysis } from './analyse.ts';
import type { AskedMatch } from './asked-questions.ts';
import type { CorpusSearch, RankedArticle } from './search-types.ts';
import { rounded, type CorpusTrace, type SearchTrace } from './trace.ts';

/** Stages 1–4 of one corpus; decide and place-asked are filled in when they run. */
export function corpusTrace(lang: Lang, standsInFor: Lang | undefined, analysis: Analysis, search: CorpusSearch, matched: readonly [number, number][], asked: readonly AskedMatch[]): CorpusTrace {
  const idOf = new Map(search.ranked.map((article) => [article.doc, article.id]));
  // An article whose translation exists is not scored here: it shows by its number.
  const name = (doc: number) => idOf.get(doc) ?? `#${doc}`;
  return {
    lang,
    standsInFor,
    articles: search.corpus.articles,
    analyse: {
      tokens: analysis.tokens.map((token) => ({ word: token.folded, stop: token.stop, stem: token.stem, known: token.lexeme, articles: token.articles })),
    },
    expand: {
      openWord: search.plan.openWord,
      groups: search.plan.groups.map((group) => ({
        word: group.word,
        value: rounded(group.value),
        alternatives: group.alternatives.map((item) => ({ lexeme: item.lexeme, kind: item.kind, weight: rounded(item.weight), articles: item.articles })),
      })),
    },
    match: {
      candidates: matched.map(([doc, score]) => ({ id: name(doc), score: rounded(score) })),
      asked: asked.map((each) => ({ id: name(each.doc), similarity: rounded(each.similarity) })),
    },
    score: {
      articles: [...search.ranked]
        .sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id))
        .map((article) => ({
          id: article.id,
          rank: rounded(article.rank),
          relevance: rounded(article.relevance),
          coverage: rounded(article.coverage),
          headlineCoverage: rounded(article.headlineCoverage),
          confidence: article.confidence,
          shownBy: article.shownBy,
          asked: rounded(article.asked),
          askedOnly: article.askedOnly,
        })),
    },
    decide: { rules: [], decidedBy: '', shown: [] },
    placeAsked: { rules: [], decidedBy: '', shown: [] },
  };
}

/** The rules a referral phrase gave way by: the query had one, and the results stood. */
const GAVE_WAY = new Set(['message', 'headline', 'asked-beyond', 'unfinished-word', 'purpose']);
/** The rules by which the article of a close question was placed. */
const PLACED = new Set(['lead', 'alone', 'second']);

/** What the search came to, and the stage and rule that settled it. */
export function outcomeOf(trace: SearchTrace, ranked: readonly RankedArticle[]): Pick<SearchTrace, 'outcome' | 'decidedBy'> {
  if (trace.refer.referral) return { outcome: 'referred', decidedBy: `refer.${trace.refer.decidedBy}` };
  const main = trace.corpora[0];
  if (!main) return { outcome: 'not-found', decidedBy: trace.words.length ? 'analyse.no-articles' : 'analyse.no-words' };
  const first = ranked[0];
  if (!first) return { outcome: 'not-found', decidedBy: `decide.${main.decide.decidedBy}` };
  if (GAVE_WAY.has(trace.refer.decidedBy)) return { outcome: 'found', decidedBy: `refer.${trace.refer.decidedBy}` };
  const from = trace.corpora.find((each) => each.placeAsked.shown[0] === first.id) ?? main;
  if (PLACED.has(from.placeAsked.decidedBy) && from.decide.shown[0] !== first.id) return { outcome: 'found', decidedBy: `place-asked.${from.placeAsked.decidedBy}` };
  return { outcome: 'found', decidedBy: `decide.${from.decide.decidedBy}` };
}
