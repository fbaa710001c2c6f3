// Stage 5, decide: whether a corpus' candidates hold an answer at all, and which are shown. The
// rules of confidence.ts judge each article alone; the answer model (answer-model.ts, weights
// learned by `npm run train:answers`) judges the query from its best candidates. Named rules:
//   no-candidate   nothing its words found (articles found only by their questions wait for the next stage);
//   rules-alone    no model for this language: the articles the rules show;
//   answer-model   the model's probability against its threshold: below, nothing; above, the best
//                  candidate (`low` when the rules would not show it) and the others the rules show.
import { answerFeatures, answerProbability, worthAnswering, type AnswerModel } from './answer-model.ts';
import { byRank, type CorpusSearch, type RankedArticle } from './search-types.ts';
import { rounded, type RuleLog } from './trace.ts';

export function decide(search: CorpusSearch, model: AnswerModel | null, log?: RuleLog): RankedArticle[] {
  const sorted = search.ranked.filter((article) => !article.askedOnly).sort(byRank);
  if (model === null) {
    const shown = sorted.filter((article) => article.confidence !== null);
    log?.decide('rules-alone', { shown: shown.length, candidates: sorted.length });
    return shown;
  }
  if (!worthAnswering(search.plan, sorted, model)) {
    if (log) {
      if (!sorted.length) log.decide('no-candidate', { answers: false });
      else log.decide('answer-model', { probability: rounded(answerProbability(answerFeatures(search.plan, sorted[0]!, sorted[1]), model)), answers: false }, { threshold: model.threshold, lang: model.lang });
    }
    return [];
  }
  const [best, ...rest] = sorted;
  log?.decide('answer-model', { probability: rounded(answerProbability(answerFeatures(search.plan, best!, rest[0]), model)), answers: true }, { threshold: model.threshold, lang: model.lang });
  return [{ ...best!, confidence: best!.confidence ?? 'low' }, ...rest.filter((article) => article.confidence !== null)];
}
