// Every error the server answers is an RFC 9457 problem (`application/problem+json`), built here.
// Routes throw `new HttpProblem(...)`; the handlers installed by `installProblemHandlers` turn that,
// invalid input, Fastify's own errors (413, 415, 429, bad JSON) and anything unexpected into one.
//
// Invalid input lists each fault in `errors: [{ pointer, message }]`. `pointer` is a JSON Pointer
// into the request seen as { query, path, headers, body }: `/query/lang`, `/path/articleId`,
// `/headers/idempotency-key`, `/body/fields/email`.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@ventanilla/protocol';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

type FieldError = NonNullable<Problem['errors']>[number];

export interface ProblemInit {
  /** A short, stable slug for programs (`unknown-site`); `about:blank` when the status says it all. */
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Cannot process this request',
  429: 'Too many requests',
  431: 'Request headers too large',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** An error a route throws on purpose; its text is shown to the client as is. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly init: ProblemInit;
  constructor(status: number, init: ProblemInit = {}) {
    super(init.detail ?? init.title ?? TITLES[status] ?? 'Error');
    this.status = status;
    this.init = init;
  }
}

function problemBody(status: number, init: ProblemInit = {}): Problem {
  const body: Problem = {
    type: init.type ? `urn:ventanilla:problem:${init.type}` : 'about:blank',
    title: init.title ?? TITLES[status] ?? 'Error',
    status,
  };
  if (init.detail) body.detail = init.detail;
  if (init.errors?.length) body.errors = init.errors;
  return body;
}

export function sendProblem(reply: FastifyReply, status: number, init: ProblemInit = {}): FastifyReply {
  for (const [name, value] of Object.entries(init.headers ?? {})) reply.header(name, value);
  return reply.code(status).type(PROBLEM_TYPE).send(JSON.stringify(problemBody(status, init)));
}

const LOCATIONS: Record<string, string> = { querystring: 'query', params: 'path', headers: 'headers', body: 'body' };

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns Ajv's errors into `{ pointer, message }`, pointing at the field itself. */
function fieldErrors(context: string | undefined, errors: readonly AjvError[]): FieldError[] {
  const base = `/${LOCATIONS[context ?? 'body'] ?? 'body'}`;
  return errors.map((error) => {
    let pointer = base + error.instancePath;
    const child = error.params.missingProperty ?? error.params.additionalProperty;
    if (typeof child === 'string') pointer += `/${child.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') message = 'is not allowed';
    if (error.keyword === 'required') message = 'is required';
    if (error.keyword === 'enum' && Array.isArray(error.params.allowedValues)) {
      message = `must be one of: ${error.params.allowedValues.join(', ')}`;
    }
    return { pointer, message };
  });
}

// Fastify's own client errors whose messages are safe and useful to show.
const CLIENT_ERROR_CODES = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_ERR_CTP_INVALID_MEDIA_TYPE',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_ERR_CTP_INVALID_CONTENT_LENGTH',
  'FST_ERR_CTP_EMPTY_TYPE',
  'FST_ERR_CTP_INVALID_TYPE',
  'FST_ERR_CTP_INVALID_JSON_BODY',
]);

function toProblem(error: FastifyError): { status: number; init: ProblemInit } {
  if (error instanceof HttpProblem) return { status: error.status, init: error.init };
  if (error.validation) {
    return {
      status: 400,
      init: {
        type: 'invalid-input',
        detail: 'Some of the request is not valid; see errors.',
        errors: fieldErrors(error.validationContext, error.validation as AjvError[]),
      },
    };
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return { status, init: { type: 'too-large', detail: 'The request body is larger than this server accepts.' } };
  if (status === 429) return { status, init: { type: 'rate-limited', detail: error.message } };
  if (status >= 400 && status < 500) {
    // JSON.parse's syntax errors carry no code but a 400 status and a harmless message.
    const safe = (error.code && CLIENT_ERROR_CODES.has(error.code)) || error instanceof SyntaxError;
    return { status, init: safe ? { detail: error.message } : {} };
  }
  return { status: 500, init: { detail: 'Something went wrong on our side. Please try again later.' } };
}

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, init } = toProblem(error);
    // Logged through request-log.ts's `err` serializer: the class and code, never the message.
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, status, init);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = app.routeTable.filter((route) => route.operationId !== undefined && routePattern(route.url).test(path)).map((route) => route.method);
    // OPTIONS is CORS's: a preflight it refuses stays a plain 404, with nothing to go on.
    if (allowed.length && request.method !== 'OPTIONS') {
      return sendProblem(reply, 405, { detail: `${path} answers ${allowed.join(', ')}, not ${request.method}.`, headers: { allow: allowed.join(', ') } });
    }
    return sendProblem(reply, 404, { detail: `Nothing here: ${request.method} ${path}` });
  });
}

const patterns = new Map<string, RegExp>();

/** `/v1/faq/articles/:articleId` as a regular expression matching its paths. */
function routePattern(url: string): RegExp {
  let pattern = patterns.get(url);
  if (!pattern) {
    pattern = new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`);
    patterns.set(url, pattern);
  }
  return pattern;
}

/** Fastify's `frameworkErrors`: a URL the router cannot read (`GET /%`) is a 400 problem. */
export function frameworkProblem(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  sendProblem(reply, status, { type: 'invalid-url', detail: 'The URL is not valid.' });
}

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses before any route (headers too
 * large, a request that is not HTTP, a client too slow) is answered with a problem on the socket.
 */
export function clientErrorProblem(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const detail =
    status === 431 ? 'The request line and headers are larger than this server accepts.' : status === 408 ? 'The request took too long to arrive.' : 'This is not an HTTP request this server can read.';
  const body = JSON.stringify(problemBody(status, { detail }));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
