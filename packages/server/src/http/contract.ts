// The contract (packages/protocol/openapi.yaml) read once, and turned into Fastify route schemas
// so that every route validates its input from the contract itself (route.ts's declareRoute
// takes each route's method, URL and `routeSchema(operationId)` from here).
// `$ref`s are resolved inline; parameters become `querystring`, `params` and `headers` schemas,
// and a JSON request body becomes `body`. Responses are not serialized through schemas: the
// tests validate every response against the contract instead (test/contract.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { nulFaults } from './input-checks.ts';

export type JsonSchema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }>; headers?: Record<string, unknown> }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];

const contractUrl = new URL('../../../protocol/openapi.yaml', import.meta.url);

/** Replaces every local `$ref` by a copy of its target (the contract has no recursive schemas). */
export function resolveRefs<T>(node: T, root: unknown, depth = 0): T {
  if (depth > 64) throw new Error('openapi.yaml: $ref nesting too deep (a cycle?)');
  if (Array.isArray(node)) return node.map((item) => resolveRefs(item, root, depth + 1)) as T;
  if (!node || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as Record<string, unknown>;
  if (typeof $ref === 'string') {
    if (!$ref.startsWith('#/')) throw new Error(`openapi.yaml: only local $refs are supported, not ${$ref}`);
    const target = $ref
      .slice(2)
      .split('/')
      .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], root);
    if (target === undefined) throw new Error(`openapi.yaml: ${$ref} points at nothing`);
    // Sibling keywords (a description beside the $ref) win over the target's.
    return { ...resolveRefs(target as object, root, depth + 1), ...resolveRefs(rest, root, depth + 1) } as T;
  }
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, resolveRefs(value, root, depth + 1)])) as T;
}

interface ContractDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema> };
}

let documentCache: ContractDocument | undefined;

/** openapi.yaml with every `$ref` resolved, read once. */
function contractDocument(): ContractDocument {
  if (!documentCache) {
    const document = parse(readFileSync(contractUrl, 'utf8')) as ContractDocument;
    documentCache = resolveRefs(document, document);
  }
  return documentCache;
}

/** One of the contract's named schemas (`Slug`, `Lang`…), for checks outside a route. */
export function contractSchema(name: string): JsonSchema {
  const schema = contractDocument().components.schemas[name];
  if (!schema) throw new Error(`openapi.yaml has no schema "${name}"`);
  return schema;
}

function loadOperations(): Map<string, Operation> {
  const resolved = contractDocument();
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(resolved.paths)) {
    const shared = (item.parameters as Parameter[] | undefined) ?? [];
    for (const method of METHODS) {
      const operation = item[method] as Omit<Operation, 'method' | 'path'> | undefined;
      if (!operation) continue;
      operations.set(operation.operationId, {
        ...operation,
        method: method.toUpperCase(),
        path,
        parameters: [...shared, ...(operation.parameters ?? [])],
        responses: operation.responses ?? {},
      });
    }
  }
  return operations;
}

let cache: Map<string, Operation> | undefined;

/** Every operation of the contract, by operationId. */
export function contractOperations(): Map<string, Operation> {
  cache ??= loadOperations();
  return cache;
}

export function operation(operationId: string): Operation {
  const found = contractOperations().get(operationId);
  if (!found) throw new Error(`openapi.yaml has no operation "${operationId}"`);
  return found;
}

/** `/v1/faq/articles/{articleId}` → `/v1/faq/articles/:articleId` */
export function fastifyPath(contractPath: string): string {
  return contractPath.replace(/\{([^}]+)\}/g, ':$1');
}

function parameterSchema(parameters: Parameter[], location: Parameter['in']): JsonSchema | undefined {
  const selected = parameters.filter((parameter) => parameter.in === location);
  if (!selected.length) return undefined;
  // Header names are case-insensitive; Node hands them to us in lower case.
  const key = (name: string) => (location === 'header' ? name.toLowerCase() : name);
  return {
    type: 'object',
    properties: Object.fromEntries(selected.map((parameter) => [key(parameter.name), parameter.schema ?? {}])),
    required: selected.filter((parameter) => parameter.required || location === 'path').map((parameter) => key(parameter.name)),
  };
}

/** The Fastify route schema of one contract operation: what its input must look like. */
export function routeSchema(operationId: string): FastifySchema {
  const op = operation(operationId);
  const schema: FastifySchema = { operationId } as FastifySchema;
  const querystring = parameterSchema(op.parameters, 'query');
  const params = parameterSchema(op.parameters, 'path');
  const headers = parameterSchema(op.parameters, 'header');
  if (querystring) schema.querystring = querystring;
  if (params) schema.params = params;
  if (headers) schema.headers = headers;
  const body = op.requestBody?.content['application/json']?.schema;
  if (body) schema.body = body;
  return schema;
}

function newAjv(coerceTypes: boolean | 'array') {
  // allErrors so a form learns every faulty field at once; bodies are capped at 64 KB.
  const ajv = new Ajv2020({ coerceTypes, useDefaults: true, allErrors: true, strict: false, removeAdditional: false });
  addFormats.default(ajv);
  return ajv;
}

/**
 * Fastify's validator compiler: parameters arrive as strings and are coerced to the contract's
 * types; JSON bodies are validated as sent (a string is never taken for a number or a boolean).
 */
export function contractValidatorCompiler(): FastifySchemaCompiler<JsonSchema> {
  const forParameters = newAjv('array');
  const forBodies = newAjv(false);
  return ({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? forBodies : forParameters).compile(schema);
    // Every text input of every route, checked for NUL here once (see input-checks.ts).
    const check = (data: unknown): boolean => {
      const valid = validate(data);
      const faults = nulFaults(data);
      check.errors = [...(valid ? [] : (validate.errors ?? [])), ...faults] as FastifySchemaValidationError[];
      return valid && !faults.length;
    };
    check.errors = [] as FastifySchemaValidationError[];
    return check;
  };
}
