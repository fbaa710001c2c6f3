// Agent authentication for the console's operations: `Authorization: Bearer <token>` from
// POST /v1/agent/session. Routes add `preHandler: requireAgent`, then read `request.agent`;
// `assertAgentServes` keeps an agent to the sites they work for.
import type { FastifyRequest } from 'fastify';
import { agentForToken, type AgentRecord } from './storage.ts';
import { HttpProblem } from '../http/problems.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in agent, set by `requireAgent`. */
    agent?: AgentRecord;
  }
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="ventanilla-agents"' };

export async function requireAgent(request: FastifyRequest): Promise<void> {
  const header = request.headers.authorization;
  const token = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
  if (!token) {
    throw new HttpProblem(401, { type: 'not-signed-in', detail: 'Sign in to the agent console first.', headers: CHALLENGE });
  }
  const agent = await agentForToken(request.server.db, token);
  if (!agent) {
    throw new HttpProblem(401, {
      type: 'session-expired',
      detail: 'This session has expired or is not valid. Sign in again.',
      headers: { 'www-authenticate': 'Bearer realm="ventanilla-agents", error="invalid_token"' },
    });
  }
  request.agent = agent;
}

export function assertAgentServes(agent: AgentRecord | undefined, siteId: string): void {
  if (!agent?.siteIds.includes(siteId)) {
    throw new HttpProblem(403, { type: 'other-site', detail: `This account does not work for the site "${siteId}".` });
  }
}
