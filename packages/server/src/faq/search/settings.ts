// Every threshold and weight of FAQ search, in one place. Each says what it does and what chose it:
//   [bench relevance]  chosen against `npm run bench` relevance on the tuning sets;
//   [bench latency]    chosen against the latency part of `npm run bench` (10,000 articles);
//   [by hand]          set by hand, not tuned.
// The answer model's weights and threshold are data learned by `npm run train:answers`, kept in
// answer-model.weights.ts. The index's own limits (faq_corrections: 16 words; faq_completions: 40
// words, 12 stems) live in the SQL functions of migrations/002-faq.sql: changing one takes a new migration.
import type { Lang } from '@ventanilla/protocol';

// --- The length of a query (one definition, read by expand, score and refer) ----------------

/**
 * How many meaningful words make a query long or a story:
 * a query of more than `long` words is a question in the citizen's own words (its rules ease,
 * its unknown words weigh less); from `story` words on it tells a story (no typo is corrected,
 * and a result worth showing stands against a referral phrase, which may be part of the story).
 * Refer counts the words a phrase may hold, small numbers included; the others, the meaningful ones.
 */
export const QUERY_LENGTH = {
  /** [by hand] Up to this many words a query is a search; beyond it, a long question. */
  long: 4,
  /** [bench latency] From this many words a story: saves the corrections' round trip (p95 under 10 ms). */
  story: 8,
} as const;

// --- analyse ---------------------------------------------------------------------------------

/** [by hand] Words of a query read at most; the rest is not searched (the route caps the length too). */
export const MAX_TOKENS = 40;

/**
 * [by hand] A number of one or two digits is the citizen's story (an age, a count, a day: "mis
 * hijos de 8 y 11 años"), not what they ask about; longer ones may be ("010", "2026").
 */
export const SMALL_NUMBER = /^\d{1,2}$/;

/**
 * [by hand] Words that carry a question's tone, not its subject ("quiero saber…", "¿cuánto…?"):
 * dropped from queries like stop words (articles keep them; the stemmer's stop lists lack them).
 */
export const QUERY_FILLERS: Record<string, ReadonlySet<string>> = {
  es: new Set(
    [
      // Greetings and the tone of a request.
      'hola buenas buenos gracias favor quiero queremos quiere queria quisiera querria necesito necesitamos necesitaria',
      'saber gustaria gustarian puedo podemos podria podrian puede pueden cuanto cuanta cuantos cuantas cuando',
      // Function words PostgreSQL's Spanish stop list lacks.
      'alguien algun alguna alguno algunos algunas unas unos cada vez aqui alli ahi aunque tan tanto tanta toda todas',
      'nadie nada siempre nunca ahora despues antes luego bien mal usted ustedes vosotros ser sido haber segun mediante mas',
      // "Ir a" before the verb that matters ("¿qué va a pasar?").
      'voy vas va vamos vais van',
    ]
      .join(' ')
      .split(' '),
  ),
  en: new Set('hello hi thanks thank please want wanted would like need needs know'.split(' ')),
  pt: new Set('ola obrigado obrigada favor quero queremos queria gostaria preciso precisamos saber posso podemos quanto quando alguem'.split(' ')),
};

/** [by hand] The word that opens a purpose clause ("… para pedir la nacionalidad"), per language. */
export const PURPOSE: Partial<Record<Lang, string>> = { es: 'para', pt: 'para' };

// --- expand ----------------------------------------------------------------------------------

/** [by hand] How much a query word counts, by how it was recognised. */
export const QUERY_WEIGHTS = {
  /** The word as typed (its stem). */
  exact: 1,
  /** A synonym the site declared. */
  synonym: 0.9,
  /** Completing an unfinished last word. */
  prefix: 0.85,
  /** A completion when the last word is already a known word (it may be finished). */
  prefixOfKnown: 0.5,
  /** A typo correction one edit away. */
  typo1: 0.85,
  /** A typo correction two edits away. */
  typo2: 0.65,
} as const;

/** [by hand] Unknown words corrected at most per query, the longest first. */
export const MAX_CORRECTED = 4;
/** [by hand] Corrections kept per unknown word, the closest (ties by how common). */
export const CORRECTIONS_PER_WORD = 3;
/** [by hand] Unknown words this long or shorter are also looked up respelt as they sound. */
export const RESPELL_UP_TO = 5;
/** [by hand] A known last word this long or shorter may still be the start of a longer one ("da" → "datos"). */
export const COMPLETE_KNOWN_UP_TO = 4;
/** [by hand] Stems this long are compared when no word is close: a misspelt word in a form no article uses. */
export const STEM_COMPARED_FROM = 5;
/** [by hand] Edit distance allowed by word length: 3 letters only a letter that sounds alike, up to 7 one, then two. */
export const TYPO_DISTANCE = { threeLetters: 0.5, fromFour: 1, fromEight: 2 } as const;
/** [by hand] What a Spanish spelling confusion (b/v, c/z/s, g/j, y/i, a lost h, ll/y) costs, in edits. */
export const SOUND_ALIKE_COST = 0.5;
/**
 * [by hand] A word found in no article weighs as much as one held by one article in this many:
 * such words tell a question outside the articles' subjects ("antecedentes penales").
 */
