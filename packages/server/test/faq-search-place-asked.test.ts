// Questions citizens asked: an article's questions, in the citizens' own words, make it found by
// searches close to one of them, against a real database seeded with the demo (whose articles
// carry the questions of seed/faq-questions-es.json).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchResults } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import { importArticles, withQuestions, type ArticleInput } from '../src/faq/import.ts';
import { parseArticleFile, parseMarkdownArticle } from '../src/faq/cli/article-files.ts';
import { gardenArticle, importCommand } from './faq-cli.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ config: { globalLimit: { max: 10_000, windowMs: 60_000 } } });
});
after(() => t.close());

const garden = (questions?: string[]): ArticleInput => gardenArticle(questions ? { questions } : {});

async function search(q: string, params: Record<string, string> = {}): Promise<SearchResults> {
  const response = await t.request({ url: `/v1/faq/search?${new URLSearchParams({ q, ...params })}` });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as SearchResults;
}

const shown = async (q: string, params: Record<string, string> = {}) => (await search(q, params)).results.map((hit) => [hit.id, hit.confidence]);
const ids = async (q: string, params: Record<string, string> = {}) => (await search(q, params)).results.map((hit) => hit.id);

describe('questions citizens asked', () => {
  const wanted = 'quiero plantar mis propias verduras y no tengo jardín';

  test('a search close to a question finds its article, in words the article does not use', async () => {
    await importArticles(t.db, 'villaverde', 'es', [garden()]);
    assert.ok(!(await ids(wanted)).includes('huertos-urbanos'), 'no word of the article is in the search');
    await importArticles(t.db, 'villaverde', 'es', [garden(['¿dónde puedo plantar mis propias verduras si no tengo jardín?'])]);
    // Nearly the same words: the answer, first.
    assert.deepEqual((await shown(wanted))[0], ['huertos-urbanos', 'medium']);
    // Some of them: a weak answer, after what the articles' own words find.
    assert.deepEqual((await shown('sitio para plantar verduras')).at(-1), ['huertos-urbanos', 'low']);
    // One word in common is not close.
    assert.ok(!(await ids('quiero comprar verduras frescas')).includes('huertos-urbanos'));
  });

  test('questions follow the topic, are never shown, and go with a new import or their article', async () => {
    assert.deepEqual(await ids(wanted, { topic: 'padron' }), []);
    assert.equal((await ids(wanted, { topic: 'medio-ambiente' }))[0], 'huertos-urbanos');
    const article = await t.request({ url: '/v1/faq/articles/huertos-urbanos' });
    assert.doesNotMatch(article.body, /verduras/);
    await importArticles(t.db, 'villaverde', 'es', [garden()]);
    assert.ok(!(await ids(wanted)).includes('huertos-urbanos'));

    await importArticles(t.db, 'villaverde', 'pt', [garden(['onde posso plantar legumes']), { ...garden(['outra pergunta']), id: 'outro' }]);
    await importArticles(t.db, 'villaverde', 'pt', [{ ...garden(), id: 'outro' }], { replace: true });
    const [left] = await t.db.query<{ count: number }>(
      "select count(*)::int as count from faq_questions q join faq_corpora c on c.id = q.corpus where c.site_id = 'villaverde' and c.lang = 'pt'",
    );
    assert.equal(left!.count, 0, 'the removed article took its questions, the new import of the other left none');
  });

  test('an unfinished last word is not a question yet', async () => {
    await importArticles(t.db, 'villaverde', 'es', [garden(['¿dónde puedo plantar mis propias verduras si no tengo jardín?'])]);
    assert.equal((await ids(wanted))[0], 'huertos-urbanos');
    assert.ok(!(await ids('quiero plantar mis propias verduras y no tengo jard')).includes('huertos-urbanos'));
  });

  test('a referral gives way only when citizens asked the rest of the search too', async () => {
    // "Corte de luz" is the electricity company's, unless the citizen cannot pay: the demo's
    // questions of the emergency grants say so.
    const cannotPay = await search('me van a cortar la luz y no puedo pagar las facturas');
    assert.equal(cannotPay.referral, undefined);
    assert.ok(['ayudas-emergencia-social', 'bono-social-electrico'].includes(cannotPay.results[0]!.id));
    const outage = await search('hay un corte de luz en todo el barrio');
    assert.deepEqual(outage.results, []);
    assert.match(outage.referral?.name ?? '', /electricidad/);
  });

  test('questions come from files: a list in JSON or front matter, or a questions file', async () => {
    const markdown = parseMarkdownArticle(
      '---\ntitle: T\ndepartment: padron\ntags: [a]\nquestions:\n  - ¿puedo, si no tengo jardín, plantar algo?\n  - otra\nupdated: 2026-03-01\n---\nCuerpo',
      'x.md',
    );
    assert.deepEqual(markdown.questions, ['¿puedo, si no tengo jardín, plantar algo?', 'otra']);
    assert.deepEqual(parseArticleFile(JSON.stringify([garden(['una, con coma'])]), 'a.json')[0]?.questions, ['una, con coma']);
    assert.throws(() => withQuestions([garden()], { 'no-existe': ['x'] }), /Questions for article\(s\) not in the import: no-existe/);
    await assert.rejects(importArticles(t.db, 'villaverde', 'es', [garden(['x'.repeat(501)])]), /questions must be a list of texts of 1 to 500/);
    await assert.rejects(importArticles(t.db, 'villaverde', 'es', [garden('una' as unknown as string[])]), /questions must be a list/);

    const command = await importCommand();
    try {
      await command.write('huertos.json', JSON.stringify([garden()]));
      await command.write('preguntas.json', JSON.stringify({ 'huertos-urbanos': ['¿dónde puedo plantar mis propias verduras si no tengo jardín?'] }));
      await command.run(['--site', 'villaverde', '--lang', 'es', '--questions', 'preguntas.json', 'huertos.json']);
      await command.inspect(async (db) => {
        const [row] = await db.query<{ text: string; lexemes: string[] }>("select q.text, q.lexemes from faq_questions q join faq_articles a using (doc) where a.id = 'huertos-urbanos'");
        assert.equal(row?.text, '¿dónde puedo plantar mis propias verduras si no tengo jardín?');
        // Stems, unaccented, without stop words or the tone of a request ("puedo").
        assert.deepEqual(row?.lexemes, ['plant', 'propi', 'verdur', 'si', 'jardin']);
      });
    } finally {
      await command.dispose();
    }
  });
});
