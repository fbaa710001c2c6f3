// Scoring articles against a query plan, in two steps: candidates from the heads of the
// postings (cheap, approximate), then exact evidence for each candidate from its own stems.
import { alternativeValue, type QueryPlan } from './query-plan.ts';
import { stemWeight, type FieldCounts, type TermCounts } from './ranking.ts';
import type { GroupEvidence } from './confidence.ts';
import { foldedWords } from './text.ts';
import { MAX_PHRASE_WORDS, PHRASE, phraseKey } from './document-vector.ts';

export interface PostingHead {
  lexeme: string;
  docs: number[];
  weights: number[];
}

/** The articles with the highest sum, over groups, of their best alternative's weight × value. */
export function candidateDocs(plan: QueryPlan, heads: readonly PostingHead[], total: number, count: number, allowed?: ReadonlySet<number>): number[] {
  return candidateScores(plan, heads, total, count, allowed).map(([doc]) => doc);
}

/** The same candidates with their sums, best first: [doc, score]. */
export function candidateScores(plan: QueryPlan, heads: readonly PostingHead[], total: number, count: number, allowed?: ReadonlySet<number>): [number, number][] {
  const byLexeme = new Map(heads.map((head) => [head.lexeme, head]));
  const scores = new Map<number, number>();
  for (const group of plan.groups) {
    const best = new Map<number, number>();
    for (const alternative of group.alternatives) {
      const head = byLexeme.get(alternative.lexeme);
      if (!head) continue;
      const value = alternativeValue(alternative, total);
      head.docs.forEach((doc, index) => {
        if (allowed && !allowed.has(doc)) return;
        const score = head.weights[index]! * value;
        if (score > (best.get(doc) ?? 0)) best.set(doc, score);
      });
    }
    for (const [doc, score] of best) scores.set(doc, (scores.get(doc) ?? 0) + score);
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, count);
}

export interface CandidateArticle {
  title: string;
  tags: readonly string[];
  lengths: FieldCounts;
  /** Occurrences per field of a stem or synonym set (`~<id>`); undefined when not held. */
  counts: (lexeme: string) => TermCounts | undefined;
  /** Its keyword phrases of several words, as `phraseKey`s (see `phrasesIn`). */
  phrases?: ReadonlySet<string> | undefined;
}

/**
 * Reads one entry of a compact JSON object of counts (`{"padron":[1,0,3],...}`) without parsing
 * the whole of it: a candidate's stems number in the hundreds, the query's in the tens.
 */
export function countsIn(json: string, lexeme: string): TermCounts | undefined {
  const key = `"${lexeme}":[`;
  const at = json.indexOf(key);
  if (at < 0) return undefined;
  const end = json.indexOf(']', at + key.length);
  const [title, tags, body, keywords] = json.slice(at + key.length, end).split(',').map(Number);
  return [title ?? 0, tags ?? 0, body ?? 0, keywords ?? 0];
}

/**
 * The groups (by index) that spell one of the article's keyword phrases of two words or more,
 * word after word as typed: an editor wrote that phrase for this article, so the query is about it.
 */
function keywordPhraseGroups(plan: QueryPlan, article: CandidateArticle): Set<number> {
  const groups = plan.groups;
  const found = new Set<number>();
  const phrases = article.phrases;
  if (!phrases?.size) return found;
  for (let start = 0; start < groups.length; start++) {
    for (let length = 2; length <= MAX_PHRASE_WORDS && start + length <= groups.length; length++) {
      const stems = groups.slice(start, start + length).map((group) => group.stem);
      if (stems.some((stem) => !stem)) break;
      if (phrases.has(phraseKey(stems as string[]))) for (let i = start; i < start + length; i++) found.add(i);
    }
  }
  return found;
}

/** The keyword phrases among an article's terms (a compact JSON object of counts), in one pass. */
export function phrasesIn(json: string): Set<string> {
  const found = new Set<string>();
  if (!json.includes(`"${PHRASE}`)) return found;
  for (const match of json.matchAll(/"(@[^"]*)":\[/g)) found.add(match[1]!);
  return found;
}

/** What the article holds of each group of the plan: the evidence its confidence is judged on. */
export function articleEvidence(plan: QueryPlan, article: CandidateArticle, averages: FieldCounts, total: number): GroupEvidence[] {
  const headline = foldedWords([article.title, ...article.tags].join(' '));
  const inPhrase = keywordPhraseGroups(plan, article);
  return plan.groups.map((group, index) => {
    // Topical: some article's title or tags hold the word (its keywords do not make it a subject),
    // or the query holds one of this article's keyword phrases with it ("mi marido me pega").
    const phrase = inPhrase.has(index);
    const topical = phrase || group.alternatives.some((item) => item.headline > 0);
    const evidence: GroupEvidence = { value: group.value, topical };
    let best: { score: number; value: number; strength: number; headline: boolean } | undefined;
    for (const alternative of group.alternatives) {
      const counts = article.counts(alternative.lexeme);
      if (!counts) continue;
      const value = alternativeValue(alternative, total);
      const strength = stemWeight(counts, article.lengths, averages);
      // The article's keywords hold a word that is a subject somewhere: it is about that word too.
      const headline = counts[0] + counts[1] > 0 || (topical && (counts[3] ?? 0) > 0) || phrase;
      if (!best || strength * value > best.score) best = { score: strength * value, value, strength, headline };
    }
    if (best) {
      evidence.match = {
        credit: group.value > 0 ? best.value / group.value : 0,
        strength: best.strength,
        headline: best.headline,
        literal: headline.includes(` ${group.word} `),
      };
    }
    return evidence;
  });
}
