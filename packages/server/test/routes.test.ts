import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './app.ts';
import { contractOperations, fastifyPath } from '../src/http/contract.ts';
import { assertMatchesContract } from './contract.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

test('every /v1 route the app registers is in the contract with the same method', () => {
  const contract = new Set([...contractOperations().values()].map((op) => `${op.method} ${fastifyPath(op.path)}`));
  const routes = t.app.routeTable.filter((route) => route.url.startsWith('/v1/') && route.method !== 'HEAD');
  assert.ok(routes.length >= 3);
  const missing = routes.map((route) => `${route.method} ${route.url}`).filter((route) => !contract.has(route));
  assert.deepEqual(missing, [], 'routes missing from openapi.yaml');
});

test('every /v1 route validates its input with the contract schema of its operation', () => {
  const routes = t.app.routeTable.filter((route) => route.url.startsWith('/v1/') && route.method !== 'HEAD');
  for (const route of routes) {
    const op = [...contractOperations().values()].find((candidate) => candidate.method === route.method && fastifyPath(candidate.path) === route.url);
    assert.ok(op, `${route.method} ${route.url}`);
    assert.equal(route.operationId, op.operationId, `${route.method} ${route.url} uses routeSchema('${op.operationId}')`);
  }
});

test('the contract check fails on drift: an undeclared field, a wrong type, a wrong content type', async () => {
  const drifting = await startTestApp({
    routes: (app) => {
      app.get('/v1/test/drift', async () => ({}));
    },
  });
  try {
    const good = await drifting.app.inject({ url: '/v1/site' });
    assert.doesNotThrow(() => assertMatchesContract('GET', '/v1/site', good));
    const cases: [string, (body: Record<string, unknown>) => unknown, string?][] = [
      ['extra field', (body) => ({ ...body, internalId: 7 })],
      ['wrong type', (body) => ({ ...body, languages: 'es' })],
      ['missing field', ({ name: _name, ...body }) => body],
      ['wrong content type', (body) => body, 'text/html'],
    ];
    for (const [name, change, type] of cases) {
      const response = Object.assign(Object.create(Object.getPrototypeOf(good)), good, {
        body: JSON.stringify(change(good.json())),
        headers: { ...good.headers, 'content-type': type ?? good.headers['content-type'] },
      });
      response.json = () => JSON.parse(response.body);
      assert.throws(() => assertMatchesContract('GET', '/v1/site', response), assert.AssertionError, name);
    }
    const undeclared = await drifting.app.inject({ url: '/v1/test/drift' });
    assert.throws(() => assertMatchesContract('GET', '/v1/test/drift', undeclared), assert.AssertionError, 'a /v1 route outside the contract');
  } finally {
    await drifting.close();
  }
});
