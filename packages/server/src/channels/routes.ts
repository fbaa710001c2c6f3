// GET /v1/channels: the directory of ways to reach the body, in the asked language. Asked without
// `at`, it comes from the cache (directory-cache.ts) with an ETag, kept no longer than it holds.
import type { FastifyInstance } from 'fastify';
import { declareRoute } from '../http/route.ts';
import { HttpProblem } from '../http/problems.ts';
import { channelDirectory } from './storage.ts';

// The years `at` may preview (openapi.yaml says so): the timelines' calendars and their answer's
// `until` stay real dates, which year 0 or 9999 plus two days would not.
const EARLIEST_AT = Date.parse('2000-01-01T00:00:00Z');
const LATEST_AT = Date.parse('2100-01-01T00:00:00Z');

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
      at ? channelDirectory(app.db, site, lang, instant(at)) : directories.directory(site, lang, new Date()),
  });
}

function instant(at: string): Date {
  const time = Date.parse(at);
  // A leap second (23:59:60) fits the date-time format but is no instant a Date can hold.
  if (Number.isNaN(time) || time < EARLIEST_AT || time >= LATEST_AT) {
    throw new HttpProblem(400, {
      type: 'invalid-input',
      detail: 'Some of the request is not valid; see errors.',
      errors: [{ pointer: '/query/at', message: 'must be an instant from 2000-01-01T00:00:00Z up to (not including) 2100-01-01T00:00:00Z, with seconds below 60' }],
    });
  }
  return new Date(time);
}
