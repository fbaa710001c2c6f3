// npm run faq:explain -- "texto de la búsqueda" [--site villaverde] [--lang es] [--topic padron] [--json]
//
// Runs one search against the demo's data and prints why it got what it got: each stage's
// candidates, scores and the rule that decided (docs/faq-content.md). The demo is seeded into an
// in-memory PGlite, as `npm start` seeds its database, so the command never touches (or waits
// for) the server's data folder. `--json` prints the trace as data.
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '@ventanilla/protocol';
import { openDatabase } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { seed } from '../../demo/seed.ts';
import { explainFaqSearch } from '../search.ts';
import { traceText } from './explain-text.ts';

const USAGE = 'Usage: npm run faq:explain -- "query" [--site <site>] [--lang <es|en|pt>] [--topic <topic>] [--json]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { site: { type: 'string', default: 'villaverde' }, lang: { type: 'string', default: 'es' }, topic: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const query = positionals.join(' ');
  if (!query || !LANGS.includes(values.lang as Lang)) throw new Error(USAGE);
  const db = await openDatabase({});
  try {
    await migrate(db);
    await seed(db);
    const { trace } = await explainFaqSearch(db, { site: values.site, lang: values.lang as Lang, query, topic: values.topic });
    console.log(values.json ? JSON.stringify(trace, null, 2) : traceText(trace));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
