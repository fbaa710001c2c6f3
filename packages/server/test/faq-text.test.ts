// The pure pieces of search: words, Markdown's plain text, typo distance, snippets, confidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, lastWordOpen, normalizeQuery, tokenize } from '../src/faq/search/text.ts';
import { markdownToText } from '../src/faq/search/markdown-text.ts';
import { allowedDistance, chooseCorrections, typoDistance } from '../src/faq/search/typos.ts';
import { buildSnippet } from '../src/faq/search/snippet.ts';
import { judge, requiredCoverage } from '../src/faq/search/confidence.ts';
import { buildDocumentVector, termQuery } from '../src/faq/search/document-vector.ts';
import { articleEvidence, countsIn } from '../src/faq/search/scoring.ts';
import { buildQueryPlan, expansionNeeds, type AnalyzedToken, type QueryPlan } from '../src/faq/search/query-plan.ts';
import { stemWeight } from '../src/faq/search/ranking.ts';
import { answerFeatures, answerProbability, worthAnswering, type AnswerModel } from '../src/faq/search/answer-model.ts';

test('words: letters and digits, lower case, accents kept; an @ inside a word is a letter', () => {
  assert.deepEqual(
    tokenize('¿Cómo pido Cl@ve, el 010 o escribo a atencion@villaverdedelrio.example?').map((token) => token.word),
    ['cómo', 'pido', 'clave', 'el', '010', 'o', 'escribo', 'a', 'atencion', 'villaverdedelrio', 'example'],
  );
  assert.equal(fold('Añadir ÉXITO pingüino'), 'Anadir EXITO pinguino');
  assert.equal(normalizeQuery('  ¿Certificado de ANTECEDENTES penales?? '), 'certificado de antecedentes penales');
  assert.equal(lastWordOpen('padr'), true);
  assert.equal(lastWordOpen('padron '), false);
  assert.equal(lastWordOpen('¿padrón?'), false);
});

test("Markdown's plain text: what a reader sees, no marks, no link targets, no HTML", () => {
  const text = markdownToText(
    '## Cómo\n\n1. **En línea**, con [Cl@ve](https://sede.example/x).\n- _Gratis_ <b>ya</b>\n\n| Tipo | Precio |\n|---|---:|\n| Vado | 75 € |\n\n> Nota: ver `010`.',
  );
  assert.equal(text, 'Cómo\nEn línea, con Cl@ve.\nGratis ya\nTipo · Precio\nVado · 75 €\nNota: ver 010.');
});

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

test('document vectors: stems with positions and field weights; phrases keep their gaps', () => {
  const analyze = (word: string) => ({ folded: fold(word), lexeme: ['de', 'la', 'el'].includes(word) ? null : fold(word).slice(0, 5) });
  const vector = buildDocumentVector({ title: 'Alta en el padrón', tags: ['padrón'], bodyText: 'El padrón de la villa' }, analyze);
  assert.match(vector.vector, /'padro':4A,13B,23C/);
  assert.deepEqual(vector.terms.padro, [1, 1, 1]);
  assert.deepEqual([vector.titleLength, vector.tagsLength, vector.bodyLength], [3, 1, 2]);
  assert.deepEqual(termQuery('documento de la identidad', analyze), { query: "'docum' <3> 'ident'", lexemes: ['docum', 'ident'] });
  assert.deepEqual(countsIn('{"padro":[1,0,3],"alta":[1,0,0]}', 'padro'), [1, 0, 3, 0]);
  // Keywords count with the body, and a fourth number says how many of those they are.
  const withKeywords = buildDocumentVector({ title: 'Alta en el padrón', tags: [], keywords: ['villa', 'padrón'], bodyText: 'La villa' }, analyze);
  assert.deepEqual(withKeywords.terms.villa, [0, 0, 2, 1]);
  assert.equal(withKeywords.bodyLength, 1, 'keywords do not lengthen the body');
  assert.deepEqual(countsIn(JSON.stringify(withKeywords.terms), 'villa'), [0, 0, 2, 1]);
  // A keyword of several words is also kept whole, under a key no stem can have.
  const phrase = buildDocumentVector({ title: 'Alta', tags: [], keywords: ['la villa vieja'], bodyText: '' }, analyze);
  assert.deepEqual(phrase.terms['@villa vieja'], [0, 0, 0, 1]);
  assert.equal(countsIn('{"padro":[1,0,3]}', 'pad'), undefined);
});

test('BM25F: a title counts more than a tag, a tag more than the body; repeats saturate', () => {
  const lengths = [5, 8, 100] as const;
  const title = stemWeight([1, 0, 0], lengths, lengths);
  const tag = stemWeight([0, 1, 0], lengths, lengths);
  const body = stemWeight([0, 0, 1], lengths, lengths);
  assert.ok(title > tag && tag > body && body > 0);
  assert.ok(stemWeight([0, 0, 20], lengths, lengths) < 1);
});

