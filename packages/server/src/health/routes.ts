// GET /v1/health: the server answers and so does its database.
import type { FastifyInstance } from 'fastify';
import type { Health } from '@ventanilla/protocol';
import { routeSchema } from '../http/contract.ts';
import { sendProblem } from '../http/problems.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/health', { schema: routeSchema('getHealth') }, async (request, reply) => {
    try {
      await app.db.query('select 1');
    } catch (error) {
      request.log.error({ err: error }, 'database check failed');
      return sendProblem(reply, 503, { type: 'database-unavailable', detail: 'The database does not answer.' });
    }
    reply.header('cache-control', 'no-store');
    const health: Health = { status: 'ok', version: app.config.version, database: app.db.kind };
    return health;
  });
}
