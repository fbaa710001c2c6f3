// Stage 6, place asked questions: the article of the closest question citizens asked, when close
// enough, joins what the decide stage showed. Named rules, tried in order (settings.ts `ASKED`):
//   no-close-question  no question of any candidate is close enough: the results stand;
//   alone              nothing else was shown: it is the answer from `alone`, else nothing;
//   lead               from `lead` it comes first;
//   agreement          one of the first shown is nearly as close (within `agreement`): the results stand;
//   second             else it comes second, under the best result of the articles' own words;
//   already-shown      it is among the results already: they stand.
import { byRank, type RankedArticle } from './search-types.ts';
import { ASKED, RANK_STEP } from './settings.ts';
import { rounded, type RuleLog } from './trace.ts';

/**
 * The shown results with the article of the closest question citizens asked, when close enough.
 * Its rank is set to hold its place when the results of several languages are merged.
 */
export function placeAsked(shown: RankedArticle[], candidates: readonly RankedArticle[], log?: RuleLog): RankedArticle[] {
  // Between equally close ones (a question asked of two articles), the one its own words rank higher.
  const closest = candidates
    .filter((article) => article.asked > 0)
    .reduce<RankedArticle | undefined>(
      (best, article) => (!best || article.asked > best.asked || (article.asked === best.asked && byRank(article, best) < 0) ? article : best),
      undefined,
    );
  if (!closest) {
    log?.decide('no-close-question', { closest: null }, { candidate: ASKED.candidate });
    return shown;
  }
  const near = log && { id: closest.id, asked: rounded(closest.asked) };
  const lead = closest.asked >= ASKED.lead;
  const others = shown.filter((article) => article.doc !== closest.doc);
  const placed = { ...closest, confidence: closest.confidence ?? (lead ? 'medium' : 'low') };
  if (!shown.length) {
    log?.decide('alone', { ...near, shown: closest.asked >= ASKED.alone }, { alone: ASKED.alone });
    return closest.asked >= ASKED.alone ? [placed] : [];
  }
  if (lead) {
    log?.decide('lead', { ...near, first: true }, { lead: ASKED.lead });
    return inOrder([{ ...placed, rank: Math.max(placed.rank, others[0] ? others[0].rank + RANK_STEP : 0) }, ...others]);
  }
  // A shown article nearly as close to what citizens asked: the results already say the same.
  if (others.slice(0, ASKED.agreementAmong).some((article) => article.asked >= closest.asked - ASKED.agreement)) {
    log?.add('lead', { ...near, first: false }, { lead: ASKED.lead }).decide('agreement', { ...near, agrees: true }, { agreement: ASKED.agreement, among: ASKED.agreementAmong });
    return shown;
  }
  if (others.length === shown.length) {
    log?.add('lead', { ...near, first: false }, { lead: ASKED.lead }).decide('second', { ...near, second: true }, { candidate: ASKED.candidate });
    return inOrder([others[0]!, placed, ...others.slice(1)]);
  }
  log?.add('lead', { ...near, first: false }, { lead: ASKED.lead }).decide('already-shown', { ...near });
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
