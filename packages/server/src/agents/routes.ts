// Agents: signing in to the console, and the FAQ reports (what citizens searched for and did
// not find; which articles helped).
import type { FastifyInstance } from 'fastify';
import { declareRoute } from '../http/route.ts';
import { HttpProblem } from '../http/problems.ts';
import { assertAgentServes, requireAgent } from './auth.ts';
import { signIn } from './storage.ts';
import { helpfulnessReport, unansweredSearches } from '../faq/articles.ts';

export async function agentRoutes(app: FastifyInstance): Promise<void> {
  declareRoute(app, 'createAgentSession', {
    cache: 'no-store',
    handler: async ({ body: { email, password }, reply }) => {
      const session = await signIn(app.db, email, password);
      if (!session) {
        throw new HttpProblem(401, { type: 'wrong-credentials', title: 'Not signed in', detail: 'The e-mail or the password is not right.' });
      }
      reply.code(201);
      return { token: session.token, agent: { id: session.agent.id, name: session.agent.name } };
    },
  });

  declareRoute(app, 'listUnansweredSearches', {
    cache: 'no-store',
    preHandler: requireAgent,
    handler: async ({ site, query: { days, limit }, request }) => {
      assertAgentServes(request.agent, site.id);
      return unansweredSearches(app.db, site.id, site.timeZone, days, limit);
    },
  });

  declareRoute(app, 'listArticleHelpfulness', {
    cache: 'no-store',
    preHandler: requireAgent,
    handler: async ({ site, query: { days }, request }) => {
      assertAgentServes(request.agent, site.id);
      return helpfulnessReport(app.db, site.id, days);
    },
  });
}
