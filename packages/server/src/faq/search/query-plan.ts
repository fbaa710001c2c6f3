// From what a citizen typed to what the index is asked: one group per meaningful word, each
// with the stems that may stand for it (the word itself, typo corrections, completions of an
// unfinished last word, the site's synonyms), each with a weight. An article's score for a group
// is its best alternative, so a word and its synonym never count twice.
import { chooseCorrections } from './typos.ts';
import { idf, unknownWordValue } from './ranking.ts';
import { COMPLETE_KNOWN_UP_TO, CORRECTIONS_PER_WORD, MAX_CORRECTED, QUERY_LENGTH, QUERY_WEIGHTS } from './settings.ts';

export interface AnalyzedToken {
  /** Position among the query's tokens. */
  position: number;
  folded: string;
  stop: boolean;
  /** The stem when the word, or its stem, is in the corpus; with how many articles hold it. */
  lexeme?: string | undefined;
  articles?: number | undefined;
  /** Articles holding the stem in their title or tags. */
  headline?: number | undefined;
  /** The word's stem even when no article holds it: a synonym may still name it. */
  stem?: string | undefined;
}

export interface VocabularyWord {
  position: number;
  kind: 'typo' | 'prefix';
  word: string;
  lexeme: string;
  articles: number;
  headline: number;
}

export interface SynonymSet {
  id: number;
  /** Articles holding any of its terms. */
  articles: number;
  /** Of those, holding one in their title or tags. */
  headline: number;
  /** Each term as its stems, in order. */
  terms: string[][];
}

export type AlternativeKind = 'exact' | 'typo' | 'prefix' | 'synonym';

export interface Alternative {
  lexeme: string;
  kind: AlternativeKind;
  weight: number;
  articles: number;
  headline: number;
}

export interface QueryGroup {
  position: number;
  word: string;
  /** The typed word's own stem, known to the corpus or not. */
  stem?: string | undefined;
  alternatives: Alternative[];
  /** What the group is worth when an article does not match it. */
  value: number;
}

export interface QueryPlan {
  groups: QueryGroup[];
  /** The unfinished last word, when completions were tried. */
  openWord?: string | undefined;
}

/** Tokens worth asking the vocabulary about: unknown words to correct, an open last word to complete. */
export function expansionNeeds(tokens: readonly AnalyzedToken[], lastOpen: boolean): { typos: AnalyzedToken[]; prefix?: AnalyzedToken | undefined } {
  const meaningful = tokens.filter((token) => !token.stop);
  // Typo correction is for searches, not essays: in a long message most unknown words are the
  // citizen's own, so only the longest few are tried, and none in a whole story.
  const typos = meaningful.length >= QUERY_LENGTH.story ? [] : meaningful
    .filter((token) => !token.lexeme && token.folded.length >= 3 && !/^\d+$/.test(token.folded))
    .sort((a, b) => b.folded.length - a.folded.length || a.position - b.position)
    .slice(0, MAX_CORRECTED);
  const last = tokens.at(-1);
  // A known word of five letters or more is most likely finished; a short one may be the start
  // of a longer word ("da" → "datos").
  const prefix = lastOpen && last && !last.stop && last.folded.length >= 2 && (!last.lexeme || last.folded.length <= COMPLETE_KNOWN_UP_TO) ? last : undefined;
  return { typos, prefix };
}

export function alternativeValue(alternative: Alternative, total: number): number {
  return alternative.weight * idf(alternative.articles, total);
}

function addAlternative(group: QueryGroup, alternative: Alternative): void {
  const existing = group.alternatives.find((item) => item.lexeme === alternative.lexeme);
  if (!existing) group.alternatives.push(alternative);
  else if (existing.weight < alternative.weight) Object.assign(existing, alternative);
}

