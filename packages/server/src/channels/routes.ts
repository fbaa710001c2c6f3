// GET /v1/channels: the directory of ways to reach the body, in the asked language.
import type { FastifyInstance } from 'fastify';
import type { Lang } from '@ventanilla/protocol';
import { routeSchema } from '../http/contract.ts';
import { channelDirectory } from './storage.ts';

export async function channelRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/channels', { schema: routeSchema('listChannels') }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    const { lang, at } = request.query as { lang?: Lang; at?: string };
    const directory = await channelDirectory(app.db, site, lang ?? 'es', at ? new Date(at) : new Date());
    reply.header('cache-control', 'public, max-age=300');
    return directory;
  });
}