export const UNKNOWN_WORD_RARITY = 100;

// --- match -----------------------------------------------------------------------------------

/** [by hand] Candidates scored exactly per corpus, from the heads of the postings. */
export const CANDIDATES = 16;
/** [by hand] Postings read per query in the candidate step, shared among its stems. */
export const POSTINGS_BUDGET = 1600;
/** [by hand] Postings read per stem at least, however many stems share the budget. */
export const POSTINGS_PER_STEM = 60;
/**
 * [by hand] Postings kept per stem at import (faq_postings), and read whole within a topic.
 * Shared by the importer, which writes them, and the search, which reads them.
 */
export const POSTINGS_KEPT = 1000;
/** [by hand] Alternatives worth less than this share of the query's best one find no candidates. */
export const NEGLIGIBLE = 0.05;

/** Comparing a query with the questions citizens asked (asked-questions.ts). */
export const ASKED_INDEX = {
  /** [bench latency] Question postings a search reads, strongest first, shared among its stems. */
  readBudget: 2_000,
  /** [bench latency] Never fewer per stem: the whole list up to this length (the demo's longest is 255). */
  readAtLeast: 300,
  /** [by hand] Articles whose closeness is known: the closest, and runners-up to tell whether a result agrees. */
  candidates: 3,
} as const;

// --- score -----------------------------------------------------------------------------------

/** [by hand] BM25F: field boosts and length normalization; k1 saturates repeated words. */
export const BM25F = {
  k1: 1.2,
  title: { boost: 3, b: 0.4 },
  tags: { boost: 2.5, b: 0.3 },
  body: { boost: 1, b: 0.75 },
} as const;

/** [by hand] Ranking bonuses on top of relevance. */
export const RANK_BONUS = {
  /** The query's words found as typed (accents aside) in the title or tags. */
  literal: 0.1,
  /** The title and tags hold the query's topical words: above an article that only mentions them. */
  headline: 0.1,
} as const;

/** [by hand] A Spanish article shown for another language ranks a little below a translated one. */
export const FALLBACK_FACTOR = 0.9;

// --- decide: the rules that judge each article (confidence.ts) -------------------------------

/**
 * [by hand] The rules showing an article, each enough alone; tried in this order, the first that
 * holds is the one a trace names. Each was added while reading `npm run bench` relevance.
 */
export const SHOWN = {
  /** Enough of all three: coverage, headline coverage, relevance (eased for long queries). */
  coverage: { coverage: 0.6, headline: 0.4, relevance: 0.12 },
  /** How that rule eases per word beyond `QUERY_LENGTH.long`, down to its floors. */
  easing: { coverage: 0.05, coverageFloor: 0.22, headline: 0.04, headlineFloor: 0.1 },
  /** The title or tags hold most of a query of several words; the rest may be the citizen's own words. */
  strongHeadline: { words: 3, headline: 0.75, coverage: 0.42, relevance: 0.25 },
  /** The same for a message of this many words or more, which tells a story around its subject. */
  strongHeadlineInMessage: { words: 6, headline: 0.6, coverage: 0.3, relevance: 0.2 },
  /** Several of the query's words held strongly, in the body or the citizen's vocabulary. */
  strongBody: { words: 3, relevance: 0.45 },
} as const;

/** [by hand] The confidence a shown article earns: `high` needs all three, `medium` this relevance. */
export const CONFIDENCE = {
  high: { relevance: 0.55, coverage: 0.75, headline: 0.6 },
  medium: 0.3,
} as const;

// --- place asked questions -------------------------------------------------------------------

/** [bench relevance] How close (0 to 1) a query must be to a question citizens asked: a grid of 10 on the tuning sets, each without its own questions. */
export const ASKED = {
  /** A candidate, shown below the best result. */
  candidate: 0.3,
  /** The answer when nothing else is. */
  alone: 0.6,
  /** The first result; a referral gives way to it when the rest of the query is close too. */
  lead: 0.7,
  /** How much less close than the closest question a shown article may be and still speak for it. */
  agreement: 0.1,
  /** The shown articles looked at for that agreement. */
  agreementAmong: 3,
} as const;

/** [by hand] How far apart ranks are set to keep an article of a close question in its place. */
export const RANK_STEP = 1e-6;

// --- present ---------------------------------------------------------------------------------

/** [by hand] Results returned when the request names no limit. */
export const DEFAULT_LIMIT = 8;
/** [by hand] Only a clear first result is `high`: it must lead the second by this much of rank. */
export const CLEAR_LEAD = 0.05;
/** [by hand] A snippet's length in characters, and how far before the first match it may start. */
export const SNIPPET = { length: 170, lead: 60 } as const;
