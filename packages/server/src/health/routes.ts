// GET /v1/health: the server answers and so does its database.
import type { FastifyInstance } from 'fastify';
import type { Health } from '@ventanilla/protocol';
import { declareRoute } from '../http/route.ts';
import { sendProblem } from '../http/problems.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  declareRoute(app, 'getHealth', {
    cache: 'no-store',
    handler: async ({ request, reply }) => {
      try {
        await app.db.query('select 1');
      } catch (error) {
        request.log.error({ err: error }, 'database check failed');
        return sendProblem(reply, 503, { type: 'database-unavailable', detail: 'The database does not answer.' });
      }
      const health: Health = { status: 'ok', version: app.config.version, database: app.db.kind };
      return health;
    },
  });
}
