// FAQ search through GET /v1/faq/search on the demo's 120 articles (es) and 30 translations (en):
// what a citizen types (no accents, typos, unfinished words, other inflections, other words for
// the same thing, other languages) finds the right article, and nothing is better than a poor match.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchHit, SearchResults } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import { replaceSynonyms } from '../src/faq/import.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ config: { globalLimit: { max: 10_000, windowMs: 60_000 } } });
});
after(() => t.close());

async function search(q: string, params: Record<string, string> = {}): Promise<SearchHit[]> {
  const query = new URLSearchParams({ q, ...params });
  const response = await t.request({ method: 'GET', url: `/v1/faq/search?${query}` });
  assert.equal(response.statusCode, 200, response.body);
  const body = response.json() as SearchResults;
  assert.equal(body.query, q);
  return body.results;
}

const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);

describe('tolerance', () => {
  test('missing accents and ñ find the accented words', async () => {
    assert.equal(ids(await search('anos de residencia en el padron'))[0], 'certificado-empadronamiento-historico');
    assert.equal(ids(await search('exencion del impuesto de vehiculos por discapacidad'))[0], 'ivtm-exencion-discapacidad');
    // Typed with accents the articles do not use, too.
    assert.equal(ids(await search('VÍDEO-INTERPRETACIÓN'))[0], 'interprete-lengua-signos');
  });

  test('one or two typos per word are corrected to words of the articles', async () => {
    assert.equal(ids(await search('grua depsito'))[0], 'grua-deposito-vehiculos');
    assert.equal(ids(await search('vonobus'))[0], 'bonobus-transporte-urbano', 'b for v');
    assert.equal(ids(await search('licensia de obra menor'))[0], 'licencia-obra-menor', 'c and s sound alike');
    assert.equal(ids(await search('licencia de obra mallor'))[0], 'licencia-obra-mayor', 'll and y sound alike');
    // Too short for trigrams to find: respelt as it sounds, then looked up.
    assert.equal(ids(await search('contenedor yeno'))[0], 'incidencia-contenedores', 'y for ll');
    // Three letters: only a letter that sounds the same.
    assert.equal(ids(await search('cuándo se paga el ivi'))[0], 'ibi-pago-plazos', 'v for b');
    assert.equal(ids(await search('teleasistensia'))[0], 'teleasistencia');
    assert.equal(ids(await search('empadronamieto de menores'))[0], 'empadronamiento-menores');
    // Two letters swapped in a short word, which trigrams alone miss.
    assert.equal((await search('pardon'))[0]?.topic, 'padron');
    assert.equal(ids(await search('desratisasion'))[0], 'plagas-desratizacion', 'two errors in a long word');
  });

  test('an unfinished last word is completed', async () => {
    assert.equal(ids(await search('teleasis'))[0], 'teleasistencia');
    assert.equal(ids(await search('certificado dig'))[0], 'certificado-digital');
    assert.equal(ids(await search('protección de da'))[0], 'proteccion-datos-acceso');
    // Only the last word: a finished word followed by a space is taken as typed.
    assert.deepEqual(await search('teleasis '), []);
  });

  test('inflections meet through their stem', async () => {
    for (const form of ['empadronarme', 'me empadrono', 'empadronamiento', 'empadronarse']) {
      const found = ids(await search(form));
      assert.ok(found.slice(0, 3).includes('alta-padron'), `${form}: ${found.join(', ')}`);
      assert.ok((await search(form)).every((hit) => hit.topic === 'padron'), form);
    }
  });

  test("the site's synonyms find articles that use another word", async () => {
    // "socavón" is in no article; the demo declares it equivalent to "bache".
    assert.equal(ids(await search('socavón'))[0], 'incidencias-via-publica');
    // A several-word term: "documento de identidad" stands for "DNI" and the other way round.
    const byPhrase = ids(await search('dni caducado extranjero'));
    assert.equal(byPhrase[0], 'renovacion-padron-extranjeros');
  });

  test('synonyms are data: a new set takes effect at once', async () => {
    assert.deepEqual(await search('chiringuito'), []);
    await replaceSynonyms(t.db, 'villaverde', 'es', [['chiringuito', 'bar', 'terraza']]);
    try {
      assert.equal(ids(await search('chiringuito'))[0], 'terrazas-hosteleria');
    } finally {
      const { readFile } = await import('node:fs/promises');
      const defaults = JSON.parse(await readFile(new URL('../seed/faq-synonyms-es.json', import.meta.url), 'utf8')) as string[][];
      await replaceSynonyms(t.db, 'villaverde', 'es', defaults);
    }
    assert.deepEqual(await search('chiringuito'), []);
  });
});

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
    const long = await t.request({ method: 'GET', url: `/v1/faq/search?q=${'a'.repeat(201)}` });
    assert.equal(long.statusCode, 400);
    const site = await t.request({ method: 'GET', url: '/v1/faq/search?q=padron&site=nowhere' });
    assert.equal(site.statusCode, 404);
  });
});
