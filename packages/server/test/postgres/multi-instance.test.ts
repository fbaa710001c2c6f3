// Two server processes on one PostgreSQL database, behind a round-robin proxy, behave as one:
// idempotency keys, agent sessions, the FAQ index after an import, and the rate limits.
// Runs under `npm run test:postgres` only (scripts/with-postgres.sh sets DATABASE_URL).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../../../scripts/server-process.mjs';
import { createServerDatabase } from '../database.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { importArticles } from '../../src/faq/import.ts';
import { DEMO_AGENT, DEMO_SITE } from '../../src/demo/faq.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('This test needs a PostgreSQL server: run it with `npm run test:postgres`.');

const RATE_LIMIT_MAX = 20;
type Instance = Awaited<ReturnType<typeof startServer>>;
let database: { url: string; drop(): Promise<void> };
let db: Database;
let a: Instance;
let b: Instance;
let proxy: Server;
let proxyUrl: string;

/** A reverse proxy that sends each request to the next instance in turn, as a load balancer would. */
function roundRobinProxy(targets: readonly Instance[]): Server {
  let next = 0;
  return createServer((incoming, outgoing) => {
    const target = targets[next++ % targets.length]!;
    const forwardedFor = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = httpRequest(
      { host: '127.0.0.1', port: target.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, 'x-forwarded-for': forwardedFor } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
}

before(async () => {
  database = await createServerDatabase(serverUrl);
  // The proxy is on loopback; trusting it lets each test speak for a client address of its own.
  const env = { DATABASE_URL: database.url, RATE_LIMIT_MAX: String(RATE_LIMIT_MAX), TRUST_PROXY: 'loopback' };
  // One after the other: the second finds the database migrated and seeded by the first.
  a = await startServer({ env });
  b = await startServer({ env });
  db = await openDatabase({ url: database.url });
  proxy = roundRobinProxy([a, b]);
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.close();
  await database?.drop();
});

/** The local address of a client of its own for each test, so their requests count apart. */
const client = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
const json = { 'content-type': 'application/json' };

test('an Idempotency-Key used on one instance answers the retry on the other, stored once', async () => {
  const key = randomUUID();
  const comment = `multi-instance ${key}`;
  const send = (base: string) =>
    fetch(`${base}/v1/faq/articles/alta-padron/feedback?site=${DEMO_SITE}`, {
      method: 'POST',
      headers: { ...json, ...client(1), 'idempotency-key': key },
      body: JSON.stringify({ helpful: false, comment }),
    });
  const first = await send(a.url);
  assert.equal(first.status, 201);
  const firstBody = await first.text();
  const onB = await send(b.url);
  assert.equal(onB.status, 201);
  assert.equal(onB.headers.get('idempotent-replayed'), 'true');
  assert.equal(await onB.text(), firstBody);
  for (let i = 0; i < 2; i++) {
    const throughProxy = await send(proxyUrl);
    assert.equal(throughProxy.status, 201);
    assert.equal(await throughProxy.text(), firstBody);
  }
  const rows = await db.query('select id from faq_feedback where comment = $1', [comment]);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.id, JSON.parse(firstBody).id);
});

test('an agent signed in on one instance is signed in on the other', async () => {
  const signIn = await fetch(`${a.url}/v1/agent/session`, {
    method: 'POST',
    headers: { ...json, ...client(2) },
    body: JSON.stringify({ email: DEMO_AGENT.email, password: DEMO_AGENT.password }),
  });
  assert.equal(signIn.status, 201);
  const { token } = (await signIn.json()) as { token: string };
  const report = `/v1/agent/reports/unanswered-searches?site=${DEMO_SITE}`;
  const onB = await fetch(`${b.url}${report}`, { headers: { ...client(2), authorization: `Bearer ${token}` } });
  assert.equal(onB.status, 200);
  const withoutToken = await fetch(`${b.url}${report}`, { headers: client(2) });
  assert.equal(withoutToken.status, 401);
});

test('articles imported into the database are found right away by a search on either instance', async () => {
  const word = 'zarzaparrilla';
  const search = async (base: string) => {
    const response = await fetch(`${base}/v1/faq/search?site=${DEMO_SITE}&lang=es&q=${word}`, { headers: client(3) });
    assert.equal(response.status, 200);
    return ((await response.json()) as { results: { id: string }[] }).results.map((hit) => hit.id);
  };
  // Searched once before, so that each instance holds the corpus as it was.
  assert.ok(!(await search(a.url)).includes('huerto-zarzaparrilla'));
  assert.ok(!(await search(b.url)).includes('huerto-zarzaparrilla'));
  await importArticles(db, DEMO_SITE, 'es', [
    {
      id: 'huerto-zarzaparrilla',
      department: 'padron',
      title: 'Huertos de zarzaparrilla en el padrón',
      tags: ['zarzaparrilla'],
      body: 'Quien cultive zarzaparrilla en un huerto municipal lo comunica en el padrón.',
      updated: '2026-01-15',
    },
  ]);
  assert.equal((await search(a.url))[0], 'huerto-zarzaparrilla');
  assert.equal((await search(b.url))[0], 'huerto-zarzaparrilla');
});

test('the rate limit counts a client once across both instances', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) {
    // Through the proxy, which alternates: fifteen requests to each instance.
    const response = await fetch(`${proxyUrl}/v1/site?site=${DEMO_SITE}`, { headers: client(4) });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  assert.deepEqual(statuses, [...Array(RATE_LIMIT_MAX).fill(200), ...Array(30 - RATE_LIMIT_MAX).fill(429)]);
  for (const instance of [a, b]) {
    const direct = await fetch(`${instance.url}/v1/site?site=${DEMO_SITE}`, { headers: client(4) });
    assert.equal(direct.status, 429, 'each instance refuses the client the other counted');
    assert.ok(Number(direct.headers.get('retry-after')) > 0);
  }
  const otherClient = await fetch(`${proxyUrl}/v1/site?site=${DEMO_SITE}`, { headers: client(5) });
  assert.equal(otherClient.status, 200);
});
