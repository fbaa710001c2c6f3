// npm run faq:import -- --site villaverde --lang es [--replace] [--synonyms sets.json]
//   [--referrals list.json] [--keywords vocabulary.json] [--questions asked.json] <files or folders...>
//
// Loads FAQ articles (JSON or Markdown files, see docs/faq-content.md) into a site, with the
// citizen's words for each of them from a vocabulary file and questions citizens asked of them
// from a questions file, and optionally replaces its synonym
// sets and its "not our service" referral list, in the database the server uses: DATABASE_URL
// when set, else PGlite in DATA_DIR (default <repo>/data/pglite; stop the server first, PGlite
// has one user at a time).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '@ventanilla/protocol';
import { repoRoot } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { importArticles, replaceSynonyms, withKeywords, withQuestions, type ArticleInput } from '../import.ts';
import { replaceReferrals, type ReferralInput } from '../referrals.ts';
import { parseArticleFile } from './article-files.ts';

const USAGE =
  'Usage: npm run faq:import -- --site <site> --lang <es|en|pt> [--replace] [--synonyms <file.json>] [--referrals <file.json>] [--keywords <file.json>] [--questions <file.json>] <files or folders...>';

async function expand(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => /\.(json|md|markdown)$/i.test(name)).sort();
  return names.map((name) => join(path, name));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: 'string' },
      lang: { type: 'string' },
      replace: { type: 'boolean', default: false },
      synonyms: { type: 'string' },
      referrals: { type: 'string' },
      keywords: { type: 'string' },
      questions: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const lang = values.lang as Lang | undefined;
  if (!values.site || !lang || !LANGS.includes(lang) || (!positionals.length && !values.synonyms && !values.referrals)) throw new Error(USAGE);

  // npm runs scripts from the repository root; paths are meant from where the command was typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  const files = (await Promise.all(positionals.map((path) => expand(resolve(base, path))))).flat();
  let articles: ArticleInput[] = [];
  for (const file of files) articles.push(...parseArticleFile(await readFile(file, 'utf8'), file));
  if (values.keywords) articles = withKeywords(articles, JSON.parse(await readFile(resolve(base, values.keywords), 'utf8')) as Record<string, string[]>);
  if (values.questions) articles = withQuestions(articles, JSON.parse(await readFile(resolve(base, values.questions), 'utf8')) as Record<string, string[]>);
  const sets = values.synonyms ? (JSON.parse(await readFile(resolve(base, values.synonyms), 'utf8')) as string[][]) : undefined;
  const referrals = values.referrals ? (JSON.parse(await readFile(resolve(base, values.referrals), 'utf8')) as ReferralInput[]) : undefined;

  const url = process.env.DATABASE_URL || undefined;
  const dataDir = url ? undefined : process.env.DATA_DIR || join(repoRoot, 'data', 'pglite');
  const db = await openDatabase({ url, dataDir });
  try {
    await migrate(db);
    if (sets) console.log(`${await replaceSynonyms(db, values.site, lang, sets)} synonym sets for ${values.site} (${lang}).`);
    if (referrals) console.log(`${await replaceReferrals(db, values.site, lang, referrals)} referrals for ${values.site} (${lang}).`);
    if (articles.length) {
      const result = await importArticles(db, values.site, lang, articles, { replace: values.replace });
      console.log(
        `Imported ${result.imported} articles into ${values.site} (${lang})` +
          (values.replace ? `, removed ${result.deleted}` : '') +
          `; it now has ${result.articles}.`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
