// The ways a request can fail, as typed errors an element can tell apart by `kind`
// (which also works across two copies of the kit, where `instanceof` would not).
import type { Problem } from '@ventanilla/protocol';

export type ApiErrorKind = 'no-endpoint' | 'offline' | 'network' | 'timeout' | 'http' | 'invalid-response' | 'aborted';

export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  /** Whether trying the same request again later may succeed. */
  get transient(): boolean {
    return this.kind === 'offline' || this.kind === 'network' || this.kind === 'timeout';
  }
}

/** No backend is configured (npm use without an endpoint). */
export class NoEndpointError extends ApiError {
  readonly kind = 'no-endpoint' as const;
}

/** The browser says it has no connection; nothing was sent. */
export class OfflineError extends ApiError {
  readonly kind = 'offline' as const;
}

/** The request did not reach the server or the answer did not come back (DNS, refused, CORS). */
export class NetworkError extends ApiError {
  readonly kind = 'network' as const;
}

/** No answer within the time limit. */
export class TimeoutError extends ApiError {
  readonly kind = 'timeout' as const;
}

/** The caller cancelled the request (a newer one replaced it, or the element went away). */
export class AbortedError extends ApiError {
  readonly kind = 'aborted' as const;
}

/** The server answered with an error status; `problem` is its problem+json body when it sent one. */
export class HttpError extends ApiError {
  readonly kind = 'http' as const;
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(problem?.title ?? `HTTP ${status}`);
  }
  override get transient(): boolean {
    return this.status === 429 || this.status === 408 || this.status >= 500;
  }
}

/** The server answered 2xx with something that is not the expected JSON. */
export class InvalidResponseError extends ApiError {
  readonly kind = 'invalid-response' as const;
}
