// A short excerpt of an article around the words that matched, as parts a client renders as
// text (never HTML): [{ text: "…para ", match: false }, { text: "empadronarse", match: true }, …].
import type { SnippetPart } from '@ventanilla/protocol';
import { fold, tokenize, type Token } from './text.ts';

import { SNIPPET } from './settings.ts';

const LENGTH = SNIPPET.length;
/** How far back from the first match a snippet may start to begin at a line. */
const LEAD = SNIPPET.lead;

export function buildSnippet(text: string, matches: (foldedWord: string) => boolean, length = LENGTH): SnippetPart[] {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  if (!flat) return [];
  const tokens = tokenize(flat);
  const matched = tokens.map((token) => matches(fold(token.word)));
  const start = bestStart(flat, tokens, matched, length);
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    // End after a whole word, never inside one.
    const inside = tokens.find((token) => token.start < end && token.end > end);
    if (inside) end = inside.start;
    end = flat.slice(0, end).trimEnd().length;
  }
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = parts.at(-1);
    if (last && !last.match && !match) last.text += piece;
    else parts.push({ text: piece, match });
  };
  if (start > 0) push('…', false);
  let cursor = start;
  tokens.forEach((token, index) => {
    if (token.start < start || token.end > end || !matched[index]) return;
    push(flat.slice(cursor, token.start), false);
    push(flat.slice(token.start, token.end), true);
    cursor = token.end;
  });
  push(flat.slice(cursor, end), false);
  if (end < flat.length) push('…', false);
  return parts;
}

/** Where the window holding the most distinct matched words starts (at a word, ideally a sentence). */
function bestStart(text: string, tokens: Token[], matched: boolean[], length: number): number {
  let best = { start: 0, distinct: countDistinct(tokens, matched, 0, length) };
  tokens.forEach((token, index) => {
    if (!matched[index]) return;
    const start = sentenceStart(text, tokens, token.start);
    const distinct = countDistinct(tokens, matched, start, start + length);
    if (distinct > best.distinct) best = { start, distinct };
  });
  return best.start;
}

function countDistinct(tokens: Token[], matched: boolean[], from: number, to: number): number {
  const words = new Set<string>();
  tokens.forEach((token, index) => {
    if (matched[index] && token.start >= from && token.end <= to) words.add(fold(token.word));
  });
  return words.size;
}

function sentenceStart(text: string, tokens: Token[], at: number): number {
  const floor = Math.max(0, at - LEAD);
  const before = text.slice(floor, at);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf(': '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (boundary >= 0) return floor + boundary + 2;
  if (floor === 0) return 0;
  // No sentence start near: begin a few words before the match.
  const first = tokens.find((token) => token.start >= at - 25);
  return first ? first.start : at;
}
