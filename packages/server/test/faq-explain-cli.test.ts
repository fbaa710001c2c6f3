// npm run faq:explain: one search on the demo's data (seeded in memory), printed for a terminal or
// as the trace's JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot } from '../src/config.ts';
import type { SearchTrace } from '../src/faq/search.ts';

const execute = promisify(execFile);
const cli = new URL('../src/faq/cli/explain.ts', import.meta.url).pathname;
const explain = (args: readonly string[]) => execute(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: repoRoot });

test('npm run faq:explain prints each stage and the deciding rule, or the trace as JSON', async () => {
  const [text, json] = await Promise.all([explain(['renovar el pasaporte']), explain(['--json', '--lang', 'es', '--topic', 'padron', 'alta en el padrón'])]);
  assert.match(text.stdout, /^"renovar el pasaporte" on villaverde \(es\)\noutcome: referred, decided by refer\.refers$/m);
  for (const stage of ['1 analyse', '2 expand', '3 match', '4 score', '5 decide', '6 place-asked', '7 refer', '8 present']) assert.ok(text.stdout.includes(stage), stage);
  assert.match(text.stdout, /→ refers: \{"referral":"Policía Nacional"\}/);
  const trace = JSON.parse(json.stdout) as SearchTrace;
  assert.deepEqual(trace.request, { site: 'villaverde', lang: 'es', query: 'alta en el padrón', topic: 'padron' });
  assert.equal(trace.outcome, 'found');
  assert.ok(trace.present.results.length > 0 && trace.present.results.every((hit) => hit.id), JSON.stringify(trace.present));
  assert.ok(trace.corpora[0]!.score.articles.every((article) => article.id), 'every scored article named');
});

test('npm run faq:explain without a query says how to use it', async () => {
  await assert.rejects(explain([]), (error: { code: number; stderr: string }) => error.code === 1 && error.stderr.includes('Usage: npm run faq:explain'));
});
