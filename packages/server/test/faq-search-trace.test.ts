// The trace of a search (npm run faq:explain, and later the console): each stage's candidates and
// scores, and the named rule that decided, on a corpus of three articles stated here (two with a
// question citizens asked) and one referral, without the demo's questions or synonyms.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { migrate } from '../src/db/migrate.ts';
import { seed } from '../src/demo/seed.ts';
import { importArticles, replaceSynonyms, type ArticleInput } from '../src/faq/import.ts';
import { replaceReferrals } from '../src/faq/referrals.ts';
import { answerSearch, explainFaqSearch } from '../src/faq/search.ts';
import { STAGES } from '../src/faq/search/pipeline.ts';
import { freshDatabase, type TestDatabase } from './database.ts';

const ARTICLES: ArticleInput[] = [
  {
    id: 'huertos-urbanos',
    department: 'medio-ambiente',
    title: '¿Cómo consigo una parcela en los huertos urbanos?',
    tags: ['huerto urbano', 'parcela'],
    body: 'Las parcelas de los huertos urbanos se sortean cada dos años entre vecinos empadronados.',
    updated: '2026-03-01',
    questions: ['quiero plantar mis propias verduras y no tengo jardín'],
  },
  {
    id: 'alta-padron',
    department: 'padron',
    title: 'Alta en el padrón municipal',
    tags: ['empadronarse', 'cambio de domicilio'],
    body: 'Para darte de alta en el padrón trae tu documento de identidad y el contrato de alquiler.',
    updated: '2026-03-01',
    // A second question: with one alone, every word would be in all of them and weigh nothing.
    questions: ['acabo de llegar al pueblo, ¿cómo me apunto?'],
  },
  {
    id: 'recogida-muebles',
    department: 'medio-ambiente',
    title: 'Recogida de muebles y enseres',
    tags: ['muebles viejos', 'colchón'],
    body: 'Pide cita para que recojan en tu portal los muebles, colchones y electrodomésticos viejos.',
    updated: '2026-03-01',
  },
];

let t: TestDatabase;
before(async () => {
  t = await freshDatabase();
  await migrate(t.db);
  await seed(t.db);
  await importArticles(t.db, 'villaverde', 'es', ARTICLES, { replace: true });
  await replaceSynonyms(t.db, 'villaverde', 'es', []);
  await replaceReferrals(t.db, 'villaverde', 'es', [{ phrases: ['pasaporte'], name: 'Policía Nacional', text: 'El pasaporte lo expide la Policía Nacional.' }]);
});
after(() => t.drop());

/** Whether a value is what JSON holds as it is (undefined fields aside): no Map, class, function or NaN. */
function plainData(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(plainData);
  return typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plainData);
}

const explain = (query: string) => explainFaqSearch(t.db, { site: 'villaverde', lang: 'es', query });

describe('the trace of a search', () => {
  test('a found query: every stage recorded, and the rules that showed its answer', async () => {
    const { results, trace } = await explain('recogida de muebles viejos');
    assert.deepEqual(results.map((hit) => hit.id), ['recogida-muebles']);
    assert.equal(trace.outcome, 'found');
    assert.equal(trace.decidedBy, 'decide.answer-model');
    const [corpus] = trace.corpora;
    assert.equal(corpus?.match.candidates[0]?.id, 'recogida-muebles');
    assert.equal(corpus?.score.articles[0]?.shownBy, 'coverage', 'the rule of SHOWN that showed it');
    const model = corpus!.decide.rules.find((rule) => rule.rule === 'answer-model');
    assert.deepEqual(model?.settings, { threshold: 0.3, lang: 'es' });
    assert.equal((model?.outcome as { answers: boolean }).answers, true);
    assert.equal(trace.refer.decidedBy, 'no-phrase');
    assert.deepEqual(trace.present.results.map((hit) => hit.id), ['recogida-muebles']);
  });

  test('a not-found query names the rule that found nothing', async () => {
    const { results, trace } = await explain('vacuna de la gripe');
    assert.deepEqual(results, []);
    assert.equal(trace.outcome, 'not-found');
    assert.equal(trace.decidedBy, 'decide.no-candidate');
    assert.deepEqual(trace.corpora[0]?.match.candidates, []);
    assert.equal(trace.corpora[0]?.placeAsked.decidedBy, 'no-close-question');
  });

  test('a referred query names the referral rule, after the phrase and headline rules', async () => {
    const { results, referral, trace } = await explain('renovar el pasaporte');
    assert.deepEqual(results, []);
    assert.equal(referral?.name, 'Policía Nacional');
    assert.equal(trace.outcome, 'referred');
    assert.equal(trace.decidedBy, 'refer.refers');
    assert.deepEqual(trace.refer.rules.map((rule) => rule.rule), ['no-phrase', 'headline', 'refers']);
  });

  test('an article found by the question citizens asked of it names the place-asked rule', async () => {
    const { results, trace } = await explain('quiero plantar mis propias verduras y no tengo jardín');
    assert.equal(results[0]?.id, 'huertos-urbanos');
    assert.equal(trace.outcome, 'found');
    assert.match(trace.decidedBy, /^place-asked\.(alone|lead)$/);
    assert.equal(trace.corpora[0]?.match.asked[0]?.id, 'huertos-urbanos');
  });

  test('the trace is data: JSON as it is, stage by stage, and it changes nothing of the answer', async () => {
    for (const query of ['recogida de muebles viejos', 'vacuna de la gripe', 'renovar el pasaporte', 'alta en el pad']) {
      const { trace, ...answer } = await explain(query);
      assert.ok(plainData(trace), `${query}: only objects, arrays, text, finite numbers, booleans and null`);
      assert.deepEqual(answer, await answerSearch(t.db, { site: 'villaverde', lang: 'es', query }), query);
      assert.ok(trace.decidedBy, query);
    }
    assert.deepEqual(STAGES, ['analyse', 'expand', 'match', 'score', 'decide', 'place-asked', 'refer', 'present']);
  });
});
