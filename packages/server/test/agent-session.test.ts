// Agents signing in, and the bearer token that guards the console's operations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { components } from '@ventanilla/protocol';
import { startTestApp, type TestApp } from './app.ts';
import { DEMO_AGENT } from '../src/demo/faq.ts';
import { createAgent } from '../src/agents/storage.ts';

type AgentSession = components['schemas']['AgentSession'];

let t: TestApp;
before(async () => {
  t = await startTestApp({ config: { writeLimit: { max: 1000, windowMs: 60_000 } } });
});
after(() => t.close());

const signIn = (email: string, password: string) => t.request({ method: 'POST', url: '/v1/agent/session', payload: { email, password } });
const report = (token?: string, site = 'villaverde') =>
  t.request({
    method: 'GET',
    url: `/v1/agent/reports/unanswered-searches?site=${site}`,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });

test('the demo agent signs in and gets a token for the console', async () => {
  const response = await signIn(DEMO_AGENT.email.toUpperCase(), DEMO_AGENT.password);
  assert.equal(response.statusCode, 201, response.body);
  const session = response.json() as AgentSession;
  assert.equal(session.agent.name, DEMO_AGENT.name);
  assert.ok(session.token.length >= 40);
  assert.equal((await report(session.token)).statusCode, 200);
});

test('a wrong password or an unknown e-mail is the same 401 problem', async () => {
  const wrong = await signIn(DEMO_AGENT.email, 'not-the-password');
  const unknown = await signIn('nadie@villaverdedelrio.example', DEMO_AGENT.password);
  assert.equal(wrong.statusCode, 401);
  assert.equal(unknown.statusCode, 401);
  assert.equal(wrong.json().detail, unknown.json().detail);
});

test('reports need a valid, unexpired token', async () => {
  const missing = await report();
  assert.equal(missing.statusCode, 401);
  assert.match(String(missing.headers['www-authenticate']), /^Bearer/);
  assert.equal((await report('made-up-token')).statusCode, 401);
  const malformed = await t.request({ method: 'GET', url: '/v1/agent/reports/article-helpfulness', headers: { authorization: 'Basic YWdlbnQ6cGFzcw==' } });
  assert.equal(malformed.statusCode, 401);

  const { token } = (await signIn(DEMO_AGENT.email, DEMO_AGENT.password)).json() as AgentSession;
  await t.db.query("update agent_sessions set expires_at = now() - interval '1 minute'");
  const expired = await report(token);
  assert.equal(expired.statusCode, 401);
  assert.match(String(expired.headers['www-authenticate']), /invalid_token/);
});

test('an agent sees the reports of the sites they work for only', async () => {
  await t.db.query(`insert into sites (id, name, time_zone, languages) values ('otro', 'Otro ayuntamiento', 'Europe/Madrid', '{es}') on conflict do nothing`);
  await createAgent(t.db, { email: 'agente@otro.example', name: 'Otra agente', password: 'otra-contraseña-1', siteIds: ['otro'] });
  const { token } = (await signIn('agente@otro.example', 'otra-contraseña-1')).json() as AgentSession;
  assert.equal((await report(token, 'otro')).statusCode, 200);
  assert.equal((await report(token, 'villaverde')).statusCode, 403);
});

test('passwords and tokens are stored only as hashes', async () => {
  const response = await signIn(DEMO_AGENT.email, DEMO_AGENT.password);
  const { token } = response.json() as AgentSession;
  const [agent] = await t.db.query<{ password_hash: string }>('select password_hash from agents where lower(email) = lower($1)', [DEMO_AGENT.email]);
  assert.match(agent!.password_hash, /^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
  assert.ok(!agent!.password_hash.includes(DEMO_AGENT.password));
  const sessions = await t.db.query<{ token_hash: string }>('select token_hash from agent_sessions');
  assert.ok(sessions.length > 0);
  assert.ok(sessions.every((session) => session.token_hash !== token && /^[0-9a-f]{64}$/.test(session.token_hash)));
});

test('sign-in input comes from the contract', async () => {
  assert.equal((await t.request({ method: 'POST', url: '/v1/agent/session', payload: { email: 'no-es-un-correo', password: 'x'.repeat(10) } })).statusCode, 400);
  assert.equal((await signIn(DEMO_AGENT.email, 'short')).statusCode, 400);
});
