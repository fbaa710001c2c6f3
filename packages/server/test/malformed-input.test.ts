// Hostile and malformed input on every route of the contract the server has: each answer is a
// problem document (4xx, never 500), and nothing is stored. The routes come from app.routeTable,
// so a new route is covered as soon as it is declared (and fails here until it has a valid body
// and path values below to start from).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './app.ts';
import { operation, type JsonSchema } from '../src/http/contract.ts';
import { rawRequest } from './raw-http.ts';

/** A valid value of each path parameter, so that one malformed part is tried at a time. */
const VALID_PATH: Record<string, string> = { articleId: 'alta-padron' };
/** A valid body of each operation that takes one. */
const VALID_BODIES: Record<string, Record<string, unknown>> = {
  createArticleFeedback: { helpful: false, comment: 'No explica el plazo', lang: 'es' },
  createAgentSession: { email: 'nadie@malformed.example', password: 'contraseña-de-prueba' },
};

const KB100 = 'a'.repeat(100 * 1024);
/** Raw (already percent-encoded) values that no parameter may take. */
const REFUSED = { nul: 'a%00b', 'invalid UTF-8': '%C3%28', 'lone %FF': '%FF', '100 KB': KB100 };
/** Values a free-text parameter may take, but no number, boolean or date-time. */
const EXTREMES = ['-1', '1e309', '-1e309', 'NaN', 'Infinity', '99999999999999999999', '0000-01-01T00:00:00Z', '2026-06-30T23:59:60Z', '9999-12-31T23:59:59Z', '1969-12-31T23:59:59Z'];
const ORIGIN = { origin: 'http://x' };

let t: TestApp;
before(async () => {
  t = await startTestApp({ config: { globalLimit: { max: 100_000, windowMs: 60_000 }, writeLimit: { max: 100_000, windowMs: 60_000 } } });
});
after(() => t.close());

interface Route {
  method: string;
  url: string;
  operationId: string;
}

function contractRoutes(): Route[] {
  const routes = t.app.routeTable.filter((route): route is Route => route.operationId !== undefined && route.method !== 'HEAD');
  assert.ok(routes.length >= 10, 'the routes are found');
  return routes;
}

/**
 * Every row of every table of the server, counted; but the rate limits' own counts, which every
 * request refused or not adds to on PostgreSQL (http/rate-limit-store.ts), and which store nothing
 * a client sent.
 */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await t.db.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = 'public' and table_name <> 'rate_limit_hits' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await t.db.query<{ n: number }>(`select count(*)::int as n from "${name}"`))[0]!.n;
  return counts;
}

function pathOf(route: Route, override: Record<string, string> = {}): string {
  return route.url.replace(/:(\w+)/g, (_match, name: string) => {
    const value = override[name] ?? VALID_PATH[name];
    assert.ok(value !== undefined, `${route.operationId}: add a valid "${name}" to VALID_PATH`);
    return value;
  });
}

function bodyOf(route: Route): string | undefined {
  if (!operation(route.operationId).requestBody) return undefined;
  const body = VALID_BODIES[route.operationId];
  assert.ok(body, `${route.operationId}: add a valid body to VALID_BODIES`);
  return JSON.stringify(body);
}

function queryParameters(route: Route) {
  return operation(route.operationId).parameters.filter((parameter) => parameter.in === 'query');
}

function isTyped(schema: JsonSchema | undefined): boolean {
  return ['integer', 'number', 'boolean'].includes(String(schema?.type)) || schema?.format === 'date-time';
}

async function send(route: Route, url: string, payload = bodyOf(route)) {
  return t.request({
    method: route.method as 'GET',
    url,
    headers: { ...ORIGIN, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(payload === undefined ? {} : { payload }),
    remoteAddress: '192.0.2.10',
  });
}

function assertRefused(response: Awaited<ReturnType<typeof send>>, where: string): void {
  assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${where}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/, where);
  assert.equal(response.json().status, response.statusCode, where);
}

