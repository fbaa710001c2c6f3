// GET /v1/site: the public description of the request's site.
import type { FastifyInstance } from 'fastify';
import { declareRoute } from '../http/route.ts';

export async function siteRoutes(app: FastifyInstance): Promise<void> {
  declareRoute(app, 'getSite', {
    cache: 'public, max-age=300',
    handler: async ({ site: { id, name, timeZone, languages } }) => ({ id, name, timeZone, languages }),
  });
}
