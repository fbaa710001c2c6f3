// A tiny create route that exists only inside tests, to exercise the idempotency helper and the
// write limits before any real create route exists. Its input schema is borrowed from the contract;
// its path is not in the contract, so it is a plain Fastify route rather than a declareRoute.
import type { FastifyInstance } from 'fastify';
import type { ArticleFeedbackInput } from '@ventanilla/protocol';
import type { Database } from '../src/db/database.ts';
import { routeSchema } from '../src/http/contract.ts';
import { idempotent } from '../src/idempotency/idempotent.ts';

export const NOTES_PATH = '/v1/test/notes';

export async function createNotesTable(db: Database): Promise<void> {
  await db.exec('create table if not exists test_notes (id serial primary key, helpful boolean not null, comment text)');
}

export async function countNotes(db: Database): Promise<number> {
  const [row] = await db.query<{ count: number }>('select count(*)::int as count from test_notes');
  return row!.count;
}

function feedbackInputSchema() {
  const schema = { ...routeSchema('createArticleFeedback') };
  delete schema.params;
  return schema;
}

export function registerNotesRoute(app: FastifyInstance): void {
  app.post<{ Body: ArticleFeedbackInput }>(NOTES_PATH, { schema: feedbackInputSchema() }, async (request, reply) => {
    const site = await app.sites.resolve(request);
    const input = request.body;
    return idempotent(request, reply, `testNote:${site.id}`, async (tx) => {
      const [row] = await tx.query<{ id: number; created_at: string }>(
        'insert into test_notes (helpful, comment) values ($1, $2) returning id, now() as created_at',
        [input.helpful, input.comment ?? null],
      );
      return { status: 201, body: { id: String(row!.id), helpful: input.helpful, createdAt: new Date(row!.created_at).toISOString() } };
    });
  });
}
