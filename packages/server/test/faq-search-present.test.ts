// Stage present and the languages, through GET /v1/faq/search on the demo's articles (es) and
// translations (en) without their questions: snippets mark the matched words, Spanish stands in
// for missing translations, and the input is checked; then how a snippet is cut.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, searchAppPerFile } from './faq-search-app.ts';
import { buildSnippet } from '../src/faq/search/snippet.ts';

const { app, search } = searchAppPerFile();

describe('snippets', () => {
  test('the matched words are marked, in plain text', async () => {
    const [hit] = await search('microchip perro');
    assert.ok(hit);
    const marked = hit.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase());
    assert.ok(marked.includes('microchip'), JSON.stringify(hit.snippet));
    const text = hit.snippet.map((part) => part.text).join('');
    assert.ok(text.length > 40 && text.length < 260, text);
    // Markdown's marks and link targets never reach the snippet.
    assert.doesNotMatch(text, /\*\*|\]\(|https?:|<\w/);
  });

  test('words matched by their stem, a correction or a synonym are marked as they are written', async () => {
    const [byStem] = await search('empadronarse menores');
    assert.ok(byStem?.snippet.some((part) => part.match && /^empadron/i.test(part.text)), JSON.stringify(byStem?.snippet));
    const [bySynonym] = await search('socavón');
    assert.ok(bySynonym?.snippet.some((part) => part.match && /^baches?$/i.test(part.text)), JSON.stringify(bySynonym?.snippet));
  });
});

describe('languages', () => {
  test('English searches the English articles', async () => {
    const hits = await search('how do I pay a traffic fine', { lang: 'en' });
    assert.equal(hits[0]?.id, 'pago-multa-descuento');
    assert.equal(hits[0]?.fallback, undefined);
    assert.match(hits[0]!.title, /traffic fine/);
    // English has synonyms of its own: no English article or its vocabulary says "din".
    assert.equal(ids(await search('complaining about the din', { lang: 'en' }))[0], 'ruidos-molestias');
  });

  test('Spanish articles without a translation stand in, marked as fallback', async () => {
    const [hit] = await search('teleasistencia', { lang: 'en' });
    assert.equal(hit?.id, 'teleasistencia');
    assert.equal(hit?.fallback, true);
    // A translated article is never shown in Spanish too.
    const padron = await search('padrón', { lang: 'en' });
    assert.equal(padron.filter((item) => item.id === 'alta-padron').length, 1);
    assert.equal(padron.find((item) => item.id === 'alta-padron')?.fallback, undefined);
  });

  test('a language with no articles gets the Spanish ones, all marked', async () => {
    const hits = await search('multa', { lang: 'pt' });
    assert.ok(hits.length > 0);
    assert.ok(hits.every((hit) => hit.fallback === true));
  });
});

describe('input', () => {
  test('an over-long query is a 400 problem, and an unknown site a 404', async () => {
    const long = await app().request({ method: 'GET', url: `/v1/faq/search?q=${'a'.repeat(201)}` });
    assert.equal(long.statusCode, 400);
    const site = await app().request({ method: 'GET', url: '/v1/faq/search?q=padron&site=nowhere' });
    assert.equal(site.statusCode, 404);
  });
});

// The stage's pure piece: snippets.

test('snippets: a window around the most matched words, cut at words, as text parts', () => {
  const text =
    'Introducción larga que no interesa a nadie y ocupa sitio. '.repeat(4) +
    'Para el alta en el padrón lleva el DNI y el contrato de alquiler. ' +
    'Después viene más texto que sigue y sigue sin parar nunca, tanto que no cabe. '.repeat(3);
  const parts = buildSnippet(text, (word) => word === 'padron' || word === 'dni');
  const joined = parts.map((part) => part.text).join('');
  assert.ok(joined.startsWith('…Para el alta'), joined);
  assert.ok(joined.endsWith('…'));
  assert.deepEqual(
    parts.filter((part) => part.match).map((part) => part.text),
    ['padrón', 'DNI'],
  );
  assert.ok(!parts.some((part, index) => index > 0 && !part.match && !parts[index - 1]!.match), 'plain parts are merged');
  assert.deepEqual(buildSnippet('', () => true), []);
  // Nothing matched in the body: its beginning.
  assert.equal(buildSnippet('Uno dos tres.', () => false).map((part) => part.text).join(''), 'Uno dos tres.');
});
