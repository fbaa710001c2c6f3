// GET /v1/channels: the directory of ways to reach the body, in the asked language.
import type { FastifyInstance } from 'fastify';
import { declareRoute } from '../http/route.ts';
import { channelDirectory } from './storage.ts';

export async function channelRoutes(app: FastifyInstance): Promise<void> {
  declareRoute(app, 'listChannels', {
    cache: 'public, max-age=300',
    handler: async ({ site, query: { lang = 'es', at } }) => channelDirectory(app.db, site, lang, at ? new Date(at) : new Date()),
  });
}
