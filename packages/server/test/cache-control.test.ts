// Every route's Cache-Control, success and failure: what caches may keep, and for how long.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { components } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import { DEMO_AGENT } from '../src/demo/faq.ts';

let t: TestApp;
let agent: Record<string, string>;
before(async () => {
  t = await startTestApp({ config: { writeLimit: { max: 1000, windowMs: 60_000 } } });
  const response = await t.request({ method: 'POST', url: '/v1/agent/session', payload: { email: DEMO_AGENT.email, password: DEMO_AGENT.password } });
  agent = { authorization: `Bearer ${(response.json() as components['schemas']['AgentSession']).token}` };
});
after(() => t.close());

const cases: [string, { method?: 'GET' | 'POST'; url: string; payload?: object; headers?: Record<string, string> }, number, string | undefined][] = [
  ['health', { url: '/v1/health' }, 200, 'no-store'],
  ['readiness', { url: '/v1/health/ready' }, 200, 'no-store'],
  ['site', { url: '/v1/site' }, 200, 'public, max-age=300'],
  ['unknown site', { url: '/v1/site?site=nowhere' }, 404, undefined],
  // Without `at`, the max-age is the time to the next status change (channel-directory-cache.test.ts).
  ['channels at an instant', { url: '/v1/channels?at=2026-11-23T12:00:00Z' }, 200, 'public, max-age=300'],
  ['search while typing', { url: '/v1/faq/search?q=padr' }, 200, 'public, max-age=60'],
  ['settled search', { url: '/v1/faq/search?q=padron&final=true' }, 200, 'no-store'],
  ['invalid search', { url: '/v1/faq/search?q=' }, 400, undefined],
  ['topics', { url: '/v1/faq/topics' }, 200, 'public, max-age=300'],
  ['articles', { url: '/v1/faq/articles' }, 200, 'public, max-age=300'],
  ['article', { url: '/v1/faq/articles/vado-permanente' }, 200, 'no-cache'],
  ['unknown article', { url: '/v1/faq/articles/no-such-article' }, 404, undefined],
  ['feedback', { method: 'POST', url: '/v1/faq/articles/vado-permanente/feedback', payload: { helpful: true } }, 201, undefined],
  ['sign-in', { method: 'POST', url: '/v1/agent/session', payload: { email: DEMO_AGENT.email, password: DEMO_AGENT.password } }, 201, 'no-store'],
  ['wrong sign-in', { method: 'POST', url: '/v1/agent/session', payload: { email: DEMO_AGENT.email, password: 'not-the-password' } }, 401, undefined],
  ['unanswered searches', { url: '/v1/agent/reports/unanswered-searches' }, 200, 'no-store'],
  ['helpfulness', { url: '/v1/agent/reports/article-helpfulness' }, 200, 'no-store'],
  ['report unsigned', { url: '/v1/agent/reports/article-helpfulness', headers: {} }, 401, undefined],
];

for (const [name, request, status, cacheControl] of cases) {
  test(`${name}: ${status} with Cache-Control ${cacheControl ?? '(none)'}`, async () => {
    const headers = request.headers ?? (request.url.startsWith('/v1/agent/reports/') ? agent : {});
    const response = await t.request({ method: request.method ?? 'GET', url: request.url, payload: request.payload, headers });
    assert.equal(response.statusCode, status, response.body);
    assert.equal(response.headers['cache-control'], cacheControl);
  });
}
