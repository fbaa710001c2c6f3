// The kit's HTTP client for elements that also write: the reader (api-reader.ts) plus POST,
// which is retried only with an Idempotency-Key (the server answers a retry with the first result).
import { ApiReader, type CommonOptions, type Operation, type PathsWith, type SuccessOf } from './api-reader.ts';

type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type PostPath = PathsWith<'post'>;
export type PostResult<P extends PostPath> = SuccessOf<Operation<P, 'post'>>;
export interface PostOptions<P extends PostPath> extends CommonOptions<Operation<P, 'post'>> {
  /** Makes the POST safe to retry: the server answers a retry with the first result. */
  idempotencyKey?: string;
}

export class ApiClient extends ApiReader {
  post<P extends PostPath>(path: P, body: BodyOf<Operation<P, 'post'>>, options: PostOptions<P> = {}): Promise<PostResult<P>> {
    const { idempotencyKey: key } = options;
    const headers = key ? { ...options.headers, 'Idempotency-Key': key } : options.headers;
    return this.request('POST', path, body, { ...options, headers } as CommonOptions<unknown>, Boolean(key)) as Promise<PostResult<P>>;
  }
}

export { idempotencyKey } from './idempotency-key.ts';
export * from './api-errors.ts';
