// Agents: signing in to the console, and the FAQ reports (what citizens searched for and did
// not find; which articles helped).
import type { FastifyInstance } from 'fastify';
import type { components } from '@ventanilla/protocol';
import { routeSchema } from '../http/contract.ts';
import { HttpProblem } from '../http/problems.ts';
import { assertAgentServes, requireAgent } from './auth.ts';
import { signIn } from './storage.ts';
import { helpfulnessReport, unansweredSearches } from '../faq/articles.ts';

type AgentSession = components['schemas']['AgentSession'];

export async function agentRoutes(app: FastifyInstance): Promise<void> {
  app.post('/v1/agent/session', { schema: routeSchema('createAgentSession') }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string };
    const session = await signIn(app.db, email, password);
    if (!session) {
      throw new HttpProblem(401, { type: 'wrong-credentials', title: 'Not signed in', detail: 'The e-mail or the password is not right.' });
    }
    reply.header('cache-control', 'no-store');
    const body: AgentSession = { token: session.token, agent: { id: session.agent.id, name: session.agent.name } };
    return reply.code(201).send(body);
  });

  app.get('/v1/agent/reports/unanswered-searches', { schema: routeSchema('listUnansweredSearches'), preHandler: requireAgent }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    assertAgentServes(request.agent, site.id);
    const { days, limit } = request.query as { days: number; limit: number };
    reply.header('cache-control', 'no-store');
    return unansweredSearches(app.db, site.id, site.timeZone, days, limit);
  });

  app.get('/v1/agent/reports/article-helpfulness', { schema: routeSchema('listArticleHelpfulness'), preHandler: requireAgent }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    assertAgentServes(request.agent, site.id);
    const { days } = request.query as { days: number };
    reply.header('cache-control', 'no-store');
    return helpfulnessReport(app.db, site.id, days);
  });
}
