// Stages score and decide, through GET /v1/faq/search on the demo's articles without their
// questions: rank and confidence follow the fields a word is in, and nothing is better than a
// poor match; then the stages' pure pieces (BM25F, evidence, the rules, the answer model).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, searchAppPerFile } from './faq-search-app.ts';
import { judge, requiredCoverage } from '../src/faq/search/confidence.ts';
import { articleEvidence } from '../src/faq/search/scoring.ts';
import type { QueryPlan } from '../src/faq/search/query-plan.ts';
import { stemWeight } from '../src/faq/search/ranking.ts';
import { answerFeatures, answerProbability, worthAnswering, type AnswerModel } from '../src/faq/search/answer-model.ts';

const { search } = searchAppPerFile();

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

// The stages' pure pieces: BM25F, an article's evidence, the rules of confidence and the answer model.

test('BM25F: a title counts more than a tag, a tag more than the body; repeats saturate', () => {
  const lengths = [5, 8, 100] as const;
  const title = stemWeight([1, 0, 0], lengths, lengths);
  const tag = stemWeight([0, 1, 0], lengths, lengths);
  const body = stemWeight([0, 0, 1], lengths, lengths);
  assert.ok(title > tag && tag > body && body > 0);
  assert.ok(stemWeight([0, 0, 20], lengths, lengths) < 1);
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

test('confidence: coverage, headline and strength decide; long questions need less coverage', () => {
  const strong = { credit: 1, strength: 0.8, headline: true, literal: true };
  assert.equal(judge([{ value: 2, topical: true, match: strong }, { value: 3, topical: true, match: strong }]).confidence, 'high');
  assert.equal(judge([{ value: 2, topical: true, match: strong }, { value: 3, topical: true, match: strong }]).shownBy, 'coverage', 'the rule that showed it is named');
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
  assert.equal(judge([sofa, unknown, mattress, unknown, unknown, unknown]).shownBy, 'strongHeadlineInMessage');
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
  assert.equal(judge([word, word, word]).shownBy, 'strongBody');
  assert.equal(judge([word, word]).confidence, null);
  const weakly = { value: 2, topical: true, match: { ...inBody, strength: 0.3 } };
  assert.equal(judge([weakly, weakly, weakly]).confidence, null, 'held weakly');
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
