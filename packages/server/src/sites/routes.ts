// GET /v1/site: the public description of the request's site.
import type { FastifyInstance } from 'fastify';
import type { Site } from '@ventanilla/protocol';
import { routeSchema } from '../http/contract.ts';

export async function siteRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/site', { schema: routeSchema('getSite') }, async (request, reply) => {
    const { id, name, timeZone, languages } = await app.sites.resolve(request);
    reply.header('cache-control', 'public, max-age=300');
    const site: Site = { id, name, timeZone, languages };
    return site;
  });
}
