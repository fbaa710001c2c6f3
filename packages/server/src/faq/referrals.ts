// A site's "not our service" list, per language: what citizens ask the body about that another
// administration or a company handles. Replaced whole from a JSON list (seed/faq-referrals-es.json,
// `npm run faq:import -- --referrals`); each phrase is stemmed at import as search reads queries,
// and search keeps the compiled list per corpus version, as it does the synonyms.
import type { Lang } from '@ventanilla/protocol';
import type { Database, Queryable } from '../db/database.ts';
import { analyzeWords, stemInput } from './words.ts';
import { QUERY_FILLERS } from './search/settings.ts';
import type { Referral, StemSequence } from './search/referrals.ts';
import { fold, tokenize } from './search/text.ts';

export interface ReferralInput {
  /** What identifies the topic in a question: "pasaporte", "declaración de la renta", "irpf". */
  phrases: string[];
  /** Who handles it: "Policía Nacional". */
  name: string;
  /** A page of theirs (https only). */
  url?: string;
  /** One sentence for the citizen. */
  text: string;
}

const MAX_NAME = 200;
const MAX_TEXT = 500;
const MAX_PHRASES = 50;

/** Problems of an entry, in words an editor can act on; empty when it can be imported. */
function referralProblems(entry: ReferralInput, index: number): string[] {
  const where = `referral ${index + 1}${typeof entry?.name === 'string' ? ` ("${entry.name}")` : ''}`;
  if (!entry || typeof entry !== 'object') return [`${where}: must be an object`];
  const problems: string[] = [];
  const phrases = entry.phrases as unknown;
  if (!Array.isArray(phrases) || !phrases.length || phrases.length > MAX_PHRASES || phrases.some((phrase) => typeof phrase !== 'string' || !tokenize(phrase).length)) {
    problems.push(`${where}: phrases must be a list of 1 to ${MAX_PHRASES} texts with words`);
  }
  if (typeof entry.name !== 'string' || !entry.name.trim() || entry.name.length > MAX_NAME) problems.push(`${where}: name is missing or longer than ${MAX_NAME} characters`);
  if (typeof entry.text !== 'string' || !entry.text.trim() || entry.text.length > MAX_TEXT) problems.push(`${where}: text is missing or longer than ${MAX_TEXT} characters`);
  if (entry.url !== undefined && !isHttpsUrl(entry.url)) problems.push(`${where}: url must be an https address`);
  return problems;
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:' && value.startsWith('https://');
  } catch {
    return false;
  }
}

/**
 * Each phrase as search compares it: its words in order, stop words (and the fillers queries
 * drop) left out, each word with the stems a query may reach it by, as typed with or without
 * accents (queries go through `stemInput` too).
 */
async function phraseStems(tx: Queryable, lang: Lang, phrases: readonly string[]): Promise<Map<string, StemSequence>> {
  const words = [...new Set(phrases.flatMap((phrase) => tokenize(phrase).map((token) => token.word)))];
  const inputs = (word: string) => [...new Set([stemInput(word, lang), stemInput(fold(word), lang)])];
  // A word's lexeme is null when it is a stop word.
  const analysis = await analyzeWords(tx, lang, words.flatMap((word) => [word, ...inputs(word)]));
  const fillers = QUERY_FILLERS[lang];
  const compiled = new Map<string, StemSequence>();
  for (const phrase of phrases) {
    const sequence: string[][] = [];
    for (const { word } of tokenize(phrase)) {
      if (!analysis.get(word)?.lexeme || fillers?.has(fold(word))) continue;
      const stems = [...new Set(inputs(word).map((input) => analysis.get(input)?.lexeme).filter((stem): stem is string => Boolean(stem)))];
      if (stems.length) sequence.push(stems);
    }
    compiled.set(phrase, sequence);
  }
  return compiled;
}

/**
 * Replaces the referral list of a site and language; returns how many entries it holds. The
 * corpus' version is bumped, so every server drops the list it cached.
 */
