// Why a search got what it got, stage by stage, as data (plain JSON): what `npm run faq:explain`
// prints and what the console's "searches that found nothing" screen will show. A trace is built
// only when one is asked for; the stages take it as an optional argument and skip all of this
// without it.
import type { Confidence, Lang } from '@ventanilla/protocol';

/** One named rule of a decision: the settings it read and what it found, under its name. */
export interface RuleOutcome {
  rule: string;
  settings?: Record<string, unknown>;
  /** What the rule found; `decided` marks the rule whose finding settled the stage. */
  outcome: string | number | boolean | Record<string, unknown>;
  decided?: true;
}

/** A stage's named rules, in the order tried, and the one that decided. */
export interface RuleDecision {
  rules: RuleOutcome[];
  decidedBy: string;
}

export interface ArticleScore {
  id: string;
  rank: number;
  relevance: number;
  coverage: number;
  headlineCoverage: number;
  confidence: Confidence | null;
  /** The rule of `SHOWN` that showed it (none: the rules alone would not). */
  shownBy?: string | undefined;
  /** Closeness to the article's closest question citizens asked. */
  asked: number;
  askedOnly?: boolean | undefined;
}

/** One corpus searched: the requested language, or Spanish standing in for it. */
export interface CorpusTrace {
  lang: Lang;
  /** Spanish searched for articles missing in this language. */
  standsInFor?: Lang | undefined;
  articles: number;
  analyse: { tokens: { word: string; stop: boolean; stem?: string | undefined; known?: string | undefined; articles?: number | undefined }[] };
  expand: {
    openWord?: string | undefined;
    groups: { word: string; value: number; alternatives: { lexeme: string; kind: string; weight: number; articles: number }[] }[];
  };
  match: {
    /** Articles from the postings, with their approximate score, best first. */
    candidates: { id: string; score: number }[];
    /** Articles close to a question citizens asked (closest first). */
    asked: { id: string; similarity: number }[];
  };
  score: { articles: ArticleScore[] };
  decide: RuleDecision & { shown: string[] };
  placeAsked: RuleDecision & { shown: string[] };
}

export interface SearchTrace {
  request: { site: string; lang: Lang; query: string; topic?: string | undefined; limit?: number | undefined };
  /** What the query's words are before any corpus reads them (empty: nothing to search). */
  words: string[];
  corpora: CorpusTrace[];
  /** The results of every corpus, merged best first (before the referral and the limit). */
  merged: string[];
  refer: RuleDecision & { referral?: string | undefined };
  present: RuleDecision & { results: { id: string; score: number; confidence: Confidence }[] };
  /** The outcome, and the stage and rule that settled it ("decide.answer-model"). */
  outcome: 'found' | 'not-found' | 'referred';
  decidedBy: string;
}

/** A rule outcome list being written: `decide` marks the rule that settled the stage. */
export class RuleLog {
  readonly rules: RuleOutcome[] = [];
  decidedBy = '';

  add(rule: string, outcome: RuleOutcome['outcome'], settings?: Record<string, unknown>): this {
    this.rules.push(settings ? { rule, settings, outcome } : { rule, outcome });
    return this;
  }

  decide(rule: string, outcome: RuleOutcome['outcome'], settings?: Record<string, unknown>): this {
    this.add(rule, outcome, settings);
    this.rules.at(-1)!.decided = true;
    this.decidedBy = rule;
    return this;
  }

  toJSON(): RuleDecision {
    return { rules: this.rules, decidedBy: this.decidedBy };
  }
}

/** Rounds a score for reading (traces are for people; the search keeps full precision). */
export function rounded(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
