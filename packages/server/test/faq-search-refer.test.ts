// "Not our service": questions about what another administration or a company handles are
// answered through GET /v1/faq/search with no results and the site's referral, while questions
// the city hall answers, even when they share words, still find their articles.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { SearchResults } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import { importCommand } from './faq-cli.ts';
import { listReferrals, replaceReferrals, type ReferralInput } from '../src/faq/referrals.ts';
import { demoWithoutQuestions, seedDemoFaqAgain } from './faq-search-app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ config: { globalLimit: { max: 10_000, windowMs: 60_000 } } });
});
after(() => t.close());

async function search(q: string, params: Record<string, string> = {}): Promise<SearchResults> {
  const response = await t.request({ method: 'GET', url: `/v1/faq/search?${new URLSearchParams({ q, ...params })}` });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as SearchResults;
}

async function seedList(lang: 'es' | 'en'): Promise<ReferralInput[]> {
  return JSON.parse(await readFile(new URL(`../seed/faq-referrals-${lang}.json`, import.meta.url), 'utf8')) as ReferralInput[];
}

/** Runs `work` with another referral list for the demo site, then puts the seed's back. */
async function withReferrals(entries: ReferralInput[], work: () => Promise<void>): Promise<void> {
  await replaceReferrals(t.db, 'villaverde', 'es', entries);
  try {
    await work();
  } finally {
    await replaceReferrals(t.db, 'villaverde', 'es', await seedList('es'));
  }
}

/** Runs `work` on the demo's articles without the questions citizens asked, then puts them back. */
async function withoutQuestions(work: () => Promise<void>): Promise<void> {
  await demoWithoutQuestions(t.db);
  try {
    await work();
  } finally {
    await seedDemoFaqAgain(t.db);
  }
}

