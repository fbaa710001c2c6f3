// What an imported FAQ article must look like, as a JSON schema checked by Ajv, and its faults
// in words an editor can act on: which article, which field, what that field must be. Each
// field's `description` completes "<field> must be …". Ids and departments are the contract's
// Slug, since they end up in its URLs and queries.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { contractSchema } from '../http/contract.ts';

/** The longest question kept, in characters. */
const MAX_QUESTION = 500;

const texts = (description: string, item: Record<string, unknown> = { type: 'string' }) => ({ type: 'array', items: item, description });

const articleSchema = {
  type: 'object',
  required: ['id', 'title', 'department', 'tags', 'body', 'updated'],
  properties: {
    id: { ...contractSchema('Slug'), description: 'lower-case letters, digits and hyphens' },
    title: { type: 'string', pattern: '\\S', description: 'a text that is not empty' },
    department: { ...contractSchema('Slug'), description: "a department's id (lower-case letters, digits and hyphens)" },
    tags: texts('a list of texts'),
    keywords: texts('a list of texts'),
    questions: texts(`a list of texts of 1 to ${MAX_QUESTION} characters`, { type: 'string', pattern: '\\S', maxLength: MAX_QUESTION }),
    body: { type: 'string', pattern: '\\S', description: 'Markdown that is not empty' },
    updated: { type: 'string', format: 'date', description: 'a date, YYYY-MM-DD' },
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv, ['date']);
const validate = ajv.compile(articleSchema);

/** The faults of each article, one per faulty field; empty when all of them can be imported. */
export function articleProblems(articles: readonly unknown[]): string[] {
  return articles.flatMap((article, index) => {
    if (validate(article)) return [];
    const id = article && typeof article === 'object' && 'id' in article ? article.id : undefined;
    const where = typeof id === 'string' && id ? `article "${id}"` : `article ${index + 1}`;
    const fields = new Set<string>();
    for (const error of validate.errors ?? []) {
      const missing = error.params.missingProperty;
      fields.add(typeof missing === 'string' ? missing : (error.instancePath.split('/')[1] ?? ''));
    }
    const faulty = Object.entries(articleSchema.properties).filter(([field]) => fields.has(field));
    if (!faulty.length) return [`${where} must be an object with ${articleSchema.required.join(', ')}`];
    return faulty.map(([field, schema]) => `${where}: ${field} must be ${schema.description}`);
  });
}
