// The kit's HTTP client, typed on the contract's paths. Idempotent requests (GET, and POST
// with an Idempotency-Key) are retried with exponential backoff and jitter; nothing else is.
// No cookies, no storage.
import type { paths } from '@ventanilla/protocol';
import {
  AbortedError,
  ApiError,
  HttpError,
  InvalidResponseError,
  NetworkError,
  NoEndpointError,
  OfflineError,
  TimeoutError,
} from './api-errors.ts';

type Method = 'get' | 'post';
type PathsWith<M extends Method> = {
  [P in keyof paths]-?: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? ([Q] extends [undefined] ? never : NonNullable<Q>) : never;
type PathParamsOf<O> = O extends { parameters: { path: infer T } } ? ([T] extends [undefined] ? never : NonNullable<T>) : never;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : R extends { content?: never } ? undefined : never;
type SuccessOf<O> = O extends { responses: infer R } ? { [S in keyof R]: S extends 200 | 201 | 202 | 204 ? JsonOf<R[S]> : never }[keyof R] : never;

export type GetPath = PathsWith<'get'>;
export type PostPath = PathsWith<'post'>;
/** The JSON body of a successful GET of `P`. */
export type GetResult<P extends GetPath> = SuccessOf<Operation<P, 'get'>>;
export type PostResult<P extends PostPath> = SuccessOf<Operation<P, 'post'>>;

interface CommonOptions<O> {
  query?: QueryOf<O>;
  path?: PathParamsOf<O>;
  signal?: AbortSignal;
  /** Checks the shape of a 2xx body; a `false` makes the request fail as an invalid response. */
  validate?: (body: unknown) => boolean;
  headers?: Record<string, string>;
}
export type GetOptions<P extends GetPath> = CommonOptions<Operation<P, 'get'>>;
export interface PostOptions<P extends PostPath> extends CommonOptions<Operation<P, 'post'>> {
  /** Makes the POST safe to retry: the server answers a retry with the first result. */
  idempotencyKey?: string;
}

export interface ApiClientOptions {
  /** The backend's base URL (the one `/v1/...` paths hang from). */
  endpoint: string | undefined;
  /** Time limit per attempt. */
  timeoutMs?: number;
  /** Extra attempts for idempotent requests after a transient failure. */
  retries?: number;
  /** First backoff delay; doubles each attempt, with full jitter. */
  backoffMs?: number;
  /** Cap on a server's Retry-After honoured before giving up. */
  maxRetryAfterMs?: number;
  fetch?: typeof fetch;
}

const DEFAULTS = { timeoutMs: 10_000, retries: 2, backoffMs: 400, maxRetryAfterMs: 5_000 };

export class ApiClient {
  readonly endpoint: string | undefined;
  private readonly options: Required<Omit<ApiClientOptions, 'endpoint' | 'fetch'>>;
  private readonly fetchImpl: typeof fetch;

  constructor(options: ApiClientOptions) {
    this.endpoint = options.endpoint?.replace(/\/+$/, '');
    this.options = {
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      retries: options.retries ?? DEFAULTS.retries,
      backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs,
    };
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  get<P extends GetPath>(path: P, options: GetOptions<P> = {}): Promise<GetResult<P>> {
    return this.request('GET', path, undefined, options as CommonOptions<unknown>, true) as Promise<GetResult<P>>;
  }

  post<P extends PostPath>(path: P, body: BodyOf<Operation<P, 'post'>>, options: PostOptions<P> = {}): Promise<PostResult<P>> {
    const headers = { ...options.headers };
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    return this.request('POST', path, body, { ...options, headers } as CommonOptions<unknown>, Boolean(options.idempotencyKey)) as Promise<PostResult<P>>;
  }

  /** The absolute URL of a contract path with its path and query parameters. */
  url(path: string, params: object = {}, query: object = {}): string {
    if (!this.endpoint) throw new NoEndpointError('No endpoint is configured.');
    const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String((params as Record<string, unknown>)[name] ?? '')),
    );
    const url = new URL(this.endpoint + filled);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
    }
    return url.href;
  }

  private async request(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    options: CommonOptions<unknown>,
    idempotent: boolean,
  ): Promise<unknown> {
    const url = this.url(path, options.path ?? {}, options.query ?? {});
    const attempts = idempotent ? this.options.retries + 1 : 1;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(method, url, body, options);
      } catch (error) {
        const failure = error as ApiError;
        if (attempt + 1 >= attempts || !failure.transient || failure.kind === 'offline') throw failure;
        await this.wait(this.delay(attempt, failure), options.signal);
      }
    }
  }

  private async attempt(method: string, url: string, body: unknown, options: CommonOptions<unknown>): Promise<unknown> {
    if (options.signal?.aborted) throw new AbortedError('The request was cancelled.');
    if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new OfflineError('The browser is offline.');
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        mode: 'cors',
        signal,
      });
    } catch (error) {
      throw this.fetchFailure(error, options.signal, timeout);
    }
    if (!response.ok) throw await this.httpFailure(response);
    if (response.status === 204) return undefined;
    let json: unknown;
    try {
      if (!/^application\/([\w.+-]+\+)?json\b/i.test(response.headers.get('Content-Type') ?? '')) throw new Error('not JSON');
      json = await response.json();
    } catch (error) {
      if (options.signal?.aborted) throw new AbortedError('The request was cancelled.');
      if (timeout.aborted) throw new TimeoutError('The answer did not arrive in time.');
      throw new InvalidResponseError(`The answer from ${url} is not JSON.`, { cause: error });
    }
    if (options.validate && !options.validate(json)) throw new InvalidResponseError(`The answer from ${url} does not have the expected shape.`);
    return json;
  }

  private fetchFailure(error: unknown, callerSignal: AbortSignal | undefined, timeout: AbortSignal): ApiError {
    if (callerSignal?.aborted) return new AbortedError('The request was cancelled.', { cause: error });
    if (timeout.aborted) return new TimeoutError('The answer did not arrive in time.', { cause: error });
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return new OfflineError('The browser is offline.', { cause: error });
    return new NetworkError('The server could not be reached.', { cause: error });
  }

  private async httpFailure(response: Response): Promise<HttpError> {
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

  /** Exponential backoff with jitter (half fixed, half random); a server's Retry-After (capped) comes first. */
  private delay(attempt: number, failure: ApiError): number {
    if (failure instanceof HttpError && failure.retryAfterSeconds !== undefined) {
      return Math.min(failure.retryAfterSeconds * 1000, this.options.maxRetryAfterMs);
    }
    const ceiling = this.options.backoffMs * 2 ** attempt;
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  private wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new AbortedError('The request was cancelled.'));
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new AbortedError('The request was cancelled.'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/** A fresh idempotency key for one create, reused by all its retries. */
export function idempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID only exists in secure contexts; plain-http pages still need unique keys.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export * from './api-errors.ts';
