// The client against the real reference server (and a port where nothing listens); 5xx answers,
// which the real server gives on no request, are stood in by the test runner's browser.
import { expect } from '@open-wc/testing';
import { downEndpoint, endpoint, limitedEndpoint } from '../../../../test/browser/helpers/env.ts';
import { goOffline, goOnline, unblockRequests } from '../../../../test/browser/helpers/network.ts';
import { answerWith, exhaustRateLimit } from '../../../../test/browser/helpers/server-errors.ts';
import { ApiClient, ApiError, HttpError, idempotencyKey } from './api-client.ts';

/** The real fetch, counted: how many attempts the client made and with what options. */
function countingFetch() {
  const calls: RequestInit[] = [];
  const counted: typeof fetch = (input, init) => {
    calls.push(init ?? {});
    return fetch(input, init);
  };
  return { calls, fetch: counted };
}

/** The longest Retry-After the client waits out by default (docs/protocol.md, "Rate limits"). */
const RETRY_AFTER_CAP_MS = 5_000;

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('ApiClient', () => {
  it('GETs a typed directory from the server, without cookies', async () => {
    const counted = countingFetch();
    const client = new ApiClient({ endpoint: `${endpoint}/`, fetch: counted.fetch });
    const directory = await client.get('/v1/channels', { query: { lang: 'en' } });
    expect(directory.site).to.equal('villaverde');
    expect(directory.lang).to.equal('en');
    expect(directory.channels.length).to.be.greaterThan(0);
    expect(counted.calls[0]!.credentials).to.equal('omit');
  });

  it('turns a problem+json answer into an HttpError with the problem, not retried', async () => {
    const counted = countingFetch();
    const client = new ApiClient({ endpoint, fetch: counted.fetch, backoffMs: 1 });
    // An invalid language is refused by the server's validation of the contract.
    const error = await failure(client.get('/v1/channels', { query: { lang: 'xx' as 'es' } }));
    expect(error.kind).to.equal('http');
    expect((error as HttpError).status).to.equal(400);
    expect((error as HttpError).problem?.status).to.equal(400);
    expect(error.transient).to.equal(false);
    expect(counted.calls).to.have.length(1);
  });

  it('retries a GET that cannot reach the server, then fails as a network error', async () => {
    const counted = countingFetch();
    const client = new ApiClient({ endpoint: downEndpoint, fetch: counted.fetch, retries: 2, backoffMs: 10 });
    const error = await failure(client.get('/v1/channels'));
    expect(error.kind).to.equal('network');
    expect(counted.calls).to.have.length(3);
  });

  it('does not retry a POST without an Idempotency-Key, and retries one with a key', async () => {
    const plain = countingFetch();
    await failure(new ApiClient({ endpoint: downEndpoint, fetch: plain.fetch, backoffMs: 1 }).post('/v1/faq/articles/{articleId}/feedback', { helpful: true }, { path: { articleId: 'x' } }));
    expect(plain.calls).to.have.length(1);
    const keyed = countingFetch();
    const key = idempotencyKey();
    await failure(new ApiClient({ endpoint: downEndpoint, fetch: keyed.fetch, backoffMs: 1 }).post('/v1/faq/articles/{articleId}/feedback', { helpful: true }, { path: { articleId: 'x' }, idempotencyKey: key }));
    expect(keyed.calls).to.have.length(3);
    expect(keyed.calls.every((call) => (call.headers as Record<string, string>)['Idempotency-Key'] === key)).to.equal(true);
  });

  describe('429, 5xx and Retry-After', () => {
    afterEach(() => unblockRequests());

    it('gives up at once on the real server’s 429 when its Retry-After is longer than the cap', async () => {
      const retryAfter = await exhaustRateLimit(limitedEndpoint);
      expect(retryAfter * 1000, 'the limited server asks for a longer wait than the cap').to.be.greaterThan(RETRY_AFTER_CAP_MS);
      const counted = countingFetch();
      const started = performance.now();
      const error = await failure(new ApiClient({ endpoint: limitedEndpoint, fetch: counted.fetch }).get('/v1/channels'));
      expect(error.kind).to.equal('http');
      expect((error as HttpError).status).to.equal(429);
      expect((error as HttpError).problem?.status).to.equal(429);
      expect((error as HttpError).retryAfterSeconds).to.be.greaterThan(RETRY_AFTER_CAP_MS / 1000);
      expect(counted.calls, 'no second attempt').to.have.length(1);
      expect(performance.now() - started, 'no waiting').to.be.lessThan(RETRY_AFTER_CAP_MS);
    });

    for (const status of [429, 503]) {
      it(`waits out a short Retry-After of a ${status}, then gets the real answer`, async () => {
        await answerWith('/v1/channels', status, { headers: { 'Retry-After': '1' } });
        const counted = countingFetch();
        const started = performance.now();
        const directory = await new ApiClient({ endpoint, fetch: counted.fetch, backoffMs: 1 }).get('/v1/channels');
        expect(directory.channels.length).to.be.greaterThan(0);
        expect(counted.calls).to.have.length(2);
        expect(performance.now() - started, 'the second attempt waited a second').to.be.at.least(1000);
      });
    }

    it('gives up at once on a 503 whose Retry-After is longer than the cap', async () => {
      await answerWith('/v1/channels', 503, { headers: { 'Retry-After': String(RETRY_AFTER_CAP_MS / 1000 + 1) } });
      const counted = countingFetch();
      const error = await failure(new ApiClient({ endpoint, fetch: counted.fetch, backoffMs: 1 }).get('/v1/channels'));
      expect((error as HttpError).status).to.equal(503);
      expect((error as HttpError).retryAfterSeconds).to.equal(RETRY_AFTER_CAP_MS / 1000 + 1);
      expect(counted.calls).to.have.length(1);
    });

    it('retries a 5xx without Retry-After with backoff, then fails with it', async () => {
      await answerWith('/v1/channels', 502, { times: 3 });
      const counted = countingFetch();
      const error = await failure(new ApiClient({ endpoint, fetch: counted.fetch, retries: 2, backoffMs: 10 }).get('/v1/channels'));
      expect((error as HttpError).status).to.equal(502);
      expect(error.transient).to.equal(true);
      expect(counted.calls).to.have.length(3);
    });
  });

  it('gives up after its time limit with a timeout error', async () => {
    const error = await failure(new ApiClient({ endpoint, timeoutMs: 1, retries: 0 }).get('/v1/channels'));
    expect(error.kind).to.equal('timeout');
  });

  it('is cancelled by the caller’s signal (a newer request replaced it)', async () => {
    const controller = new AbortController();
    const pending = new ApiClient({ endpoint }).get('/v1/channels', { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).kind).to.equal('aborted');
  });

  it('reports an answer that is not JSON as an invalid response', async () => {
    // A static HTML file of the test server stands where the API should be.
    const client = new ApiClient({ endpoint: `${location.origin}/test/browser/fixtures/static-api`, retries: 0 });
    const error = await failure(client.get('/v1/channels.html' as '/v1/channels'));
    expect(error.kind).to.equal('invalid-response');
  });

  it('reports a JSON answer of the wrong shape as an invalid response', async () => {
    const client = new ApiClient({ endpoint });
    const error = await failure(client.get('/v1/channels', { validate: (body) => Array.isArray(body) }));
    expect(error.kind).to.equal('invalid-response');
  });

  it('fails at once, without a request, when the browser is offline', async () => {
    const counted = countingFetch();
    goOffline();
    try {
      const error = await failure(new ApiClient({ endpoint, fetch: counted.fetch }).get('/v1/channels'));
      expect(error.kind).to.equal('offline');
      expect(error.transient).to.equal(true);
    } finally {
      goOnline();
    }
    expect(counted.calls).to.have.length(0);
  });

  it('without an endpoint, fails with no-endpoint', async () => {
    expect(() => new ApiClient({ endpoint: undefined }).url('/v1/channels')).to.throw(ApiError);
  });

  it('fills path parameters and drops empty query values', () => {
    const client = new ApiClient({ endpoint: 'https://api.example.org/base/' });
    expect(client.url('/v1/faq/articles/{articleId}', { articleId: 'a b' }, { lang: 'es', site: undefined, q: '' })).to.equal('https://api.example.org/base/v1/faq/articles/a%20b?lang=es');
  });
});
