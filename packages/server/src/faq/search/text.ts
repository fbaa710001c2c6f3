// Turning text into the words search works with. The same tokenizer reads articles at import
// and queries at search time, so both sides always agree on what a word is.

export interface Token {
  /** Lower-case, accents kept (the stemmer needs them: "notificación" → "notific"). */
  word: string;
  /** Where the word starts and ends in the text it came from (after `prepareText`). */
  start: number;
  end: number;
}

// "Cl@ve", "tod@s": an @ inside a word stands for a letter; e-mail addresses keep theirs.
const AT_IN_WORD = /(\p{L})@(\p{L}+)(?![\p{L}\p{N}.@-])/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Same length as the input (so offsets stay valid): only the in-word @ becomes a letter. */
function prepareText(text: string): string {
  return text.replace(AT_IN_WORD, (_match, before: string, after: string) => `${before}a${after}`);
}

export function tokenize(text: string): Token[] {
  const prepared = prepareText(text);
  const tokens: Token[] = [];
  for (const match of prepared.matchAll(WORD)) {
    tokens.push({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * Accent folding in the spirit of PostgreSQL's unaccent (which folds the index): used only to
 * recognise words in snippets, never to decide what matches.
 */
export function fold(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øœæßł]/g, (letter) => ({ ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ł: 'l' })[letter] ?? letter);
}

/** Lower-case, unaccented words of a text separated by single spaces, with a space at each end. */
export function foldedWords(text: string): string {
  return ` ${fold(prepareText(text).toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The normalized form of a query as the unanswered-searches report shows it: words only. */
export function normalizeQuery(query: string): string {
  return tokenize(query)
    .map((token) => fold(token.word))
    .join(' ')
    .slice(0, 200);
}

/** Whether the citizen may still be typing the last word (no space or punctuation after it). */
export function lastWordOpen(query: string): boolean {
  return /[\p{L}\p{N}@]$/u.test(query);
}
