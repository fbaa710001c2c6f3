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

/** A referral whose phrase the query holds. */
export interface ReferralMatch {
  referral: Referral;
  phrase: StemSequence;
}

/**
 * A stem with the diphthongs of Spanish stem-changing verbs closed ("renuev" of "renuevo" →
 * "renov" of "renovar"), which the stemmer keeps apart.
 */
function closed(stem: string): string {
  return stem.replace(/ue/g, 'o').replace(/ie/g, 'e');
}

function sameWord(a: WordStems, b: WordStems): boolean {
  return a.some((stem) => b.includes(stem) || b.some((other) => closed(other) === closed(stem)));
}

/** Whether `phrase` occurs in `text`: its words one after another, in order. */
export function holdsPhrase(text: StemSequence, phrase: StemSequence): boolean {
  if (!phrase.length || phrase.length > text.length) return false;
  for (let start = 0; start + phrase.length <= text.length; start++) {
    if (phrase.every((word, offset) => sameWord(text[start + offset]!, word))) return true;
  }
  return false;
}

/**
 * The referrals whose phrases the query holds, most specific first: a longer phrase says more
 * ("declaración de la renta" over "renta"), and between equals the list's order decides. A query
 * that is only part of a phrase ("pasaporte", of "renovar el pasaporte") matches too, by its own
 * words: what no article may be about is then the query itself.
 */
export function referralsInQuery(query: StemSequence, referrals: readonly Referral[]): ReferralMatch[] {
  const matches: (ReferralMatch & { order: number; partial: boolean })[] = [];
  referrals.forEach((referral, order) => {
    for (const phrase of referral.phrases) {
      if (holdsPhrase(query, phrase)) matches.push({ referral, phrase, order, partial: false });
      else if (holdsPhrase(phrase, query)) matches.push({ referral, phrase: query, order, partial: true });
    }
  });
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
  return words.some((word) => headline.some((other) => sameWord(word, other)));
}