test('confidence: coverage, headline and strength decide; long questions need less coverage', () => {
  const strong = { credit: 1, strength: 0.8, headline: true, literal: true };
  assert.equal(judge([{ value: 2, topical: true, match: strong }, { value: 3, topical: true, match: strong }]).confidence, 'high');
  // Found only in passing, in bodies: not shown.
  const passing = { credit: 1, strength: 0.45, headline: false, literal: false };
  assert.equal(judge([{ value: 1, topical: true, match: passing }, { value: 4, topical: false, match: passing }]).confidence, null);
  // Half of the query is a word no article holds: not shown.
  assert.equal(judge([{ value: 2, topical: true, match: strong }, { value: 4.3, topical: false }]).confidence, null);
  // In a message, an article whose title or tags hold every word some article is about is shown
  // even though the citizen's other words are unknown ("…un sofá viejo y un colchón…").
  const titled = { credit: 1, strength: 0.7, headline: true, literal: true };
  const unknown = { value: 2, topical: false };
  const sofa = { value: 3, topical: true, match: titled };
  const mattress = { value: 2.5, topical: true, match: titled };
  assert.equal(judge([sofa, unknown, mattress, unknown, unknown, unknown]).confidence, 'low');
  assert.equal(judge([sofa, unknown, { value: 2.5, topical: true }, unknown, unknown, unknown]).confidence, null);
  // In a short query, though, words no article holds weigh more: they are often what is asked.
  const rare = { value: 4.3, topical: false };
  assert.equal(judge([sofa, rare, mattress, rare]).confidence, null);
  assert.ok(requiredCoverage(2) > requiredCoverage(8) && requiredCoverage(8) >= requiredCoverage(20));
  // Several of the citizen's words held strongly in the body or vocabulary: shown, though no title
  // or tag holds them ("me han pintarrajeado la pared con espray"); one or two such words are not.
  const inBody = { credit: 1, strength: 0.6, headline: false, literal: false };
  const word = { value: 2, topical: true, match: inBody };
  assert.equal(judge([word, word, word]).confidence, 'medium');
  assert.equal(judge([word, word]).confidence, null);
  const weakly = { value: 2, topical: true, match: { ...inBody, strength: 0.3 } };
  assert.equal(judge([weakly, weakly, weakly]).confidence, null, 'held weakly');
});

test("an article's keywords make it about a word only when that word is some article's subject", () => {
  const plan = (headline: number): QueryPlan => ({
    groups: [{ position: 0, word: 'sofa', stem: 'sof', value: 1, alternatives: [{ lexeme: 'sof', kind: 'exact', weight: 1, articles: 3, headline }] }],
  });
  const article = { title: 'Recogida de muebles', tags: [], lengths: [3, 0, 50] as const, counts: () => [0, 0, 1, 1] as const };
  const held = (headline: number) => articleEvidence(plan(headline), article, [3, 2, 50], 100)[0]!.match!.headline;
  assert.equal(held(2), true, 'a word two titles or tags hold, found in the keywords');
  assert.equal(held(0), false, 'a word no title or tag holds stays a passing word');
  const inBody = { ...article, counts: () => [0, 0, 1, 0] as const };
  assert.equal(articleEvidence(plan(2), inBody, [3, 2, 50], 100)[0]!.match!.headline, false, 'the body alone never makes a subject');
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

test('the answer model: features of the query and its best candidates, weighed, against a threshold', () => {
  const plan: QueryPlan = {
    groups: [
      { position: 0, word: 'pareja', alternatives: [{ lexeme: 'parej', kind: 'exact', weight: 1, articles: 5, headline: 2 }], value: 3 },
      { position: 1, word: 'pega', alternatives: [{ lexeme: 'peg', kind: 'exact', weight: 1, articles: 2, headline: 0 }], value: 4 },
      { position: 2, word: 'zzz', alternatives: [], value: 1 },
      { position: 3, word: 'hablr', alternatives: [{ lexeme: 'habl', kind: 'typo', weight: 0.85, articles: 6, headline: 0 }], value: 2 },
    ],
  };
  const best = { relevance: 0.4, coverage: 0.5, headlineCoverage: 0.6, rank: 0.5, confidence: null };
  const next = { relevance: 0.2, coverage: 0.3, headlineCoverage: 0.1, rank: 0.3, confidence: 'low' as const };
  const features = answerFeatures(plan, best, next);
  const expected = [0.4, 0.5, 0.6, 0.5, Math.log(4), 3 / 4, 1 / 10, 0.2, 1 / 4, 0, 0.3, 0.4 * Math.log(4)];
  features.forEach((value, index) => assert.ok(Math.abs(value - expected[index]!) < 1e-9, `feature ${index}: ${value}`));

  // A model that only looks at the lead over the next candidate.
  const model: AnswerModel = { lang: 'es', means: expected.map(() => 0), spreads: expected.map(() => 1), bias: -1, weights: [0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0], threshold: 0.5 };
  assert.ok(Math.abs(answerProbability(features, model) - 1 / (1 + Math.exp(-1))) < 1e-9);
  assert.equal(worthAnswering(plan, [best, next], model), true);
  assert.equal(worthAnswering(plan, [best, { ...next, rank: 0.45 }], model), false, 'too close to the next one');
  assert.equal(worthAnswering(plan, [], model), false, 'no candidate, no answer');
});
