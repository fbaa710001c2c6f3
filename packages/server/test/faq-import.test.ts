// Loading articles: the file formats, importArticles (upsert, replace, validation) and the
// `npm run faq:import` command, against a real database.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './app.ts';
import { importArticles, withKeywords } from '../src/faq/import.ts';
import { searchFaq } from '../src/faq/search.ts';
import { parseArticleFile, parseMarkdownArticle } from '../src/faq/cli/article-files.ts';
import { gardenArticle, importCommand } from './faq-cli.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const article = gardenArticle;

const ids = async (query: string) => (await searchFaq(t.db, { site: 'villaverde', lang: 'es', query })).map((hit) => hit.id);

/** Everything an import writes for villaverde's Spanish FAQ, and what a search finds in it. */
const villaverdeCorpus = async () => ({
  articles: await t.db.query<{ id: string }>(
    `select id, topic, title, tags, body, updated::text, md5(terms) as terms, search::text
       from faq_articles where site_id = 'villaverde' and lang = 'es' order by id`,
  ),
  corpus: await t.db.query("select articles, version, synonyms::text from faq_corpora where site_id = 'villaverde' and lang = 'es'"),
  postings: await t.db.query(
    `select count(*)::int as lexemes, md5(string_agg(p.lexeme || array_to_string(p.docs, ','), ' ' order by p.lexeme)) as digest
       from faq_postings p join faq_corpora c on c.id = p.corpus where c.site_id = 'villaverde' and c.lang = 'es'`,
  ),
  vocabulary: await t.db.query(
    "select count(*)::int as words from faq_vocabulary v join faq_corpora c on c.id = v.corpus where c.site_id = 'villaverde' and c.lang = 'es'",
  ),
  questions: await t.db.query(
    "select count(*)::int as questions from faq_questions q join faq_corpora c on c.id = q.corpus where c.site_id = 'villaverde' and c.lang = 'es'",
  ),
  search: await ids('huertos urbanos'),
});

describe('file formats', () => {
  test('Markdown with front matter, tags as a list or with commas, id from the file name', () => {
    const parsed = parseMarkdownArticle(
      '---\ntitle: ¿Dónde está el huerto?\ndepartment: medio-ambiente\ntags: [huerto, parcela]\nupdated: 2026-03-01\n---\n\nEl **huerto** está junto al río.\n',
      '/x/huerto-rio.md',
    );
    assert.deepEqual(parsed, {
      id: 'huerto-rio',
      title: '¿Dónde está el huerto?',
      department: 'medio-ambiente',
      tags: ['huerto', 'parcela'],
      updated: '2026-03-01',
      body: 'El **huerto** está junto al río.',
    });
    const commas = parseMarkdownArticle('---\nid: otro\ntitle: T\ndepartment: padron\ntags: uno, dos\nupdated: "2026-01-02"\n---\nCuerpo', 'a.md');
    assert.deepEqual([commas.id, commas.tags, commas.updated], ['otro', ['uno', 'dos'], '2026-01-02']);
    assert.throws(() => parseMarkdownArticle('Sin cabecera', 'b.md'), /front matter/);
  });

  test('JSON as the fixtures are, or wrapped in { articles }', () => {
    const list = JSON.stringify([article()]);
    assert.equal(parseArticleFile(list, 'a.json')[0]?.id, 'huertos-urbanos');
    assert.equal(parseArticleFile(JSON.stringify({ articles: [article()] }), 'a.json')[0]?.title, article().title);
    assert.throws(() => parseArticleFile('{"x": 1}', 'a.json'), /list of articles/);
    assert.throws(() => parseArticleFile('x', 'a.txt'), /\.json and \.md/);
  });
});

