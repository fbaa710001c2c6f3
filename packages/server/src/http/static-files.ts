// The demo pages (repo `demo/`) and the built kit (`packages/widgets/dist/`) under one root:
// `/` and `/gallery/` are demo pages, `/ventanilla.js` and its chunks come from the build.
// The loader is revalidated on every load; hashed chunks are cached for good. The kit's files
// go out precompressed (`.br`/`.gz` written beside them by scripts/precompress-kit.mjs) to
// browsers that accept it, as they are otherwise, and may be loaded by a page of any origin.
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config.ts';
import { sendProblem } from './problems.ts';

const LOADER = 'ventanilla.js';
// Vite names chunks `name-<8+ base64url chars>.js`.
const HASHED = /-[A-Za-z0-9_-]{8,}\.(?:js|css|mjs)$/;
const PRECOMPRESSED = /\.(?:br|gz)$/;

function cacheControlFor(filePath: string, distDir: string): string {
  const name = basename(filePath).replace(PRECOMPRESSED, '');
  if (filePath.startsWith(distDir) && name !== LOADER && HASHED.test(name)) {
    return 'public, max-age=31536000, immutable';
  }
  return 'no-cache';
}

/**
 * The kit is public code fetched without credentials, so any origin may load it: a page allowed
 * by any site (not only the default one, whose allowlist the API's CORS reads) must get the
 * loader and its chunks. `*` instead of echoing the origin also lets one cached copy serve all.
 */
function openKitToEveryOrigin(reply: FastifyReply, filePath: string, distDir: string): void {
  if (!filePath.startsWith(distDir)) return;
  reply.header('access-control-allow-origin', '*');
  reply.removeHeader('access-control-allow-credentials');
  // The answer no longer depends on Origin; @fastify/static adds Accept-Encoding back.
  reply.removeHeader('vary');
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
    // `name.br` or `name.gz` by Accept-Encoding when the build wrote them; the file itself otherwise.
    preCompressed: true,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header('cache-control', cacheControlFor(resolve(filePath), distDir));
      openKitToEveryOrigin(reply, resolve(filePath), distDir);
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
