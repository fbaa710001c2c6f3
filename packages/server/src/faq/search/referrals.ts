// "Not our service": finding a referral's phrase in a query, and in an article's title or tags.
// Both sides are sequences of indexed words (stop words left out), each word a set of possible
// stems (as written and unaccented); a phrase is held where its words follow one another in order.

/** A word as matching sees it: the stems it may have. */
export type WordStems = readonly string[];
/** A phrase, or a text: its indexed words in order. */
export type StemSequence = readonly WordStems[];

export interface Referral {
  name: string;
  text: string;
  url?: string | undefined;
  /** The referral's phrases as stem sequences, in the order the editor listed them. */
  phrases: readonly StemSequence[];
}

/**
 * A stem with the diphthongs of Spanish stem-changing verbs closed ("renuev" of "renuevo" →
 * "renov" of "renovar"), which the stemmer keeps apart.
 */
function closed(stem: string): string {
  return stem.includes('ue') || stem.includes('ie') ? stem.replace(/ue/g, 'o').replace(/ie/g, 'e') : stem;
}

/** A word as matching compares it: its stems, diphthongs closed, each once. */
type ClosedWord = readonly string[];

function closedWord(word: WordStems): ClosedWord {
  return [...new Set(word.map(closed))];
}

function meet(a: ClosedWord, b: ClosedWord): boolean {
  return a.some((stem) => b.includes(stem));
}

/** Whether `phrase` occurs in `text` (at `start` only, when given), both closed: its words one after another. */
function holdsClosed(text: readonly ClosedWord[], phrase: readonly ClosedWord[], start?: number): boolean {
  if (!phrase.length || phrase.length > text.length) return false;
  const first = start ?? 0;
  const last = start ?? text.length - phrase.length;
  for (let at = first; at <= last && at + phrase.length <= text.length; at++) {
    if (phrase.every((word, offset) => meet(text[at + offset]!, word))) return true;
  }
  return false;
}

/** Whether `phrase` occurs in `text`: its words one after another, in order. */
export function holdsPhrase(text: StemSequence, phrase: StemSequence): boolean {
  return holdsClosed(text.map(closedWord), phrase.map(closedWord));
}

interface IndexedPhrase {
  referral: Referral;
  phrase: StemSequence;
  closed: readonly ClosedWord[];
  /** Its place in the list, referral by referral and phrase by phrase. */
  order: number;
}

/** A referral list's phrases, closed once, and found by any stem of their first word. */
interface PhraseIndex {
  all: IndexedPhrase[];
  byFirst: Map<string, IndexedPhrase[]>;
  longest: number;
}

const indexes = new WeakMap<readonly Referral[], PhraseIndex>();

function phraseIndex(referrals: readonly Referral[]): PhraseIndex {
  const cached = indexes.get(referrals);
  if (cached) return cached;
  const index: PhraseIndex = { all: [], byFirst: new Map(), longest: 0 };
  for (const referral of referrals) {
    for (const phrase of referral.phrases) {
      if (!phrase.length) continue;
      const entry: IndexedPhrase = { referral, phrase, closed: phrase.map(closedWord), order: index.all.length };
      index.all.push(entry);
      index.longest = Math.max(index.longest, phrase.length);
      for (const stem of entry.closed[0]!) {
        const list = index.byFirst.get(stem);
        if (list) list.push(entry);
        else index.byFirst.set(stem, [entry]);
      }
    }
  }
  indexes.set(referrals, index);
  return index;
}

/** A referral whose phrase the query holds. */
export interface ReferralMatch {
  referral: Referral;
  phrase: StemSequence;
}

/**
 * The referrals whose phrases the query holds, most specific first: a longer phrase says more
 * ("declaración de la renta" over "renta"), and between equals the list's order decides. A query
 * that is only part of a phrase ("pasaporte", of "renovar el pasaporte") matches too, by its own
 * words: what no article may be about is then the query itself. Only the phrases starting with
 * one of the query's words are tried whole, so a long message costs little.
 */
export function referralsInQuery(query: StemSequence, referrals: readonly Referral[]): ReferralMatch[] {
  const index = phraseIndex(referrals);
  const words = query.map(closedWord);
  const matches: (ReferralMatch & { order: number; partial: boolean })[] = [];
  const seen = new Set<IndexedPhrase>();
  words.forEach((word, start) => {
    for (const stem of word) {
      for (const entry of index.byFirst.get(stem) ?? []) {
        if (seen.has(entry) || !holdsClosed(words, entry.closed, start)) continue;
        seen.add(entry);
        matches.push({ referral: entry.referral, phrase: entry.phrase, order: entry.order, partial: false });
      }
    }
  });
  if (words.length && words.length < index.longest) {
    for (const entry of index.all) {
      if (!seen.has(entry) && holdsClosed(entry.closed, words)) matches.push({ referral: entry.referral, phrase: query, order: entry.order, partial: true });
    }
  }
  // A whole phrase ("tarjeta sanitaria") says more than part of a longer one ("tarjeta sanitaria europea").
  return matches
    .sort((a, b) => Number(a.partial) - Number(b.partial) || b.phrase.length - a.phrase.length || a.order - b.order)
    .map(({ referral, phrase }) => ({ referral, phrase }));
}

/**
 * The referral that answers a query: the first match whose phrase no candidate article holds in
 * its title or in one of its tags (an article about that phrase is the city hall's own answer).
 */
export function applicableReferral(matches: readonly ReferralMatch[], headlines: readonly StemSequence[]): ReferralMatch | undefined {
  return matches.find((match) => !headlines.some((headline) => holdsPhrase(headline, match.phrase)));
}

/**
 * The words less those that only say what to do ("renovar", "pedir"): in "qué necesito para
 * renovar el dni", nothing is asked before the purpose.
 */
export function withoutGeneric(words: StemSequence, generic: ReadonlySet<string>): StemSequence {
  return words.filter((word) => !word.some((stem) => generic.has(stem)));
}

/** Whether a title and tags (`headline`) hold one of `words`. */
export function holdsAnyWord(headline: StemSequence, words: StemSequence): boolean {
  const closedHeadline = headline.map(closedWord);
  return words.some((word) => {
    const closedOne = closedWord(word);
    return closedHeadline.some((other) => meet(closedOne, other));
  });
}
