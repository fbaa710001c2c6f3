// Checks every response a test receives against openapi.yaml (Ajv 2020 + formats): the status
// must be declared for the operation (errors may be any problem+json the conventions allow),
// the content type must be one the contract lists, and the body must fit its schema.
import assert from 'node:assert/strict';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { contractOperations, operation, resolveRefs, type JsonSchema, type Operation } from '../src/http/contract.ts';

type Response = Awaited<ReturnType<FastifyInstance['inject']>>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const compiled = new Map<string, ValidateFunction>();

function validator(key: string, schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(resolveRefs(schema, {}));
    compiled.set(key, validate);
  }
  return validate;
}

const problemSchema = operation('getSite').responses['404']!.content!['application/problem+json']!.schema!;

/** The contract operation a method and path belong to, preferring literal paths to templates. */
export function findOperation(method: string, path: string): Operation | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const candidates = [...contractOperations().values()].filter((op) => op.method === wanted);
  const literal = candidates.find((op) => op.path === path);
  if (literal) return literal;
  return candidates.find((op) => new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
}

function assertProblem(response: Response, where: string): void {
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/, `${where}: errors are problem+json`);
  const body = response.json() as { status?: number };
  const validate = validator('Problem', problemSchema);
  assert.ok(validate(body), `${where}: not a Problem: ${ajv.errorsText(validate.errors)}`);
  assert.equal(body.status, response.statusCode, `${where}: problem.status differs from the HTTP status`);
}

export function assertMatchesContract(method: string, url: string, response: Response): void {
  const path = url.split('?')[0]!;
  if (!path.startsWith('/v1/') || method === 'OPTIONS') return;
  const where = `${method} ${path} → ${response.statusCode}`;
  const op = findOperation(method, path);
  if (!op) {
    const allowed = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((other) => findOperation(other, path));
    if (allowed.length) {
      assert.equal(response.statusCode, 405, `${where}: the path has only ${allowed.join(', ')}, so it must be a 405`);
      assert.deepEqual(String(response.headers.allow).split(', ').sort(), allowed.sort(), `${where}: Allow`);
      return assertProblem(response, where);
    }
    assert.equal(response.statusCode, 404, `${where}: not in the contract, so it must be a 404`);
    return assertProblem(response, where);
  }
  const declared = op.responses[String(response.statusCode)] ?? op.responses.default;
  if (!declared) {
    assert.ok(response.statusCode >= 400, `${where}: status not declared for ${op.operationId}`);
    return assertProblem(response, where);
  }
  if (response.statusCode === 429) assert.ok(response.headers['retry-after'], `${where}: 429 without Retry-After`);
  const contentType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim();
  if (!declared.content) {
    assert.equal(response.body, '', `${where}: the contract declares no body`);
    return;
  }
  const media = declared.content[contentType];
  assert.ok(media, `${where}: content type "${contentType}" not in [${Object.keys(declared.content).join(', ')}]`);
  if (method === 'HEAD' || !media.schema) return;
  const validate = validator(`${op.operationId} ${response.statusCode} ${contentType}`, media.schema);
  const body: unknown = response.json();
  assert.ok(validate(body), `${where}: body drifts from the contract: ${ajv.errorsText(validate.errors)}\n${response.body.slice(0, 500)}`);
  if (contentType === 'application/problem+json') assertProblem(response, where);
}

/** `app.inject`, with every /v1 response checked against the contract. */
export function contractClient(app: FastifyInstance) {
  return async (options: InjectOptions & { url: string }, { contract = true } = {}): Promise<Response> => {
    const response = await app.inject(options);
    if (contract) assertMatchesContract((options.method ?? 'GET').toUpperCase(), options.url, response);
    return response;
  };
}
