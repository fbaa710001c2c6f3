// Stage 7, refer: "not our service". When the query holds a phrase of the site's referral list
// (faq/referrals.ts) and no candidate is about it, the answer is that referral and no results.
// Named rules, tried in order; the first that settles ends the stage:
//   no-phrase          the query holds no phrase of the list: the results stand;
//   message            a message of QUERY_LENGTH.story words or more with a result: the phrase is its story;
//   headline           every matched phrase is held by a candidate's title or tags: that article answers;
//   asked-beyond       citizens asked the best result's question in these words, and in more than the phrase's;
//   unfinished-word    the phrase ends on the word being typed, on its way to a shown article's word;
//   purpose            the phrase is only the purpose ("… para pedir la nacionalidad") of what the best result answers;
//   refers             none of the above: the referral answers.
import type { Queryable } from '../../db/database.ts';
import { genericStems, headlineStems, referralsOf } from '../referrals.ts';
import { queryWords as askedWords } from './asked-questions.ts';
import { questionsOf } from './corpus-data.ts';
import { applicableReferral, holdsAnyWord, holdsPhrase, referralsInQuery, withoutGeneric, type ReferralMatch, type StemSequence } from './referrals.ts';
import type { CorpusSearch, RankedArticle, SearchReferral, SearchRequest } from './search-types.ts';
import { ASKED, ASKED_INDEX, QUERY_LENGTH } from './settings.ts';
import type { RuleLog } from './trace.ts';

/**
 * The referral answering the query, if any: its phrase is in the query, and no candidate of the
 * requested language is about it. Titles and tags are stemmed only when a phrase matched.
 */
export async function refer(db: Queryable, request: SearchRequest, searches: readonly CorpusSearch[], ranked: readonly RankedArticle[], log?: RuleLog): Promise<SearchReferral | undefined> {
  const search = searches.find((each) => each.corpus.lang === request.lang);
  const none = (rule: string, outcome: Record<string, unknown>, settings?: Record<string, unknown>) => {
    log?.decide(rule, outcome, settings);
    return undefined;
  };
  if (!search?.words.length) return none('no-phrase', { words: 0 });
  const referrals = await referralsOf(db, search.corpus, request.site, request.lang);
  if (!referrals.length) return none('no-phrase', { referrals: 0 });
  const matches = referralsInQuery(search.words, referrals);
  if (!matches.length) return none('no-phrase', { referrals: referrals.length, matched: 0 });
  const phrases = log && matches.map((each) => `${each.referral.name}: ${each.phrase.map((word) => word.join('|')).join(' ')}`);
  log?.add('no-phrase', { matched: phrases! });
  // In a message of many words, the phrase may well be the story and not the question: a
  // result worth showing stands (known before any title is stemmed).
  if (search.words.length >= QUERY_LENGTH.story && ranked[0]) return none('message', { words: search.words.length, best: ranked[0].id }, { story: QUERY_LENGTH.story });
  // Every candidate's title and tags, stemmed at once, then told apart again per candidate.
  const docs = [...search.headlines];
  const stemmed = await headlineStems(db, request.lang, docs.flatMap(([, texts]) => texts));
  const byDoc = new Map<number, StemSequence>();
  let next = 0;
  for (const [doc, texts] of docs) byDoc.set(doc, stemmed.slice(next, (next += texts.length)).flat());
  const match = applicableReferral(matches, stemmed);
  if (!match) return none('headline', { heldByACandidate: true });
  log?.add('headline', { heldByACandidate: false, referral: match.referral.name });
  // Citizens asked the best result's question in nearly these words, and in more than the phrase's
  // ("me van a cortar la luz y no puedo pagar" is not about the electricity company's cuts).
  if (ranked[0] && ranked[0].asked >= ASKED.lead && (await askedBeyond(db, search, match.phrase)).has(ranked[0].doc)) {
    return none('asked-beyond', { best: ranked[0].id, asked: ranked[0].asked }, { lead: ASKED.lead });
  }
  // Ending on an unfinished word, the phrase may be on its way to a shown article's word.
  const reading = readingOf(match, search);
  if (reading !== match && ranked.some((article) => holdsPhrase(byDoc.get(article.doc) ?? [], reading.phrase))) return none('unfinished-word', { openWord: search.plan.openWord });
  // "Certificado histórico de empadronamiento para pedir la nacionalidad": when the phrase is only
  // the purpose of what the query asks, and the best result answers that, the results stand.
  const best = ranked[0] && byDoc.get(ranked[0].doc);
  if (best && search.purpose !== undefined && holdsPhrase(search.words.slice(search.purpose), match.phrase)) {
    const asked = withoutGeneric(search.words.slice(0, search.purpose), await genericStems(db, request.lang));
    if (holdsAnyWord(best, asked)) return none('purpose', { best: ranked[0]!.id });
  }
  const { referral } = match;
  log?.decide('refers', { referral: referral.name });
  return { name: referral.name, text: referral.text, ...(referral.url ? { url: referral.url } : {}) };
}

/** The articles whose questions are close to the query's words outside a phrase. */
async function askedBeyond(db: Queryable, search: CorpusSearch, phrase: StemSequence): Promise<Set<number>> {
  const stems = new Set(phrase.flat());
  const outside = search.plan.groups.filter((group) => ![group.stem, ...group.alternatives.map((item) => item.lexeme)].some((stem) => stem !== undefined && stems.has(stem)));
  if (!outside.length) return new Set();
  const questions = await questionsOf(db, search.corpus);
  return new Set(questions.nearest(askedWords({ groups: outside }), ASKED.candidate, ASKED_INDEX.candidates).map((match) => match.doc));
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
