// Answers a client cannot get from the real server whenever a test wants: a rate limit already
// reached (from the limited server), and 5xx answers (stood in by the test runner's browser).
import { executeServerCommand } from '@web/test-runner-commands';

/** Spends the limited server's requests for this minute; resolves with its 429's Retry-After, in seconds. */
export async function exhaustRateLimit(limitedEndpoint: string): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    // Any rate-limited route: health checks are never limited.
    const response = await fetch(`${limitedEndpoint}/v1/faq/topics`, { cache: 'no-store' });
    if (response.status === 429) return Number(response.headers.get('Retry-After'));
  }
  throw new Error(`${limitedEndpoint} never answered 429`);
}

/**
 * The next `times` requests for paths ending in `pathEnd` are answered `status` with `headers`
 * by the browser itself: the real server gives no 5xx on demand. Undone by `unblockRequests`.
 */
export async function answerWith(pathEnd: string, status: number, { headers = {}, times = 1 }: { headers?: Record<string, string>; times?: number } = {}): Promise<void> {
  await executeServerCommand('vn-fail-requests', { pathEnd, status, headers, times });
}
