// Stages analyse and expand, through GET /v1/faq/search on the demo's articles without their
// questions: what a citizen types (no accents, typos, unfinished words, other inflections, other
// words for the same thing) reaches the stems of the right article; then the stage's pure pieces.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, searchAppPerFile } from './faq-search-app.ts';
import { replaceSynonyms } from '../src/faq/import.ts';
import { allowedDistance, chooseCorrections, typoDistance } from '../src/faq/search/typos.ts';
import { buildQueryPlan, expansionNeeds, type AnalyzedToken } from '../src/faq/search/query-plan.ts';

const { app, search } = searchAppPerFile();

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
    await replaceSynonyms(app().db, 'villaverde', 'es', [['chiringuito', 'bar', 'terraza']]);
    try {
      assert.equal(ids(await search('chiringuito'))[0], 'terrazas-hosteleria');
    } finally {
      const { readFile } = await import('node:fs/promises');
      const defaults = JSON.parse(await readFile(new URL('../seed/faq-synonyms-es.json', import.meta.url), 'utf8')) as string[][];
      await replaceSynonyms(app().db, 'villaverde', 'es', defaults);
    }
    assert.deepEqual(await search('chiringuito'), []);
  });
});

// The stage's pure pieces: typo distance, which words are corrected, and what synonyms weigh.

test('typo distance: a swap is one edit; Spanish spelling confusions and a lost h are half', () => {
  assert.equal(typoDistance('pardon', 'padron'), 1);
  assert.equal(typoDistance('prebia', 'previa'), 0.5);
  assert.equal(typoDistance('erencia', 'herencia'), 0.5);
  assert.equal(typoDistance('licensia', 'licencia'), 0.5);
  assert.equal(typoDistance('depsito', 'deposito'), 1);
  assert.deepEqual([allowedDistance(2), allowedDistance(3), allowedDistance(5), allowedDistance(9)], [0, 0.5, 1, 2]);
  const corrections = chooseCorrections('depsito', [
    { word: 'deposito', articles: 3 },
    { word: 'debito', articles: 9 },
    { word: 'deposita', articles: 1 },
  ]);
  assert.deepEqual(corrections.map((item) => item.word), ['deposito'], 'only the closest');
  assert.deepEqual(chooseCorrections('ibi', [{ word: 'iba', articles: 3 }]), [], 'short words are not corrected');
  // A misspelling in a form no article uses: its stem is one sound away from theirs.
  const forms = [{ word: 'inscribir', lexeme: 'inscrib', articles: 4 }];
  assert.deepEqual(chooseCorrections('inscrivirnos', forms), [], 'too far as written');
  assert.deepEqual(chooseCorrections('inscrivirnos', forms, 3, 'inscriv').map((item) => [item.lexeme, item.distance]), [['inscrib', 0.5]]);
});

test('typos are corrected in searches, a few in long questions, none in a whole story', () => {
  const word = (folded: string, position: number): AnalyzedToken => ({ position, folded, stop: false });
  const unknown = (count: number) => Array.from({ length: count }, (_, index) => word(`palabrarara${index}`, index));
  assert.equal(expansionNeeds(unknown(3), false).typos.length, 3);
  assert.equal(expansionNeeds(unknown(7), false).typos.length, 4, 'the longest four');
  assert.equal(expansionNeeds(unknown(8), false).typos.length, 0);
});

test("a synonym set speaks for a word typed in it, not for one that only completes to it", () => {
  const total = 120;
  // "men", a known stem, may be the start of "menores", which is in a set held by 90 articles.
  const tokens: AnalyzedToken[] = [
    { position: 0, folded: 'empadronamiento', stop: false, lexeme: 'empadron', articles: 31, headline: 12, stem: 'empadron' },
    { position: 1, folded: 'men', stop: false, lexeme: 'men', articles: 21, headline: 0, stem: 'men' },
  ];
  const found = [{ position: 1, kind: 'prefix' as const, word: 'menores', lexeme: 'menor', articles: 19, headline: 3 }];
  const children = { id: 7, articles: 90, headline: 10, terms: [['hij'], ['menor']] };
  const completed = buildQueryPlan(tokens, found, [children], total).groups[1]!;
  assert.ok(completed.alternatives.some((item) => item.lexeme === '~7'), 'the set is still an alternative');
  assert.ok(Math.abs(completed.value - buildQueryPlan(tokens, found, [], total).groups[1]!.value) < 1e-9, 'its worth is the word’s own');

  // Typed in full, the word is worth what its set is: as informative as the set is rare.
  const typed: AnalyzedToken[] = [{ position: 0, folded: 'menores', stop: false, lexeme: 'menor', articles: 19, headline: 3, stem: 'menor' }];
  const alone = buildQueryPlan(typed, [], [], total).groups[0]!.value;
  const inSet = buildQueryPlan(typed, [], [children], total).groups[0]!.value;
  assert.ok(inSet < alone / 2, `${inSet} < ${alone} / 2`);
});