describe('referrals in search', () => {
  test('a referral phrase gets no results and the referral, where poor matches came before', async () => {
    const cases = [
      ['renovar el pasaporte', 'Policía Nacional'],
      ['cambiar de compañía de la luz', 'Tu compañía de electricidad'],
      ['declaración de la renta', 'Agencia Tributaria'],
    ] as const;
    for (const [query, name] of cases) {
      const body = await search(query);
      assert.deepEqual(body.results, [], query);
      assert.equal(body.referral?.name, name, query);
      assert.ok(body.referral.text.length > 20, query);
      assert.match(body.referral.url ?? '', /^https:\/\//, query);
    }
    // Without the list, the same words find the articles that only mention them in passing.
    await withReferrals([], async () => {
      for (const [query] of cases) {
        const body = await search(query);
        assert.equal(body.referral, undefined, query);
        assert.ok(body.results.length > 0, query);
      }
    });
  });

  test('inflected, unaccented and differently cased forms match too, and a referral without a page has no url', async () => {
    for (const query of ['RENOVACION DE PASAPORTES', 'declaracion de la renta 2025', 'me quiero cambiar de compania de la luz', 'pasaporte']) {
      const body = await search(query);
      assert.deepEqual(body.results, [], query);
      assert.ok(body.referral, query);
    }
    const itv = await search('cuándo tengo que pasar la ITV');
    assert.equal(itv.referral?.name, 'Estaciones de ITV');
    assert.equal(itv.referral && 'url' in itv.referral, false);
  });

  test('the words of a phrase must come in its order, and a whole phrase beats part of a longer one', async () => {
    await withReferrals(
      [
        { phrases: ['tarjeta sanitaria europea'], name: 'Seguridad Social', text: 'La tarjeta sanitaria europea la da la Seguridad Social.' },
        { phrases: ['tarjeta sanitaria'], name: 'Servicio de salud', text: 'La tarjeta sanitaria la da el servicio de salud.' },
      ],
      async () => {
        assert.equal((await search('renovar la tarjeta sanitaria')).referral?.name, 'Servicio de salud');
        assert.equal((await search('tarjeta sanitaria europea caducada')).referral?.name, 'Seguridad Social');
        assert.equal((await search('sanitaria tarjeta')).referral, undefined);
      },
    );
  });

  test('an article holding the phrase in its title or tags is the answer, not the referral', async () => {
    // "etiqueta dgt" is a tag of the low-emission zone article; the seed refers "dgt" to the DGT.
    const dgt = await search('etiqueta de la dgt');
    assert.equal(dgt.referral, undefined);
    assert.equal(dgt.results[0]?.id, 'zona-bajas-emisiones');
    await withReferrals([{ phrases: ['bono social', 'boda'], name: 'Otra administración', text: 'No lo gestiona el Ayuntamiento.' }], async () => {
      const bono = await search('pedir el bono social');
      assert.equal(bono.referral, undefined);
      assert.equal(bono.results[0]?.id, 'bono-social-electrico');
      const boda = await search('reservar fecha para la boda');
      assert.equal(boda.referral, undefined);
      assert.equal(boda.results[0]?.id, 'bodas-civiles');
    });
  });

  test("city hall topics that share words with a referral still find their articles", async () => {
    const cases = [
      ['ayuda para pagar la factura de la luz', 'ayudas-emergencia-social'],
      ['censo de animales de compañía', 'censo-animales-compania'],
      ['reservar una boda civil', 'bodas-civiles'],
      ['pagar el impuesto de circulación', 'ivtm-pago'],
      ['renta mínima', 'ingreso-minimo-vital'],
      ['dni caducado extranjero', 'renovacion-padron-extranjeros'],
      ['empadronarme con el pasaporte', 'alta-padron'],
    ] as const;
    for (const [query, id] of cases) {
      const body = await search(query);
      assert.equal(body.referral, undefined, query);
      assert.ok(body.results.slice(0, 3).some((hit) => hit.id === id), `${query}: ${body.results.map((hit) => hit.id).join(', ')}`);
    }
  });

  test('the verbs whose stem changes ("renuevo", "renovar") match, and a long story keeps its answer', async () => {
    const renewal = await search('cómo renuevo el pasaporte');
    assert.deepEqual(renewal.results, []);
    assert.equal(renewal.referral?.name, 'Policía Nacional');
    // The nationality is the story here; the question is the padrón data, which an article answers.
    const story = await search(
      'Acabo de conseguir la nacionalidad española y ya tengo DNI, pero en el padrón sigo apareciendo con mi NIE antiguo. ¿Qué hago para que cambien mis datos?',
    );
    assert.equal(story.referral, undefined);
    assert.equal(story.results[0]?.id, 'modificar-datos-padron');
    // Registering as self-employed is the Social Security's, but here it is part of the story:
    // the question is the city hall's grants for starting a business. (This query is one of the
    // demo's questions, so it is searched without them: the message rule keeps the results.)
    await withoutQuestions(async () => {
      const business = await search(
        'Me quedé en paro el año pasado, tengo 52 años y quiero darme de alta como autónomo para abrir un pequeño taller de bicis en el pueblo. ¿Hay alguna ayuda del ayuntamiento para arrancar?',
      );
      assert.equal(business.referral, undefined);
      assert.ok(business.results.slice(0, 3).some((hit) => hit.id === 'ayudas-emprendedores'), business.results.map((hit) => hit.id).join(', '));
      assert.equal((await search('darme de alta como autónomo')).referral?.name, 'Tesorería General de la Seguridad Social');
    });
  });

  test('a phrase that is only the purpose of the question ("para …") leaves the results standing', async () => {
    const purpose = await search('certificado histórico de empadronamiento para pedir la nacionalidad');
    assert.equal(purpose.referral, undefined);
    assert.equal(purpose.results[0]?.id, 'certificado-empadronamiento-historico');
    // Nothing is asked before "para" here: the purpose is the question.
    const question = await search('qué necesito para pedir la nacionalidad');
    assert.deepEqual(question.results, []);
    assert.equal(question.referral?.name, 'Ministerio de Justicia');
    // And without "para", the phrase is the question even when other words find an article.
    const renewal = await search('renovar el dni caducado');
    assert.deepEqual(renewal.results, []);
    assert.equal(renewal.referral?.name, 'Policía Nacional');
  });

  test('a phrase ending on a word still being typed gives way to a result that word is on its way to', async () => {
    // "Digi" is a telephone company (a referral), and the start of "digital".
    const typing = await search('como saco el certificado digi');
    assert.equal(typing.referral, undefined);
    assert.equal(typing.results[0]?.id, 'certificado-digital');
    // Finished with a space, it is the company's name.
    const finished = await search('mi contrato con digi ');
    assert.deepEqual(finished.results, []);
    assert.equal(finished.referral?.name, 'Tu compañía de telecomunicaciones');
  });

  test('a number in a phrase counts, though small numbers are no subject to search for', async () => {
    const pharmacy = await search('farmacia 24 horas');
    assert.deepEqual(pharmacy.results, []);
    assert.equal(pharmacy.referral?.name, 'Colegio Oficial de Farmacéuticos de la provincia');
  });

  test('referrals are per language', async () => {
    const en = await search('how do I renew my passport', { lang: 'en' });
    assert.deepEqual(en.results, []);
    assert.match(en.referral?.text ?? '', /consulate/);
    // Portuguese has no articles of its own here, hence no referral list to read.
    assert.equal((await search('pasaporte', { lang: 'pt' })).referral, undefined);
  });
});

describe('replaceReferrals', () => {
  test('replaces the list at once, and the search reads the new one', async () => {
    assert.ok((await search('cita para el pasaporte')).referral);
    const list: ReferralInput[] = [
      { phrases: ['huerto escolar', 'huertos de los colegios'], name: 'Consejería de Educación', url: 'https://educacion.example/huertos', text: 'Los huertos escolares los lleva cada colegio.' },
    ];
    await withReferrals(list, async () => {
      assert.deepEqual(await listReferrals(t.db, 'villaverde', 'es'), list);
      const body = await search('huertos de los colegios');
      assert.deepEqual(body.referral, { name: 'Consejería de Educación', url: 'https://educacion.example/huertos', text: 'Los huertos escolares los lleva cada colegio.' });
      assert.equal((await search('cita para el pasaporte')).referral, undefined, 'the old list is gone');
    });
    assert.equal((await listReferrals(t.db, 'villaverde', 'es')).length, (await seedList('es')).length);
  });

  test('refuses what it cannot import, saying why, and changes nothing', async () => {
    const before = await listReferrals(t.db, 'villaverde', 'es');
    const bad: [unknown, RegExp][] = [
      [[{ phrases: ['pasaporte'], name: 'Policía', url: 'http://policia.example', text: 'Texto.' }], /url must be an https address/],
      [[{ phrases: [], name: 'Policía', text: 'Texto.' }], /phrases must be a list/],
      [[{ phrases: ['pasaporte'], name: ' ', text: 'Texto.' }], /name is missing/],
      [[{ phrases: ['pasaporte'], name: 'Policía' }], /text is missing/],
      [[{ phrases: ['de la'], name: 'Policía', text: 'Texto.' }], /"de la" has only stop words/],
      [{ phrases: ['pasaporte'] }, /must be a JSON array/],
    ];
    for (const [entries, message] of bad) {
      await assert.rejects(replaceReferrals(t.db, 'villaverde', 'es', entries as ReferralInput[]), message);
    }
    await assert.rejects(replaceReferrals(t.db, 'no-such-site', 'es', []), /does not exist/);
    assert.deepEqual(await listReferrals(t.db, 'villaverde', 'es'), before);
  });

  test('npm run faq:import -- --referrals replaces the list in the database the server uses', async () => {
    const command = await importCommand();
    try {
      const list: ReferralInput[] = [{ phrases: ['licencia de pesca'], name: 'Comunidad autónoma', text: 'Las licencias de pesca las expide la comunidad autónoma.' }];
      await command.write('derivaciones.json', JSON.stringify(list));
      const { stdout } = await command.run(['--site', 'villaverde', '--lang', 'es', '--referrals', 'derivaciones.json']);
      assert.match(stdout, /1 referrals for villaverde \(es\)/);
      assert.deepEqual(await command.inspect((db) => listReferrals(db, 'villaverde', 'es')), list);
    } finally {
      await command.dispose();
    }
  });
});
