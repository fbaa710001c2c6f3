// Questions citizens asked before: each article may carry the questions it answered, as they
// were typed ("me van a cortar la luz y no puedo pagar"). A query is compared with every one of
// them as a whole (the cosine of their TF-IDF vectors of stems), and an article is as close as its
// closest question. Articles are written in the body's words; questions bring the citizen's own
// way of putting a need, which no single keyword does: "cortar" and "luz" are the electricity
// company's words until they come with "no puedo pagar".
import type { Lang } from '@ventanilla/protocol';
import type { Analyze } from './document-vector.ts';
import type { QueryPlan } from './query-plan.ts';
import { ASKED_INDEX, QUERY_FILLERS, SMALL_NUMBER } from './settings.ts';
import { tokenize } from './text.ts';

/** A question's indexed words as stems, repeated as often as they occur; tone and stop words left out. */
export function questionLexemes(text: string, analyze: Analyze, lang: Lang): string[] {
  const fillers = QUERY_FILLERS[lang];
  const lexemes: string[] = [];
  for (const token of tokenize(text)) {
    const { folded, lexeme } = analyze(token.word);
    if (!lexeme || fillers?.has(folded) || SMALL_NUMBER.test(folded)) continue;
    lexemes.push(lexeme);
  }
  return lexemes;
}

// A search reads at most ASKED_INDEX.readBudget postings, shared among its stems, strongest
// first, never fewer than readAtLeast per stem: a question where a stem weighs least is a long one
// that other words carry, so a hundred thousand questions answer as fast as a few thousand.
const READ_BUDGET = ASKED_INDEX.readBudget;
const READ_AT_LEAST = ASKED_INDEX.readAtLeast;

interface Posting {
  questions: Int32Array;
  weights: Float32Array;
}

/** How close a query is to an article's closest question: 0 (no word shared) to 1 (the same words). */
export interface AskedMatch {
  doc: number;
  similarity: number;
}

/** The stems a query offers for one of its words, each with how surely it is that word. */
type QueryWord = { lexeme: string; weight: number }[];

export class QuestionIndex {
  readonly size: number;
  readonly #docs: Int32Array;
  readonly #postings = new Map<string, Posting>();
  readonly #idf = new Map<string, number>();
  /** What a word no question holds weighs: the rarest there can be. */
  readonly #unknown: number;
  // Per question, reused by every search (a search runs to its end before the next starts).
  readonly #scores: Float64Array;
  readonly #wordScores: Float64Array;
  readonly #touched: Int32Array;
  readonly #reached: Int32Array;

  constructor(questions: readonly { doc: number; lexemes: readonly string[] }[]) {
    this.size = questions.length;
    this.#docs = Int32Array.from(questions, (question) => question.doc);
    this.#scores = new Float64Array(this.size);
    this.#wordScores = new Float64Array(this.size);
    this.#touched = new Int32Array(this.size);
    this.#reached = new Int32Array(this.size);
    const held = new Map<string, number>();
    for (const question of questions) for (const lexeme of new Set(question.lexemes)) held.set(lexeme, (held.get(lexeme) ?? 0) + 1);
    for (const [lexeme, count] of held) this.#idf.set(lexeme, Math.log((this.size + 1) / (count + 1)));
    this.#unknown = Math.log(this.size + 1);
    const lists = new Map<string, { questions: number[]; weights: number[] }>();
    for (const [index, question] of questions.entries()) {
      const distinct = [...new Set(question.lexemes)];
      const weights = distinct.map((lexeme) => {
        let count = 0;
        for (const each of question.lexemes) if (each === lexeme) count++;
        return (1 + Math.log(count)) * this.#idf.get(lexeme)!;
      });
      let norm = 0;
      for (const weight of weights) norm += weight * weight;
      norm = Math.sqrt(norm);
      if (!norm) continue;
      distinct.forEach((lexeme, i) => {
        let list = lists.get(lexeme);
        if (!list) lists.set(lexeme, (list = { questions: [], weights: [] }));
        list.questions.push(index);
        list.weights.push(weights[i]! / norm);
      });
    }
    for (const [lexeme, list] of lists) {
      // Strongest first where a search may read only the head of the list (see READ_BUDGET).
      const order = list.questions.map((_, i) => i);
      if (order.length > READ_AT_LEAST) order.sort((a, b) => list.weights[b]! - list.weights[a]! || a - b);
      this.#postings.set(lexeme, { questions: Int32Array.from(order, (i) => list.questions[i]!), weights: Float32Array.from(order, (i) => list.weights[i]!) });
    }
  }

  /**
   * The articles whose closest question is at least `floor` close to the query, closest first;
   * only those `within` a set of articles, when given (a topic's).
   * Each query word counts by its surest stem that a question holds; a word no question holds
   * still counts in the query's length, so that a query mostly about something else is far.
   */
  nearest(words: readonly QueryWord[], floor: number, limit: number, within?: ReadonlySet<number>): AskedMatch[] {
    const scores = this.#scores;
    const wordScores = this.#wordScores;
    const touched = this.#touched;
    const reached = this.#reached;
    let reachedCount = 0;
    const read = Math.max(READ_AT_LEAST, Math.floor(READ_BUDGET / Math.max(1, words.reduce((count, word) => count + word.length, 0))));
    let length = 0;
    for (const word of words) {
      let touchedCount = 0;
      let worth = 0;
      for (const { lexeme, weight } of word) {
        const idf = this.#idf.get(lexeme);
        const posting = this.#postings.get(lexeme);
        if (idf === undefined || !posting) continue;
        worth = Math.max(worth, weight * idf);
        const { questions, weights } = posting;
        const factor = weight * idf;
        for (let i = 0, end = Math.min(questions.length, read); i < end; i++) {
          const question = questions[i]!;
          const score = factor * weights[i]!;
          if (wordScores[question] === 0) touched[touchedCount++] = question;
          if (score > wordScores[question]!) wordScores[question] = score;
        }
      }
      length += (worth || this.#unknown) ** 2;
      for (let i = 0; i < touchedCount; i++) {
        const question = touched[i]!;
        if (scores[question] === 0) reached[reachedCount++] = question;
        scores[question]! += wordScores[question]!;
        wordScores[question] = 0;
      }
    }
    const norm = Math.sqrt(length);
    const byDoc = new Map<number, number>();
    for (let i = 0; i < reachedCount; i++) {
      const question = reached[i]!;
      const similarity = scores[question]! / norm;
      scores[question] = 0;
      const doc = this.#docs[question]!;
      if (similarity >= floor && similarity > (byDoc.get(doc) ?? 0) && (!within || within.has(doc))) byDoc.set(doc, similarity);
    }
    return [...byDoc]
      .map(([doc, similarity]) => ({ doc, similarity }))
      .sort((a, b) => b.similarity - a.similarity || a.doc - b.doc)
      .slice(0, limit);
  }
}

/** A query's words as the question index compares them: each word's own stem, corrections and completions. */
export function queryWords(plan: QueryPlan): QueryWord[] {
  return plan.groups.map((group) => {
    // Each stem once, at its surest: the word's own stem is usually its exact alternative too.
    const stems = new Map<string, number>(group.stem ? [[group.stem, 1]] : []);
    for (const alternative of group.alternatives) {
      if (alternative.kind !== 'synonym' && alternative.weight > (stems.get(alternative.lexeme) ?? 0)) stems.set(alternative.lexeme, alternative.weight);
    }
    return [...stems].map(([lexeme, weight]) => ({ lexeme, weight }));
  });
}
