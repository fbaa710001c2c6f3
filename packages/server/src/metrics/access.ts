// Who may read /metrics. With METRICS_TOKEN set: whoever sends `Authorization: Bearer <token>`.
// Without it: only a scraper on the same machine talking to the server directly (a loopback
// connection that no proxy forwarded), so a server exposed by mistake does not publish them.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/problems.ts';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function sameSecret(given: string, expected: string): boolean {
  // Hashed first so that the comparison takes the same time whatever the lengths.
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}

export function metricsAccess(token: string | undefined) {
  return async (request: FastifyRequest): Promise<void> => {
    if (token) {
      const [scheme, given] = (request.headers.authorization ?? '').split(' ');
      if (scheme?.toLowerCase() === 'bearer' && given && sameSecret(given, token)) return;
      throw new HttpProblem(401, {
        type: 'metrics-token-required',
        detail: 'The metrics need the bearer token set in METRICS_TOKEN.',
        headers: { 'www-authenticate': 'Bearer realm="metrics"' },
      });
    }
    // The socket's address, not request.ip: behind a proxy on this machine every client is loopback.
    const local = LOOPBACK.test(request.socket.remoteAddress ?? '');
    const forwarded = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
    if (local && !forwarded) return;
    throw new HttpProblem(403, {
      type: 'metrics-local-only',
      detail: 'Without METRICS_TOKEN, the metrics are served only to a direct connection from this machine.',
    });
  };
}
