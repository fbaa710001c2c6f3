// Typo correction: which vocabulary words a misspelt word may have meant. Candidates come from
// the trigram index; this decides by edit distance, counting a swap of two neighbouring letters
// as one edit ("pardon" → "padron") and the confusions of Spanish spelling (b/v, y/ll, c/z/s,
// g/j, a missing h) as half of one.
import { CORRECTIONS_PER_WORD, SOUND_ALIKE_COST, STEM_COMPARED_FROM, TYPO_DISTANCE } from './settings.ts';

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string, substitutionCost: (x: string, y: string) => number = () => 1): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const x = a[i - 1]!;
      const y = b[j - 1]!;
      const substitution = x === y ? 0 : substitutionCost(x, y);
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + substitution);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

const SOUNDS_ALIKE = [['b', 'v'], ['c', 'z'], ['c', 's'], ['s', 'z'], ['g', 'j'], ['y', 'i'], ['c', 'k'], ['q', 'k'], ['x', 's']];
const ALIKE = new Set(SOUNDS_ALIKE.flatMap(([x, y]) => [`${x}${y}`, `${y}${x}`]));

function spellingCost(x: string, y: string): number {
  return ALIKE.has(`${x}${y}`) ? SOUND_ALIKE_COST : 1;
}

/**
 * Edit distance with Spanish spelling confusions at half cost; a missing or extra h is one half,
 * and so is "ll" for "y" or back ("mallor" for "mayor"), which most speakers pronounce alike.
 */
export function typoDistance(typed: string, word: string): number {
  const plain = editDistance(typed, word, spellingCost);
  const withoutH = editDistance(typed.replace(/h/g, ''), word.replace(/h/g, ''), spellingCost);
  const hDifference = Math.abs((typed.match(/h/g)?.length ?? 0) - (word.match(/h/g)?.length ?? 0));
  const yTyped = typed.replace(/ll/g, 'y');
  const yWord = word.replace(/ll/g, 'y');
  const yeismo = yTyped === typed && yWord === word ? Infinity : editDistance(yTyped, yWord, spellingCost) + SOUND_ALIKE_COST;
  return Math.min(plain, withoutH + SOUND_ALIKE_COST * hDifference, yeismo);
}

/** The largest distance accepted for a word of this length: short words tolerate less. */
export function allowedDistance(length: number): number {
  // Three letters: only a letter that sounds the same ("ivi" → "ibi").
  if (length === 3) return TYPO_DISTANCE.threeLetters;
  if (length < 4) return 0;
  if (length < 8) return TYPO_DISTANCE.fromFour;
  return TYPO_DISTANCE.fromEight;
}

export interface Correction {
  word: string;
  distance: number;
}

/**
 * The corrections worth trying: those within the allowed distance, keeping only the closest
 * (ties together, at most `max`), more frequent words first among equals. When no word is close
 * enough as written, the typed word's `stem` is compared with the candidates' stems, so that a
 * misspelling in a form no article uses finds the forms they do use ("inscrivirnos": "inscribir").
 */
export function chooseCorrections<T extends { word: string; lexeme?: string; articles: number }>(
  typed: string,
  candidates: readonly T[],
  max = CORRECTIONS_PER_WORD,
  stem?: string,
): (T & Correction)[] {
  const others = candidates.filter((candidate) => candidate.word !== typed);
  let scored = others
    .map((candidate) => ({ ...candidate, distance: typoDistance(typed, candidate.word) }))
    .filter((candidate) => candidate.distance <= allowedDistance(typed.length));
  if (!scored.length && stem && stem.length >= STEM_COMPARED_FROM) {
    scored = others
      .filter((candidate) => candidate.lexeme && candidate.lexeme !== stem)
      .map((candidate) => ({ ...candidate, distance: typoDistance(stem, candidate.lexeme!) }))
      .filter((candidate) => candidate.distance <= allowedDistance(stem.length));
  }
  if (!scored.length) return [];
  const best = Math.min(...scored.map((candidate) => candidate.distance));
  return scored
    .filter((candidate) => candidate.distance <= best)
    .sort((x, y) => y.articles - x.articles)
    .slice(0, max);
}

/** Spellings of one sound, each swapped throughout a word ("domisilio" → "domicilio"). */
const SAME_SOUND: [RegExp, string][] = [
  [/ll/g, 'y'],
  [/y/g, 'll'],
  [/v/g, 'b'],
  [/b/g, 'v'],
  [/s/g, 'c'],
  [/c/g, 's'],
  [/z/g, 'c'],
  [/c/g, 'z'],
  [/s/g, 'z'],
  [/z/g, 's'],
  [/j/g, 'g'],
  [/g/g, 'j'],
  [/^h/, ''],
  [/^(?=[aeiou])/, 'h'],
];

/**
 * The word respelt as it sounds, one confusion at a time: looked up as they are, these find the
 * words a trigram search misses when a short word changes letters ("yeno" → "lleno").
 */
export function spellingVariants(word: string): string[] {
  const variants = new Set<string>();
  for (const [pattern, replacement] of SAME_SOUND) {
    const variant = word.replace(pattern, replacement);
    if (variant !== word) variants.add(variant);
  }
  return [...variants];
}