export function buildQueryPlan(
  tokens: readonly AnalyzedToken[],
  found: readonly VocabularyWord[],
  synonyms: readonly SynonymSet[],
  total: number,
): QueryPlan {
  const groups: QueryGroup[] = [];
  let openWord: string | undefined;
  for (const token of tokens) {
    const completions = found.filter((item) => item.position === token.position && item.kind === 'prefix');
    // A stop word counts only when it may be the start of a longer word being typed.
    if (token.stop && !completions.length) continue;
    const group: QueryGroup = { position: token.position, word: token.folded, stem: token.lexeme ?? token.stem, alternatives: [], value: 0 };
    if (token.lexeme && !token.stop) {
      addAlternative(group, { lexeme: token.lexeme, kind: 'exact', weight: QUERY_WEIGHTS.exact, articles: token.articles ?? 0, headline: token.headline ?? 0 });
    }
    if (!token.lexeme) {
      const typed = found.filter((item) => item.position === token.position && item.kind === 'typo');
      for (const correction of chooseCorrections(token.folded, typed, CORRECTIONS_PER_WORD, token.stem)) {
        const weight = correction.distance <= 1 ? QUERY_WEIGHTS.typo1 : QUERY_WEIGHTS.typo2;
        addAlternative(group, { lexeme: correction.lexeme, kind: 'typo', weight, articles: correction.articles, headline: correction.headline });
      }
    }
    if (completions.length) {
      openWord = token.folded;
      const weight = token.lexeme ? QUERY_WEIGHTS.prefixOfKnown : QUERY_WEIGHTS.prefix;
      for (const completion of completions) {
        addAlternative(group, { lexeme: completion.lexeme, kind: 'prefix', weight, articles: completion.articles, headline: completion.headline });
      }
    }
    groups.push(group);
  }
  addSynonyms(groups, synonyms);
  for (const group of groups) group.value = groupValue(group, total, groups.length);
  return { groups, openWord };
}

/**
 * What a group is worth: its word's rarity when known; a correction's when corrected; for an
 * unfinished word, its most common completion (the likeliest one); a word unknown to every
 * article is worth `unknownWordValue`, less in long messages.
 */
function groupValue(group: QueryGroup, total: number, words: number): number {
  // Only a set the word itself belongs to speaks for it: a set reached through a guessed
  // completion or a correction ("men" → "menores") must not set the word's worth.
  const synonyms = group.alternatives.filter((item) => item.kind === 'synonym' && item.weight >= QUERY_WEIGHTS.synonym);
  if (synonyms.length) {
    // The word stands for its whole set: as informative as the set is rare, not as the word is.
    return Math.max(...synonyms.map((item) => alternativeValue(item, total) / QUERY_WEIGHTS.synonym));
  }
  const exact = group.alternatives.find((item) => item.kind === 'exact');
  if (exact) return alternativeValue(exact, total);
  const typos = group.alternatives.filter((item) => item.kind === 'typo');
  if (typos.length) return Math.max(...typos.map((item) => alternativeValue(item, total)));
  const prefixes = group.alternatives.filter((item) => item.kind === 'prefix');
  if (prefixes.length) {
    const likeliest = prefixes.reduce((best, item) => (item.articles > best.articles ? item : best));
    return alternativeValue(likeliest, total);
  }
  // In a long message, words no article uses are mostly the citizen's story, not the question.
  return unknownWordValue(total) * Math.min(1, QUERY_LENGTH.long / words);
}

function addSynonyms(groups: QueryGroup[], synonyms: readonly SynonymSet[]): void {
  for (const set of synonyms) {
    if (!set.articles) continue;
    const lexeme = `~${set.id}`;
    for (const term of set.terms) {
      for (let start = 0; start + term.length <= groups.length; start++) {
        const span = groups.slice(start, start + term.length);
        const weights = span.map((group, index) =>
          group.stem === term[index] ? QUERY_WEIGHTS.exact : (group.alternatives.find((item) => item.lexeme === term[index] && item.kind !== 'synonym')?.weight ?? 0),
        );
        if (weights.some((weight) => weight === 0)) continue;
        const weight = QUERY_WEIGHTS.synonym * Math.min(...weights);
        for (const group of span) addAlternative(group, { lexeme, kind: 'synonym', weight, articles: set.articles, headline: set.headline });
      }
    }
  }
}