describe('importArticles', () => {
  test('adds an article that search finds at once, new words included in typo correction', async () => {
    // Composting mentions an urban garden, so the search is not empty before: the article is new.
    assert.ok(!(await ids('huertos urbanos')).includes('huertos-urbanos'));
    await importArticles(t.db, 'villaverde', 'es', [article()]);
    assert.equal((await ids('huertos urbanos'))[0], 'huertos-urbanos');
    assert.equal((await ids('guertos hurbanos'))[0], 'huertos-urbanos');
  });

  test('updates an article in place (upsert) and keeps the others', async () => {
    await importArticles(t.db, 'villaverde', 'es', [article({ title: '¿Cómo consigo un bancal en el huerto comunitario?', tags: ['bancal'] })]);
    assert.equal((await ids('bancal'))[0], 'huertos-urbanos');
    assert.equal((await t.db.query("select 1 from faq_articles where site_id = 'villaverde' and lang = 'es'")).length, 121);
  });

  test('replace removes the articles that are not in the import', async () => {
    await importArticles(t.db, 'villaverde', 'pt', [article({ id: 'um' }), article({ id: 'dois' })]);
    const result = await importArticles(t.db, 'villaverde', 'pt', [article({ id: 'dois' })], { replace: true });
    assert.deepEqual(result, { imported: 1, deleted: 1, articles: 1 });
  });

  test("keywords (the citizen's own words) help find the article and are never shown", async () => {
    await importArticles(t.db, 'villaverde', 'es', [article()]);
    assert.deepEqual(await ids('una parcela para cultivar tomates y lechugas'), [], 'most of these words are in no article');
    await importArticles(t.db, 'villaverde', 'es', withKeywords([article()], { 'huertos-urbanos': ['cultivar tomates', 'lechugas', 'sembrar'] }));
    assert.equal((await ids('una parcela para cultivar tomates y lechugas'))[0], 'huertos-urbanos');
    assert.equal((await ids('parcela para sembrr'))[0], 'huertos-urbanos', 'their words are corrected to like the others');
    // A keyword phrase typed as written makes it an answer; one everyday word alone, a weak one.
    assert.equal((await ids('cultivar tomates'))[0], 'huertos-urbanos');
    const lettuce = await searchFaq(t.db, { site: 'villaverde', lang: 'es', query: 'lechugas' });
    assert.deepEqual(lettuce.map((hit) => [hit.id, hit.confidence]), [['huertos-urbanos', 'low']]);
    const shown = await t.request({ url: '/v1/faq/articles/huertos-urbanos' });
    assert.deepEqual(shown.json().tags, ['huerto urbano', 'parcela']);
    assert.doesNotMatch(shown.body, /tomates/);
    assert.throws(() => withKeywords([article()], { 'no-existe': ['x'] }), /not in the import: no-existe/);
  });

  test('refuses what it cannot import, saying why, and changes nothing', async () => {
    const before = await villaverdeCorpus();
    assert.ok(before.articles.some((row) => row.id === 'huertos-urbanos'), 'the article the refused imports would change is there');
    await assert.rejects(importArticles(t.db, 'villaverde', 'es', [article({ id: 'Con Espacios' })]), /id must be/);
    await assert.rejects(importArticles(t.db, 'villaverde', 'es', [article({ keywords: 'huerto' as unknown as string[] })]), /keywords must be a list/);
    await assert.rejects(importArticles(t.db, 'villaverde', 'es', [article({ department: 'astronautica' })]), /Unknown department.*astronautica/);
    await assert.rejects(importArticles(t.db, 'villaverde', 'es', [article({ updated: 'ayer' })]), /YYYY-MM-DD/);
    await assert.rejects(importArticles(t.db, 'villaverde', 'es', [article(), article()]), /twice/);
    await assert.rejects(importArticles(t.db, 'nowhere', 'es', [article()]), /does not exist/);
    assert.deepEqual(await villaverdeCorpus(), before);
    assert.deepEqual(await t.db.query("select id from faq_corpora where site_id = 'nowhere'"), []);
  });

  test('a refused import names each faulty article, by id or by place, and each faulty field', async () => {
    const faulty = [article(), article({ id: 'sin-fecha', title: ' ', updated: '2026-02-30' }), { ...article(), id: undefined as unknown as string }];
    const refused = await importArticles(t.db, 'villaverde', 'es', faulty).then(
      () => assert.fail('imported'),
      (error: Error) => error.message,
    );
    assert.equal(
      refused,
      [
        'Cannot import the articles:',
        '- article "sin-fecha": title must be a text that is not empty',
        '- article "sin-fecha": updated must be a date, YYYY-MM-DD',
        '- article 3: id must be lower-case letters, digits and hyphens',
      ].join('\n'),
    );
  });
});

describe('npm run faq:import', () => {
  test('loads Markdown and JSON files into the database the server uses', async () => {
    const command = await importCommand();
    try {
      await command.write(
        'huertos.md',
        '---\ntitle: ¿Cómo consigo una parcela en los huertos urbanos?\ndepartment: medio-ambiente\ntags: [huerto]\nupdated: 2026-03-01\n---\nSe sortean cada dos años.\n',
      );
      await command.write('mas.json', JSON.stringify([article({ id: 'piscina-invierno', title: '¿Abre la piscina en invierno?', department: 'cultura-deportes' })]));
      await command.write('palabras.json', JSON.stringify({ huertos: ['cultivar tomates', 'lechugas'] }));
      const { stdout } = await command.run(['--site', 'villaverde', '--lang', 'es', '--keywords', 'palabras.json', 'huertos.md', 'mas.json']);
      assert.match(stdout, /Imported 2 articles into villaverde \(es\); it now has 122/);
      await command.inspect(async (db) => {
        const hits = await searchFaq(db, { site: 'villaverde', lang: 'es', query: 'huertos urbanos' });
        assert.equal(hits[0]?.id, 'huertos');
        assert.equal((await searchFaq(db, { site: 'villaverde', lang: 'es', query: 'huerto para cultivar tomates y lechugas' }))[0]?.id, 'huertos');
      });
      await assert.rejects(command.run(['--site', 'villaverde']), /Usage/);
    } finally {
      await command.dispose();
    }
  });
});
