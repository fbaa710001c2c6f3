// The demo pages (repo `demo/`) and the built kit (`packages/widgets/dist/`) under one root:
// `/` and `/gallery/` are demo pages, `/ventanilla.js` and its chunks come from the build.
// The loader is revalidated on every load; hashed chunks are cached for good.
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config.ts';
import { sendProblem } from './problems.ts';

const LOADER = 'ventanilla.js';
// Vite names chunks `name-<8+ base64url chars>.js`.
const HASHED = /-[A-Za-z0-9_-]{8,}\.(?:js|css|mjs)$/;

function cacheControlFor(filePath: string, distDir: string): string {
  if (filePath.startsWith(distDir) && basename(filePath) !== LOADER && HASHED.test(basename(filePath))) {
    return 'public, max-age=31536000, immutable';
  }
  return 'no-cache';
}

export async function registerStaticFiles(app: FastifyInstance, config: Config): Promise<void> {
  const demoDir = resolve(config.demoDir);
  const distDir = resolve(config.widgetsDistDir);
  await app.register(fastifyStatic, {
    root: config.serveDemo ? [demoDir, distDir] : [distDir],
    prefix: '/',
    cacheControl: false,
    // The build may appear after the server starts; a missing folder is not an error.
    wildcard: true,
    suppressWarning: true,
    // `/gallery` → `/gallery/`, so that the page's relative links resolve.
    redirect: true,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header('cache-control', cacheControlFor(resolve(filePath), distDir));
    },
  });
  app.get(`/${LOADER}`, (_request, reply) => {
    if (!existsSync(join(distDir, LOADER))) {
      return sendProblem(reply, 503, {
        type: 'widgets-not-built',
        title: 'The widgets are not built',
        detail: 'packages/widgets/dist/ventanilla.js is missing: run `npm run build` and reload.',
      });
    }
    return reply.sendFile(LOADER, distDir);
  });
}
