// Reading articles from files: the JSON of the demo fixtures (a list of articles, or
// { "articles": [...] }), or Markdown with a small front matter between `---` lines:
//
//   ---
//   id: alta-padron
//   title: ¿Cómo me empadrono?
//   department: padron
//   tags: [empadronarse, alta en el padrón]
//   keywords: [apuntarme en el padrón, volante]
//   questions:
//     - acabo de llegar al pueblo, ¿cómo me apunto?
//   updated: 2026-02-10
//   ---
//   Empadronarse es obligatorio…
//
// The id defaults to the file's name. The format is described in docs/faq-content.md.
import { basename, extname } from 'node:path';
import { parse } from 'yaml';
import type { ArticleInput } from '../import.ts';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === undefined || value === null ? '' : String(value).trim();
}

function tagList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter(Boolean);
  return text(value)
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** Questions hold commas: a list, or one question. */
function questionList(value: unknown): string[] {
  return (Array.isArray(value) ? value.map(text) : [text(value)]).filter(Boolean);
}

export function parseMarkdownArticle(source: string, fileName: string): ArticleInput {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error(`${fileName}: no front matter (a block between two "---" lines at the top)`);
  const meta = (parse(match[1]!) ?? {}) as Record<string, unknown>;
  if (typeof meta !== 'object' || Array.isArray(meta)) throw new Error(`${fileName}: the front matter must be "key: value" lines`);
  return {
    id: text(meta.id) || basename(fileName, extname(fileName)),
    title: text(meta.title),
    department: text(meta.department ?? meta.topic),
    tags: tagList(meta.tags),
    ...(meta.keywords === undefined ? {} : { keywords: tagList(meta.keywords) }),
    ...(meta.questions === undefined ? {} : { questions: questionList(meta.questions) }),
    updated: text(meta.updated),
    body: source.slice(match[0].length).trim(),
  };
}

function parseJsonArticles(source: string, fileName: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(data) ? data : (data as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(list)) throw new Error(`${fileName}: expected a list of articles, or { "articles": [...] }`);
  return list.map((item: Record<string, unknown>) => ({
    id: text(item.id),
    title: text(item.title),
    department: text(item.department ?? item.topic),
    tags: tagList(item.tags),
    ...(item.keywords === undefined ? {} : { keywords: tagList(item.keywords) }),
    ...(item.questions === undefined ? {} : { questions: questionList(item.questions) }),
    body: typeof item.body === 'string' ? item.body : '',
    updated: text(item.updated),
  }));
}

/** The articles in one file, by its extension. */
export function parseArticleFile(source: string, fileName: string): ArticleInput[] {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.json') return parseJsonArticles(source, fileName);
  if (extension === '.md' || extension === '.markdown') return [parseMarkdownArticle(source, fileName)];
  throw new Error(`${fileName}: only .json and .md files can be imported`);
}
