// What the contract's schemas cannot say about input: text is UTF-8 without NUL characters.
// PostgreSQL's text refuses U+0000, and a percent-encoding or body that is not UTF-8 would be
// silently turned into U+FFFD; both are refused as 400 problems before any route reads them.
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problems.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Ajv-shaped faults for every string (or key) holding U+0000, at its JSON Pointer. */
export function nulFaults(data: unknown, path = ''): { instancePath: string; keyword: string; message: string; params: Record<string, unknown> }[] {
  if (typeof data === 'string') {
    return data.includes('\u0000') ? [{ instancePath: path, keyword: 'nul', message: 'must not contain the NUL character (U+0000)', params: {} }] : [];
  }
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const pointer = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    return [...(key.includes('\u0000') ? nulFaults(key, pointer) : []), ...nulFaults(value, pointer)];
  });
}

function decodes(component: string): boolean {
  try {
    decodeURIComponent(component.replaceAll('+', ' '));
    return true;
  } catch {
    return false;
  }
}

export function registerInputChecks(app: FastifyInstance): void {
  // After CORS and the rate limit, so that the refusal is readable cross-origin and counted.
  app.addHook('preValidation', async (request) => {
    const [path = '', query = ''] = request.url.split(/\?(.*)/s);
    if (!decodes(path) || !query.split(/[&=]/).every(decodes)) {
      throw new HttpProblem(400, { type: 'invalid-url', detail: 'The URL is not valid percent-encoded UTF-8.' });
    }
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new HttpProblem(400, { type: 'invalid-body', detail: 'The body is not valid UTF-8.' }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
