// GET /v1/channels: the directory of ways to reach the body, in the asked language. Asked without
// `at`, it comes from the cache (directory-cache.ts) with an ETag, kept no longer than it holds.
import type { FastifyInstance } from 'fastify';
import { declareRoute } from '../http/route.ts';
import { channelDirectory } from './storage.ts';

export async function channelRoutes(app: FastifyInstance): Promise<void> {
  const directories = app.channelDirectories;
  declareRoute(app, 'listChannels', {
    cache: (_input, answer) => {
      const validity = directories.validity(answer);
      // A directory `at` an instant reads the same until its hours, holidays or closures change.
      return validity ? `public, max-age=${validity.maxAgeSeconds}` : 'public, max-age=300';
    },
    etag: (_input, answer) => directories.validity(answer)?.etag,
    handler: async ({ site, query: { lang = 'es', at } }) =>
      at ? channelDirectory(app.db, site, lang, new Date(at)) : directories.directory(site, lang, new Date()),
  });
}
