// The kit's HTTP client for reading, typed on the contract's paths: GET requests, retried with
// exponential backoff and jitter after transient failures. No cookies, no storage. Elements
// that also write use ApiClient (api-client.ts), which adds POST.
import type { paths } from '@ventanilla/protocol';
import {
  AbortedError,
  type ApiError,
  HttpError,
  InvalidResponseError,
  NetworkError,
  NoEndpointError,
  OfflineError,
  TimeoutError,
} from './api-errors.ts';

export type Method = 'get' | 'post';
export type PathsWith<M extends Method> = {
  [P in keyof paths]-?: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];
export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? ([Q] extends [undefined] ? never : NonNullable<Q>) : never;
type PathParamsOf<O> = O extends { parameters: { path: infer T } } ? ([T] extends [undefined] ? never : NonNullable<T>) : never;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : R extends { content?: never } ? undefined : never;
export type SuccessOf<O> = O extends { responses: infer R } ? { [S in keyof R]: S extends 200 | 201 | 202 | 204 ? JsonOf<R[S]> : never }[keyof R] : never;

export type GetPath = PathsWith<'get'>;
/** The JSON body of a successful GET of `P`. */
export type GetResult<P extends GetPath> = SuccessOf<Operation<P, 'get'>>;

export interface CommonOptions<O> {
  query?: QueryOf<O>;
  path?: PathParamsOf<O>;
  signal?: AbortSignal;
  /** Checks the shape of a 2xx body; a `false` makes the request fail as an invalid response. */
  validate?: (body: unknown) => boolean;
  headers?: Record<string, string>;
}
export type GetOptions<P extends GetPath> = CommonOptions<Operation<P, 'get'>>;
export interface ApiClientOptions {
  /** The backend's base URL (the one `/v1/...` paths hang from). */
  endpoint: string | undefined;
  /** Time limit per attempt. */
  timeoutMs?: number;
  /** Extra attempts for idempotent requests after a transient failure. */
  retries?: number;
  /** First backoff delay; doubles each attempt, with full jitter. */
  backoffMs?: number;
  /** The longest Retry-After waited out; a longer one fails the request at once. */
  maxRetryAfterMs?: number;
  fetch?: typeof fetch;
}

const cancelled = (cause?: unknown) => new AbortedError('The request was cancelled.', { cause });
const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export class ApiReader {
  readonly endpoint: string | undefined;
  readonly #timeoutMs: number;
  readonly #retries: number;
  readonly #backoffMs: number;
  readonly #maxRetryAfterMs: number;
  readonly #fetch: typeof fetch;

  constructor({ endpoint, timeoutMs = 10_000, retries = 2, backoffMs = 400, maxRetryAfterMs = 5_000, fetch: fetchImpl }: ApiClientOptions) {
    this.endpoint = endpoint?.replace(/\/+$/, '');
    this.#timeoutMs = timeoutMs;
    this.#retries = retries;
    this.#backoffMs = backoffMs;
    this.#maxRetryAfterMs = maxRetryAfterMs;
    this.#fetch = fetchImpl ?? ((input, init) => fetch(input, init));
  }

  get<P extends GetPath>(path: P, options: GetOptions<P> = {}): Promise<GetResult<P>> {
    return this.request('GET', path, undefined, options as CommonOptions<unknown>, true) as Promise<GetResult<P>>;
  }

  /** The absolute URL of a contract path with its path and query parameters. */
  url(path: string, params: object = {}, query: object = {}): string {
    if (!this.endpoint) throw new NoEndpointError('No endpoint is configured.');
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String((params as Record<string, unknown>)[name] ?? '')));
    const url = new URL(this.endpoint + filled);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
    }
    return url.href;
  }

  /** One request with its retries; `idempotent` ones (GET, keyed POST) are retried after transient failures. */
  protected async request(method: string, path: string, body: unknown, options: CommonOptions<unknown>, idempotent: boolean): Promise<unknown> {
    const url = this.url(path, options.path, options.query);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#attempt(method, url, body, options);
      } catch (error) {
        const failure = error as ApiError;
        if (!idempotent || attempt >= this.#retries || !failure.transient || failure.kind === 'offline') throw failure;
        const delay = this.#delay(attempt, failure);
        // The server asks for a longer wait than a citizen should sit through: the element says so now.
        if (delay === undefined) throw failure;
        await this.#wait(delay, options.signal);
      }
    }
  }

  async #attempt(method: string, url: string, body: unknown, { signal: callerSignal, headers, validate }: CommonOptions<unknown>): Promise<unknown> {
    if (callerSignal?.aborted) throw cancelled();
    if (isOffline()) throw new OfflineError('The browser is offline.');
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    // Why a request failed: the caller gave up, the time ran out, or (otherwise) `other`.
    const failure = (cause: unknown, other: () => ApiError) =>
      callerSignal?.aborted ? cancelled(cause) : timeout.aborted ? new TimeoutError('The answer did not arrive in time.', { cause }) : other();
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method,
        headers: { Accept: 'application/json, application/problem+json', ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        mode: 'cors',
        signal: callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout,
      });
    } catch (error) {
      throw failure(error, () =>
        isOffline() ? new OfflineError('The browser is offline.', { cause: error }) : new NetworkError('The server could not be reached.', { cause: error }),
      );
    }
    if (!response.ok) throw await httpFailure(response);
    if (response.status === 204) return undefined;
    let json: unknown;
    try {
      if (!/^application\/([\w.+-]+\+)?json\b/i.test(response.headers.get('Content-Type') ?? '')) throw new Error('not JSON');
      json = await response.json();
    } catch (error) {
      throw failure(error, () => new InvalidResponseError(`The answer from ${url} is not JSON.`, { cause: error }));
    }
    if (validate && !validate(json)) throw new InvalidResponseError(`The answer from ${url} does not have the expected shape.`);
    return json;
  }

  /**
   * Exponential backoff with jitter (half fixed, half random); a server's Retry-After comes first,
   * and one longer than the cap gives undefined: no retry.
   */
  #delay(attempt: number, failure: ApiError): number | undefined {
    const retryAfter = (failure as HttpError).retryAfterSeconds;
    if (retryAfter !== undefined) return retryAfter * 1000 <= this.#maxRetryAfterMs ? retryAfter * 1000 : undefined;
    const ceiling = this.#backoffMs * 2 ** attempt;
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  #wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(cancelled());
      const onAbort = () => {
        clearTimeout(timer);
        reject(cancelled());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

async function httpFailure(response: Response): Promise<HttpError> {
  let problem: HttpError['problem'];
  if (/problem\+json|application\/json/i.test(response.headers.get('Content-Type') ?? '')) {
    try {
      const body = (await response.json()) as Record<string, unknown>;
      if (body && typeof body.title === 'string' && typeof body.status === 'number') problem = body as unknown as HttpError['problem'];
    } catch {
      // A broken error body still leaves a usable status.
    }
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new HttpError(response.status, problem, Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined);
}

