// GET /v1/health: liveness, the process answers (an orchestrator restarts it when it does not).
// GET /v1/health/ready: readiness, the database answers too (a load balancer sends traffic then).
import type { FastifyInstance } from 'fastify';
import type { Health } from '@ventanilla/protocol';
import { declareRoute } from '../http/route.ts';
import { sendProblem } from '../http/problems.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const health = (): Health => ({ status: 'ok', version: app.config.version, database: app.db.kind });

  // No database query: an outage of the database is not cured by restarting every server.
  declareRoute(app, 'getHealth', {
    cache: 'no-store',
    handler: async () => health(),
  });

  declareRoute(app, 'getReadiness', {
    cache: 'no-store',
    handler: async ({ request, reply }) => {
      try {
        await app.db.query('select 1');
      } catch (error) {
        request.log.error({ err: error }, 'database check failed');
        return sendProblem(reply, 503, { type: 'database-unavailable', detail: 'The database does not answer.' });
      }
      return health();
    },
  });
}
