// Stage analyse, its pure pieces: what a word is (the same for queries and articles), an article's
// plain text, and an article as the index sees it (stems, positions, field weights).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, lastWordOpen, normalizeQuery, tokenize } from '../src/faq/search/text.ts';
import { markdownToText } from '../src/faq/search/markdown-text.ts';
import { buildDocumentVector, termQuery } from '../src/faq/search/document-vector.ts';
import { countsIn } from '../src/faq/search/scoring.ts';

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
