// Browsing the FAQ (topics, lists, one article, in three languages) and "was this helpful?".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Article, ArticleFeedbackReceipt, ArticleList, TopicList } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ config: { writeLimit: { max: 1000, windowMs: 60_000 } } });
});
after(() => t.close());

const get = async <T>(url: string, status = 200): Promise<T> => {
  const response = await t.request({ method: 'GET', url });
  assert.equal(response.statusCode, status, response.body);
  return response.json() as T;
};

describe('topics', () => {
  test('are the departments with articles, named in the language, in the site order', async () => {
    const es = await get<TopicList>('/v1/faq/topics');
    assert.equal(es.lang, 'es');
    assert.deepEqual(
      es.topics.map((topic) => topic.id),
      ['padron', 'tributos', 'urbanismo', 'servicios-sociales', 'movilidad', 'medio-ambiente', 'cultura-deportes', 'registro', 'empleo', 'atencion'],
    );
    assert.equal(es.topics.reduce((sum, topic) => sum + topic.count, 0), 120);
    assert.equal(es.topics[0]?.name, 'Padrón municipal');
    const en = await get<TopicList>('/v1/faq/topics?lang=en');
    assert.equal(en.topics[0]?.name, 'Municipal register');
    // Untranslated articles are read in Spanish: the counts do not shrink in English.
    assert.equal(en.topics[0]?.count, es.topics[0]?.count);
  });
});

describe('article lists', () => {
  test('by topic and title, completed in English with untranslated Spanish articles', async () => {
    const { articles } = await get<ArticleList>('/v1/faq/articles?lang=en&topic=padron&sort=title&limit=100');
    assert.equal(articles.length, 12);
    assert.ok(articles.every((article) => article.topic === 'padron'));
    const translated = articles.filter((article) => !article.fallback);
    assert.deepEqual(translated.map((article) => article.id).sort(), [
      'alta-padron',
      'certificado-empadronamiento-colectivo',
      'certificado-empadronamiento-individual',
      'empadronamiento-menores',
    ]);
    assert.ok(articles.filter((article) => article.fallback).every((article) => article.fallback === true && /[¿¡áéíóúñ]/i.test(article.title)));
  });

  test('the most consulted come first', async () => {
    for (let i = 0; i < 3; i++) await get<Article>('/v1/faq/articles/vado-permanente');
    await get<Article>('/v1/faq/articles/vado-permanente?lang=en');
    await get<Article>('/v1/faq/articles/punto-limpio');
    const { articles } = await get<ArticleList>('/v1/faq/articles?limit=2');
    assert.deepEqual(
      articles.map((article) => article.id),
      ['vado-permanente', 'punto-limpio'],
    );
  });
});

describe('one article', () => {
  test('in its language, or in Spanish marked as fallback; unknown is a 404 problem', async () => {
    const en = await get<Article>('/v1/faq/articles/alta-padron?lang=en');
    assert.equal(en.lang, 'en');
    assert.equal(en.fallback, false);
    assert.match(en.title, /register/i);
    assert.match(en.updated, /^\d{4}-\d{2}-\d{2}$/);
    const pt = await get<Article>('/v1/faq/articles/alta-padron?lang=pt');
    assert.equal(pt.lang, 'es');
    assert.equal(pt.fallback, true);
    assert.match(pt.body, /\*\*Documentación necesaria\*\*/, 'the Markdown body as written');
    const missing = await get<{ status: number }>('/v1/faq/articles/no-existe', 404);
    assert.equal(missing.status, 404);
  });
});

describe('feedback', () => {
  const post = (articleId: string, payload: unknown, key?: string) =>
    t.request({
      method: 'POST',
      url: `/v1/faq/articles/${articleId}/feedback`,
      payload: payload as object,
      headers: key ? { 'idempotency-key': key } : {},
    });

  test('is stored once, however often it is retried', async () => {
    const key = randomUUID();
    const payload = { helpful: false, comment: 'No explica qué pasa si el propietario no firma.', lang: 'es' };
    const first = await post('empadronamiento-vivienda-ajena', payload, key);
    assert.equal(first.statusCode, 201, first.body);
    const receipt = first.json() as ArticleFeedbackReceipt;
    assert.equal(receipt.articleId, 'empadronamiento-vivienda-ajena');
    assert.equal(receipt.helpful, false);
    const retry = await post('empadronamiento-vivienda-ajena', payload, key);
    assert.equal(retry.statusCode, 201);
    assert.equal(retry.body, first.body);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    const rows = await t.db.query<{ comment: string }>('select comment from faq_feedback where id = $1', [receipt.id]);
    assert.deepEqual(rows, [{ comment: payload.comment }]);
    const all = await t.db.query<{ n: number }>("select count(*)::int as n from faq_feedback where article_id = 'empadronamiento-vivienda-ajena'");
    assert.equal(all[0]?.n, 1);
  });

  test('the same key with another answer is a 422 problem', async () => {
    const key = randomUUID();
    assert.equal((await post('punto-limpio', { helpful: true }, key)).statusCode, 201);
    const reused = await post('punto-limpio', { helpful: false }, key);
    assert.equal(reused.statusCode, 422);
  });

  test('an unknown article is a 404 problem and stores nothing', async () => {
    const key = randomUUID();
    const response = await post('no-existe', { helpful: true }, key);
    assert.equal(response.statusCode, 404);
    assert.equal((await t.db.query("select 1 from faq_feedback where article_id = 'no-existe'")).length, 0);
  });

  test('a comment may be up to 1000 characters; an empty one is no comment', async () => {
    assert.equal((await post('ibi-pago-plazos', { helpful: false, comment: 'x'.repeat(1000) })).statusCode, 201);
    const long = await post('ibi-pago-plazos', { helpful: false, comment: 'x'.repeat(1001) });
    assert.equal(long.statusCode, 400);
    assert.equal(long.json().errors[0].pointer, '/body/comment');
    const blank = await post('ibi-pago-plazos', { helpful: true, comment: '   ' });
    const { id } = blank.json() as ArticleFeedbackReceipt;
    assert.deepEqual(await t.db.query('select comment from faq_feedback where id = $1', [id]), [{ comment: null }]);
  });

  test('helpful must be a boolean and nothing else is accepted', async () => {
    assert.equal((await post('ibi-pago-plazos', { helpful: 'yes' })).statusCode, 400);
    assert.equal((await post('ibi-pago-plazos', { helpful: true, email: 'a@b.example' })).statusCode, 400);
  });

  test('nothing about the reader is kept', async () => {
    const columns = await t.db.query<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'faq_feedback' order by column_name",
    );
    assert.deepEqual(
      columns.map((column) => column.column_name),
      ['article_id', 'comment', 'created_at', 'helpful', 'id', 'lang', 'site_id'],
    );
  });
});
