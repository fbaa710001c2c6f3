// declareRoute: a route declared from its contract operation. Method, URL and input schema come
// from openapi.yaml by operationId; the handler's query, params, body and answer are typed from
// the generated `operations`; the site is resolved once for operations that take `?site=`; the
// Cache-Control of a success is declared, not set by hand:
//
//   declareRoute(app, 'listFaqTopics', {
//     cache: 'public, max-age=300',
//     handler: async ({ site, query: { lang = 'es' } }) => ({ lang, topics: await listTopics(app.db, site.id, lang) }),
//   });
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods, preHandlerAsyncHookHandler } from 'fastify';
import type { operations, queryDefaults } from '@ventanilla/protocol';
import type { SiteRecord } from '../sites/storage.ts';
import { fastifyPath, operation, routeSchema } from './contract.ts';

export type OperationId = keyof operations;

/** The contract's "none" (`never`) read as an empty object. */
type Present<T> = [T] extends [never] ? Record<never, never> : T;
type WithDefaults<T, K extends PropertyKey> = Omit<T, K> & { [P in K & keyof T]-?: Exclude<T[P], undefined> };
type Parameters<Id extends OperationId> = operations[Id]['parameters'];
type DefaultedKeys<Id extends OperationId> = Id extends keyof queryDefaults ? queryDefaults[Id] : never;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Responses<Id extends OperationId> = operations[Id]['responses'];

/** The query once validated: the contract's defaults are filled in. */
export type Query<Id extends OperationId> = WithDefaults<Present<NonNullable<Parameters<Id>['query']>>, DefaultedKeys<Id>>;
export type Params<Id extends OperationId> = Present<NonNullable<Parameters<Id>['path']>>;
export type Body<Id extends OperationId> = [NonNullable<operations[Id]['requestBody']>] extends [never]
  ? undefined
  : Json<NonNullable<operations[Id]['requestBody']>>;
/** The JSON body of the operation's success (200 or 201). */
export type Answer<Id extends OperationId> = Json<Responses<Id>[Extract<keyof Responses<Id>, 200 | 201>]>;

export type RouteInput<Id extends OperationId> = {
  query: Query<Id>;
  params: Params<Id>;
  body: Body<Id>;
  request: FastifyRequest;
  reply: FastifyReply;
} & ('site' extends keyof Query<Id> ? { site: SiteRecord } : unknown);

export interface RouteDeclaration<Id extends OperationId> {
  /** The Cache-Control of a success: one value, or chosen from the input and answer. Errors get none. */
  cache?: string | ((input: RouteInput<Id>, answer: Answer<Id>) => string);
  /** The answer's ETag, if it has one: a request whose If-None-Match names it gets a 304. */
  etag?: (input: RouteInput<Id>, answer: Answer<Id>) => string | undefined;
  /** Runs before the site is resolved, such as `requireAgent`. */
  preHandler?: preHandlerAsyncHookHandler;
  /** Returns the answer, or the reply when it sent one itself (`idempotent`, `sendProblem`). */
  handler(input: RouteInput<Id>): Promise<Answer<Id> | FastifyReply>;
}

export function declareRoute<Id extends OperationId>(app: FastifyInstance, operationId: Id, declaration: RouteDeclaration<Id>): void {
  const { method, path, parameters } = operation(operationId);
  const takesSite = parameters.some((parameter) => parameter.in === 'query' && parameter.name === 'site');
  const { cache, etag, preHandler, handler } = declaration;
  const sentItself = (answer: Answer<Id> | FastifyReply, reply: FastifyReply): answer is FastifyReply => answer === reply || reply.sent;
  app.route({
    method: method as HTTPMethods,
    url: fastifyPath(path),
    schema: routeSchema(operationId),
    ...(preHandler ? { preHandler } : {}),
    handler: async (request, reply) => {
      const site = takesSite ? { site: await app.sites.resolve(request) } : {};
      // The one place input meets its type: the contract's validator has checked it (and filled
      // in its defaults) before any handler runs.
      const input = { query: request.query, params: request.params, body: request.body, request, reply, ...site } as RouteInput<Id>;
      const answer = await handler(input);
      if (sentItself(answer, reply)) return answer;
      if (cache !== undefined) reply.header('cache-control', typeof cache === 'string' ? cache : cache(input, answer));
      const tag = etag?.(input, answer);
      if (tag !== undefined) {
        reply.header('etag', tag);
        if (notModified(request.headers['if-none-match'], tag)) return reply.code(304).send();
      }
      return answer;
    },
  });
}

/** If-None-Match's weak comparison (RFC 9110): any listed tag, W/ or not, or `*`. */
function notModified(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = tag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === opaque;
  });
}
