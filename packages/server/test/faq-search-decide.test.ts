// Stages score and decide, through GET /v1/faq/search on the demo's articles without their
// questions: rank and confidence follow the fields a word is in, and nothing is better than a
// poor match.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchHit } from '@ventanilla/protocol';
import type { TestApp } from './app.ts';
import { searchBody, startSearchApp } from './faq-search-app.ts';

let t: TestApp;
before(async () => {
  t = await startSearchApp();
});
after(() => t.close());

const search = async (q: string, params: Record<string, string> = {}): Promise<SearchHit[]> => (await searchBody(t, q, params)).results;
const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);

describe('ranking and confidence', () => {
  test('title, tags and body count in that order', async () => {
    // "microchip" is a tag of the pet register and a passing word in other bodies.
    const hits = await search('microchip');
    assert.equal(hits[0]?.id, 'censo-animales-compania');
    const scores = hits.map((hit) => hit.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
  });

  test('a clear answer is high; close alternatives are not', async () => {
    const exact = await search('¿Cómo pido cita previa en el Ayuntamiento?');
    assert.equal(exact[0]?.id, 'cita-previa');
    assert.equal(exact[0]?.confidence, 'high');
    // Several articles fit equally: none is offered as "the" answer.
    const broad = await search('certificado de empadronamiento');
    assert.ok(broad.length >= 2);
    assert.ok(broad.every((hit) => hit.confidence !== 'high'), JSON.stringify(broad.map((hit) => [hit.id, hit.confidence])));
  });

  test('questions no article answers get nothing rather than poor matches', async () => {
    for (const query of ['certificado de antecedentes penales', 'vacuna de la gripe', 'horario de misas de la parroquia', 'qwerty asdf']) {
      assert.deepEqual(ids(await search(query)), [], query);
    }
  });

  test('a situation told in the citizen’s words is a weak answer when its best article stands out', async () => {
    // The rules alone show nothing here: no title or tag holds "amenaza" or "miedo".
    const hits = await search('mi marido me amenaza y tengo miedo de volver a casa');
    assert.deepEqual(hits.map((hit) => [hit.id, hit.confidence]), [['violencia-genero-atencion', 'low']]);
    // Words the articles share, about what none of them answers, still find nothing.
    assert.deepEqual(await search('horario del cementerio municipal'), []);
    // The model learned from Spanish: English searches, and the Spanish articles standing in for
    // English ones, are judged by the rules alone.
    assert.deepEqual(ids(await search('my neighbour is very noisy at night', { lang: 'en' })), ['ruidos-molestias']);
    assert.deepEqual(ids(await search('open a bank account without an NIE', { lang: 'en' })), []);
  });

  test('a long question finds its answer among its words', async () => {
    const hits = await search('Mi padre vive solo y necesita ayuda en casa para la limpieza y la comida');
    assert.equal(hits[0]?.id, 'ayuda-a-domicilio');
    assert.notEqual(hits[0]?.confidence, 'high', 'a paraphrase is worth showing, not answering with');
  });

  test('small numbers are the story, not the subject; a phone number is a subject', async () => {
    assert.equal(ids(await search('¿mis hijos de 8 y 11 años pagan el bus de aquí?'))[0], 'bonobus-transporte-urbano');
    assert.equal(ids(await search('010'))[0], 'canales-atencion-010');
  });

  test('stop words alone, or only punctuation, search nothing', async () => {
    assert.deepEqual(await search('de la'), []);
    assert.deepEqual(await search('¿?'), []);
  });

  test('topic and limit narrow the results', async () => {
    const hits = await search('licencia', { topic: 'urbanismo', limit: '3' });
    assert.equal(hits.length, 3);
    assert.ok(hits.every((hit) => hit.topic === 'urbanismo'));
    assert.ok(!ids(hits).includes('perros-potencialmente-peligrosos'));
  });
});
