// The FAQ reports of the agent console: settled searches that found nothing, and how helpful
// readers found each article.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HelpfulnessReport, UnansweredSearchReport, components } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import { DEMO_AGENT } from '../src/demo/faq.ts';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp({ config: { writeLimit: { max: 1000, windowMs: 60_000 } } });
  const response = await t.request({ method: 'POST', url: '/v1/agent/session', payload: { email: DEMO_AGENT.email, password: DEMO_AGENT.password } });
  token = (response.json() as components['schemas']['AgentSession']).token;
});
after(() => t.close());

const search = async (q: string, final?: boolean) => {
  const query = new URLSearchParams({ q, ...(final === undefined ? {} : { final: String(final) }) });
  const response = await t.request({ method: 'GET', url: `/v1/faq/search?${query}` });
  assert.equal(response.statusCode, 200);
};
const report = async <T>(path: string): Promise<T> => {
  const response = await t.request({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as T;
};

test('settled searches that find nothing are counted by their words, most frequent first', async () => {
  // Typing: nothing is recorded until the query is settled.
  for (const typed of ['ant', 'antece', 'antecedentes pen']) await search(typed);
  await search('¿Certificado de ANTECEDENTES penales?', true);
  await search('certificado de antecedentes penales', true);
  await search('vacuna de la gripe', true);
  // Found something: not unanswered. Too short to be worth reporting: not counted.
  await search('cita previa', true);
  await search('zz', true);

  const { since, searches } = await report<UnansweredSearchReport>('/v1/agent/reports/unanswered-searches?days=7');
  assert.ok(Date.parse(since) < Date.now());
  assert.deepEqual(
    searches.map(({ query, lang, count }) => ({ query, lang, count })),
    [
      { query: 'certificado de antecedentes penales', lang: 'es', count: 2 },
      { query: 'vacuna de la gripe', lang: 'es', count: 1 },
    ],
  );
  assert.ok(Math.abs(Date.parse(searches[0]!.lastSeen) - Date.now()) < 60_000);
});

test('the report keeps words and days, never who searched', async () => {
  const columns = await t.db.query<{ column_name: string }>(
    "select column_name from information_schema.columns where table_name = 'faq_unanswered_searches' order by column_name",
  );
  assert.deepEqual(
    columns.map((column) => column.column_name),
    ['day', 'lang', 'last_seen', 'query', 'searches', 'site_id'],
  );
});

test('older days fall out of the window', async () => {
  await t.db.query(
    `insert into faq_unanswered_searches (site_id, lang, query, day, searches, last_seen)
     values ('villaverde', 'es', 'licencia de caza', current_date - 40, 5, now() - interval '40 days')`,
  );
  const recent = await report<UnansweredSearchReport>('/v1/agent/reports/unanswered-searches?days=30');
  assert.ok(!recent.searches.some((search) => search.query === 'licencia de caza'));
  const year = await report<UnansweredSearchReport>('/v1/agent/reports/unanswered-searches?days=365&limit=1');
  assert.deepEqual(year.searches.map((search) => search.query), ['licencia de caza']);
});

test('helpfulness per article, least helpful first, with the latest comments of those it did not help', async () => {
  const feedback = (articleId: string, helpful: boolean, comment?: string) =>
    t.request({ method: 'POST', url: `/v1/faq/articles/${articleId}/feedback`, payload: comment ? { helpful, comment } : { helpful } });
  await feedback('vado-permanente', true);
  await feedback('vado-permanente', true);
  await feedback('vado-permanente', false, 'No dice cuánto tarda la placa.');
  await feedback('teleasistencia', false, 'Primero');
  await feedback('teleasistencia', false, 'Después');
  await feedback('teleasistencia', true, 'Muy clara');

  const { articles } = await report<HelpfulnessReport>('/v1/agent/reports/article-helpfulness?days=30');
  assert.deepEqual(articles, [
    { id: 'teleasistencia', title: '¿Qué es la teleasistencia y cómo la consigo?', helpful: 1, notHelpful: 2, comments: ['Después', 'Primero'] },
    {
      id: 'vado-permanente',
      title: '¿Cómo solicito un vado permanente para la entrada de mi garaje?',
      helpful: 2,
      notHelpful: 1,
      comments: ['No dice cuánto tarda la placa.'],
    },
  ]);
});