test('NUL bytes, invalid UTF-8 and 100 KB values in each query and path parameter of every route are 4xx problems', async () => {
  const before = await rowCounts();
  for (const route of contractRoutes()) {
    for (const [name, value] of Object.entries(REFUSED)) {
      for (const parameter of queryParameters(route)) {
        const where = `${route.method} ${route.url}?${parameter.name}=<${name}>`;
        assertRefused(await send(route, `${pathOf(route)}?${parameter.name}=${value}`), where);
      }
      for (const [parameter] of route.url.matchAll(/:(\w+)/g)) {
        const where = `${route.method} ${route.url} with ${parameter} <${name}>`;
        assertRefused(await send(route, pathOf(route, { [parameter.slice(1)]: value })), where);
      }
    }
  }
  assert.deepEqual(await rowCounts(), before, 'nothing stored');
});

test('a NUL byte in any string of a body is a 400 problem naming the field', async () => {
  const before = await rowCounts();
  for (const route of contractRoutes().filter((candidate) => operation(candidate.operationId).requestBody)) {
    const body = JSON.parse(bodyOf(route)!) as Record<string, unknown>;
    const strings = Object.keys(body).filter((key) => typeof body[key] === 'string');
    assert.ok(strings.length > 0, `${route.operationId}: its valid body has a string to poison`);
    for (const key of strings) {
      const response = await send(route, pathOf(route), JSON.stringify({ ...body, [key]: `a\u0000b${String(body[key])}` }));
      assertRefused(response, `${route.operationId} body.${key}`);
      assert.equal(response.statusCode, 400);
      const errors = response.json().errors as { pointer: string; message: string }[];
      assert.deepEqual([...new Set(errors.map((error) => error.pointer))], [`/body/${key}`]);
      assert.ok(errors.some((error) => /NUL/.test(error.message)), `${route.operationId} body.${key}: the fault names NUL`);
    }
  }
  assert.deepEqual(await rowCounts(), before, 'nothing stored');
});

test('extreme numbers in any body field, and bodies that are not UTF-8, are 4xx problems', async () => {
  const before = await rowCounts();
  for (const route of contractRoutes().filter((candidate) => operation(candidate.operationId).requestBody)) {
    const body = JSON.parse(bodyOf(route)!) as Record<string, unknown>;
    for (const key of Object.keys(body)) {
      for (const token of ['1e309', '-1e309', '99999999999999999999', '-0', 'null', '[]', '{}']) {
        const text = JSON.stringify({ ...body, [key]: '@@' }).replace('"@@"', token);
        assertRefused(await send(route, pathOf(route), text), `${route.operationId} body.${key} = ${token}`);
      }
    }
    const valid = Buffer.from(JSON.stringify(body));
    const notUtf8 = Buffer.concat([valid.subarray(0, valid.length - 2), Buffer.from([0xc3, 0x28, 0xff]), valid.subarray(valid.length - 2)]);
    const firstString = JSON.stringify(body).indexOf('":"') + 3;
    const inString = Buffer.concat([valid.subarray(0, firstString), Buffer.from([0xc3, 0x28, 0xff]), valid.subarray(firstString)]);
    for (const payload of [notUtf8, inString]) {
      const response = await t.request({
        method: route.method as 'POST',
        url: pathOf(route),
        headers: { 'content-type': 'application/json' },
        payload,
        remoteAddress: '192.0.2.10',
      });
      assertRefused(response, `${route.operationId} with bytes that are not UTF-8`);
    }
  }
  assert.deepEqual(await rowCounts(), before, 'nothing stored');
});