export async function replaceReferrals(db: Database, site: string, lang: Lang, entries: readonly ReferralInput[]): Promise<number> {
  const problems = Array.isArray(entries) ? entries.flatMap(referralProblems) : ['the referral list must be a JSON array'];
  if (problems.length) throw new Error(`Cannot import the referrals:\n- ${problems.join('\n- ')}`);
  return db.transaction(async (tx) => {
    const [known] = await tx.query('select 1 from sites where id = $1', [site]);
    if (!known) throw new Error(`Site "${site}" does not exist.`);
    const cleaned = entries.map((entry) => ({
      phrases: [...new Set(entry.phrases.map((phrase) => phrase.trim()))],
      name: entry.name.trim(),
      url: entry.url,
      text: entry.text.trim(),
    }));
    const stems = await phraseStems(tx, lang, cleaned.flatMap((entry) => entry.phrases));
    const empty = cleaned.flatMap((entry) => entry.phrases.filter((phrase) => !stems.get(phrase)?.length));
    if (empty.length) throw new Error(`Cannot import the referrals:\n- ${empty.map((phrase) => `phrase "${phrase}" has only stop words`).join('\n- ')}`);
    await tx.query('delete from faq_referrals where site_id = $1 and lang = $2', [site, lang]);
    for (const [position, entry] of cleaned.entries()) {
      await tx.query(
        'insert into faq_referrals (site_id, lang, position, phrases, name, url, text, stems) values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)',
        [site, lang, position, entry.phrases, entry.name, entry.url ?? null, entry.text, JSON.stringify(entry.phrases.map((phrase) => stems.get(phrase)))],
      );
    }
    await tx.query('insert into faq_corpora (site_id, lang) values ($1, $2) on conflict (site_id, lang) do nothing', [site, lang]);
    await tx.query('update faq_corpora set version = version + 1 where site_id = $1 and lang = $2', [site, lang]);
    return cleaned.length;
  });
}

/** The referral list of a site and language as an editor wrote it (for export and tests). */
export async function listReferrals(db: Queryable, site: string, lang: Lang): Promise<ReferralInput[]> {
  const rows = await db.query<{ phrases: string[]; name: string; url: string | null; text: string }>(
    'select phrases, name, url, text from faq_referrals where site_id = $1 and lang = $2 order by position',
    [site, lang],
  );
  return rows.map(({ url, ...entry }) => (url ? { ...entry, url } : entry));
}

// Per database (a process may open several, as tests and the benchmark do), per corpus.
const caches = new WeakMap<Queryable, Map<number, { version: number; referrals: Referral[] }>>();

/** The compiled list of a corpus, read again only when its version changes. */
export async function referralsOf(db: Queryable, corpus: { id: number; version: number }, site: string, lang: Lang): Promise<Referral[]> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const cached = cache.get(corpus.id);
  if (cached?.version === corpus.version) return cached.referrals;
  const rows = await db.query<{ name: string; url: string | null; text: string; stems: string }>(
    'select name, url, text, stems::text as stems from faq_referrals where site_id = $1 and lang = $2 order by position',
    [site, lang],
  );
  const referrals = rows.map((row): Referral => ({
    name: row.name,
    text: row.text,
    url: row.url ?? undefined,
    phrases: JSON.parse(row.stems) as StemSequence[],
  }));
  cache.set(corpus.id, { version: corpus.version, referrals });
  return referrals;
}

/** Titles and single tags as stem sequences: what "an article about that phrase" is checked on. */
export async function headlineStems(db: Queryable, lang: Lang, headlines: readonly string[]): Promise<StemSequence[]> {
  const analysis = await analyzeWords(db, lang, headlines.flatMap((headline) => tokenize(headline).map((token) => token.word)));
  return headlines.map((headline) =>
    tokenize(headline).flatMap((token) => {
      const lexeme = analysis.get(token.word)?.lexeme;
      return lexeme ? [[lexeme]] : [];
    }),
  );
}

/**
 * Words that say what to do rather than about what ("renovar el pasaporte", "dar de alta la
 * luz"): what is left of a query besides a referral's phrase counts without them.
 */
const GENERIC_WORDS: Record<Lang, string> = {
  es: 'pedir solicitar solicitud renovar renovación sacar hacer tramitar trámite obtener conseguir cambiar cambio necesitar presentar realizar gestionar dar alta baja cita información informar',
  en: 'apply application request renew renewal get make obtain change need submit book appointment information register',
  pt: 'pedir solicitar renovar tirar fazer tratar obter conseguir mudar precisar apresentar marcar informação',
};

const genericCache = new Map<Lang, Promise<Set<string>>>();

/** The stems of the generic words of a language (the stemmer's, computed once per process). */
export function genericStems(db: Queryable, lang: Lang): Promise<Set<string>> {
  let stems = genericCache.get(lang);
  if (!stems) {
    stems = headlineStems(db, lang, [GENERIC_WORDS[lang]]).then((sequences) => new Set(sequences.flat(2)));
    genericCache.set(lang, stems);
    stems.catch(() => genericCache.delete(lang));
  }
  return stems;
}
