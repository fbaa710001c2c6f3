// An article as the index sees it: a tsvector literal of unaccented stems with their positions
// and field weights (A title, B tags, C body), and the number of indexed words per field.
import { tokenize } from './text.ts';

/** What the stemmer made of a word: its unaccented form, and its stem (null: a stop word). */
export interface WordAnalysis {
  folded: string;
  lexeme: string | null;
}

export type Analyze = (word: string) => WordAnalysis;

export interface DocumentFields {
  title: string;
  tags: readonly string[];
  /**
   * The citizen's words for the article: counted with the body, and left out of its length; a
   * fourth number of each stem's counts says how many came from here (see articleEvidence).
   */
  keywords?: readonly string[] | undefined;
  bodyText: string;
}

export interface DocumentVector {
  /** tsvector input syntax, e.g. `'padron':3A,40C 'alta':1A`. */
  vector: string;
  titleLength: number;
  tagsLength: number;
  bodyLength: number;
  /** Occurrences of each stem in the title, the tags and the body, and of those in the keywords. */
  terms: Record<string, [number, number, number] | [number, number, number, number]>;
  /** The unaccented words of the article that carry a stem, for the vocabulary. */
  words: Map<string, string>;
}

// PostgreSQL keeps positions up to 16383 and at most 256 of them per stem.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 255;
// Fields and tags are kept apart so that a phrase never spans two of them.
const GAP = 8;

type Weight = 'A' | 'B' | 'C';
const FIELD: Record<Weight, 0 | 1 | 2> = { A: 0, B: 1, C: 2 };

/** Keyword phrases are kept up to this many indexed words. */
export const MAX_PHRASE_WORDS = 4;
/** The key of a keyword phrase among an article's terms: not a stem, never a posting. */
export const PHRASE = '@';

export function phraseKey(stems: readonly string[]): string {
  return PHRASE + stems.join(' ');
}

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export function buildDocumentVector(fields: DocumentFields, analyze: Analyze): DocumentVector {
  const positions = new Map<string, string[]>();
  // No prototype: a stem may well be "constructor".
  const terms: Record<string, [number, number, number] | [number, number, number, number]> = Object.create(null);
  const words = new Map<string, string>();
  let position = 0;
  const add = (text: string, weight: Weight, keyword = false): number => {
    let indexed = 0;
    for (const token of tokenize(text)) {
      position += 1;
      if (position > MAX_POSITION) break;
      const { folded, lexeme } = analyze(token.word);
      if (!lexeme) continue;
      indexed += 1;
      words.set(folded, lexeme);
      const counts = (terms[lexeme] ??= [0, 0, 0]);
      counts[FIELD[weight]] += 1;
      // Keywords count with the body, and are told apart in a fourth number.
      if (keyword) counts[3] = (counts[3] ?? 0) + 1;
      const list = positions.get(lexeme) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
      positions.set(lexeme, list);
    }
    position += GAP;
    return indexed;
  };
  const titleLength = add(fields.title, 'A');
  let tagsLength = 0;
  for (const tag of fields.tags) tagsLength += add(tag, 'B');
  const bodyLength = add(fields.bodyText, 'C');
  for (const keyword of fields.keywords ?? []) {
    add(keyword, 'C', true);
    // A keyword of several words is also kept whole, to recognise it in a query (see PHRASE).
    const stems = tokenize(keyword).flatMap((token) => analyze(token.word).lexeme ?? []);
    if (stems.length >= 2 && stems.length <= MAX_PHRASE_WORDS) terms[phraseKey(stems)] = [0, 0, 0, 1];
  }
  const vector = [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ');
  return { vector, titleLength, tagsLength, bodyLength, terms, words };
}

/**
 * A synonym term as a tsquery: its stems in order at their distances ("documento de identidad"
 * → `'document' <2> 'identid'`). Null when the term has no indexed word.
 */
export function termQuery(term: string, analyze: Analyze): { query: string; lexemes: string[] } | null {
  const parts: string[] = [];
  const lexemes: string[] = [];
  let distance = 0;
  for (const token of tokenize(term)) {
    const { lexeme } = analyze(token.word);
    distance += 1;
    if (!lexeme) continue;
    if (parts.length) parts.push(`<${distance}>`);
    parts.push(quoteLexeme(lexeme));
    lexemes.push(lexeme);
    distance = 0;
  }
  return lexemes.length ? { query: parts.join(' '), lexemes } : null;
}