test('extreme numbers and dates: refused by every number, boolean and date-time parameter, never a 500 elsewhere', async () => {
  const before = await rowCounts();
  for (const route of contractRoutes()) {
    for (const parameter of queryParameters(route)) {
      for (const value of EXTREMES) {
        const where = `${route.method} ${route.url}?${parameter.name}=${value}`;
        const response = await send(route, `${pathOf(route)}?${parameter.name}=${encodeURIComponent(value)}`);
        assert.ok(response.statusCode < 500, `${where}: ${response.statusCode} ${response.body.slice(0, 300)}`);
        if (isTyped(parameter.schema)) assertRefused(response, where);
      }
    }
  }
  assert.deepEqual(await rowCounts(), before, 'nothing stored');
});

test('the directory at an instant outside 2000–2099, or at one that does not exist, is a 400 problem on `at`', async () => {
  for (const at of ['0000-01-01T00:00:00Z', '2026-06-30T23:59:60Z', '9999-12-31T23:59:59Z', '1999-12-31T23:59:59Z', '2100-01-01T00:00:00Z', '2026-02-30T10:00:00Z']) {
    const response = await t.request({ url: `/v1/channels?at=${encodeURIComponent(at)}` });
    assertRefused(response, at);
    assert.equal(response.statusCode, 400, at);
    assert.deepEqual(response.json().errors.map((error: { pointer: string }) => error.pointer), ['/query/at'], at);
  }
  for (const at of ['2000-01-01T00:00:00Z', '2099-12-31T23:59:59Z', '2099-12-31T23:59:59+14:00']) {
    const response = await t.request({ url: `/v1/channels?at=${encodeURIComponent(at)}` });
    assert.equal(response.statusCode, 200, at);
    assert.equal(response.json().from, new Date(at).toISOString());
  }
});

test('a wrong or unknown method on a known path is a 405 problem with Allow; on an unknown path a 404 problem', async () => {
  const before = await rowCounts();
  const paths = new Map<string, Route[]>();
  for (const route of contractRoutes()) paths.set(route.url, [...(paths.get(route.url) ?? []), route]);
  for (const [url, routes] of paths) {
    const allowed = routes.map((route) => route.method);
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'MKCOL'].filter((candidate) => !allowed.includes(candidate))) {
      const response = await send({ ...routes[0]!, method }, pathOf(routes[0]!), bodyOf(routes[0]!));
      assertRefused(response, `${method} ${url}`);
      assert.equal(response.statusCode, 405, `${method} ${url}`);
      const expected = allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
      assert.deepEqual(String(response.headers.allow).split(', ').sort(), expected.sort(), `${method} ${url}: Allow`);
    }
  }
  const unknown = await t.request({ method: 'PATCH', url: '/v1/nothing-here' });
  assert.equal(unknown.statusCode, 404);
  assert.deepEqual(await rowCounts(), before, 'nothing stored');
});

test('over the wire: malformed HTTP, 100 KB headers and query strings, a bad URL are problem documents', async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const cases: [string, string, number][] = [
    ['malformed HTTP', 'GARBAGE\r\n\r\n', 400],
    ['a header line with no colon', 'GET /v1/health HTTP/1.1\r\nHost x\r\n\r\n', 400],
    ['a method HTTP does not know', 'FROBNICATE /v1/health HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a bad URL', 'GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
    ['a bad URL in a route', 'GET /v1/faq/articles/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
  ];
  for (const route of contractRoutes()) {
    cases.push([`100 KB header on ${route.url}`, `${route.method} ${pathOf(route)} HTTP/1.1\r\nHost: x\r\nX-Filler: ${KB100}\r\n\r\n`, 431]);
    cases.push([`100 KB query string on ${route.url}`, `${route.method} ${pathOf(route)}?q=${KB100} HTTP/1.1\r\nHost: x\r\n\r\n`, 431]);
  }
  for (const [name, text, status] of cases) {
    const response = await rawRequest(port, text);
    assert.equal(response.status, status, `${name}: ${response.head}`);
    assert.match(response.headers['content-type'] ?? '', /^application\/problem\+json/, `${name}: ${response.head}`);
    const problem = JSON.parse(response.body) as { status: number; title: string };
    assert.equal(problem.status, status, name);
    assert.ok(problem.title, name);
  }
});
