// Writes the demo's questions citizens asked (packages/server/seed/faq-questions-<lang>.json) from
// the tuning queries: each answerable query becomes a question of the articles that answer it.
// The development and held-out queries never do: they stay unseen, to measure with.
//
//   npm run train:questions          (then `npm run bench` measures on the held-out sets)
import { writeFileSync } from 'node:fs';
import { here, questionsFrom, readJson, seedFolder, type Query } from './bench-data.ts';

for (const lang of ['es', 'en']) {
  const questions = questionsFrom(readJson<Query[]>(here(`queries-tuning-${lang}.json`)));
  const file = `${seedFolder}faq-questions-${lang}.json`;
  writeFileSync(file, `${JSON.stringify(questions, null, 2)}\n`);
  console.log(`${Object.values(questions).flat().length} questions of ${Object.keys(questions).length} articles written to ${file}`);
}
