// Generates packages/widgets/custom-elements.json from the elements' JSDoc headers (the public
// contract), then writes each element's API tables into docs/elements/<element>.md between the
// `<!-- api:start -->` and `<!-- api:end -->` markers, leaving the prose around them alone.
// The elements are those of the registry (packages/widgets/src/elements.ts); run with tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elements, filesOf } from '../packages/widgets/src/elements.ts';

const root = new URL('..', import.meta.url).pathname;
const widgets = join(root, 'packages/widgets');
const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const analyzed = spawnSync(
  process.execPath,
  [cem, 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', '.'],
  { cwd: widgets, encoding: 'utf8' },
);
if (analyzed.status !== 0) {
  process.stderr.write(analyzed.stdout + analyzed.stderr);
  process.exit(analyzed.status ?? 1);
}
const manifest = JSON.parse(readFileSync(join(widgets, 'custom-elements.json'), 'utf8'));

/** Table cells are one line; pipes would end the cell. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function section(title, headers, rows) {
  const body = table(headers, rows);
  return body ? `### ${title}\n\n${body}\n` : `### ${title}\n\nNone.\n`;
}

function apiTables(element) {
  const attributes = element.attributes ?? [];
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const properties = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !attributeFields.has(member.name),
  );
  const methods = (element.members ?? []).filter((member) => member.kind === 'method' && !member.static && (member.privacy ?? 'public') === 'public');
  return [
    `<!-- Generated from the element's JSDoc by \`npm run docs:api\`; edits between the markers are overwritten. -->\n`,
    section(
      'Attributes and properties',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((attribute) => [code(attribute.name), code(attribute.fieldName), code(attribute.type?.text), code(attribute.default), cell(attribute.description)]),
    ),
    properties.length ? section('Properties only (JavaScript)', ['Property', 'Type', 'Description'], properties.map((member) => [code(member.name), code(member.type?.text), cell(member.description)])) : '',
    methods.length ? section('Methods', ['Method', 'Description'], methods.map((member) => [code(`${member.name}()`), cell(member.description)])) : '',
    section('Events', ['Event', 'Type', 'Description'], (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), cell(event.description)])),
    section('Slots', ['Slot', 'Description'], (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)])),
    section('CSS parts', ['Part', 'Description'], (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)])),
    section('CSS custom properties', ['Property', 'Default', 'Description'], (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), cell(property.description)])),
  ]
    .filter(Boolean)
    .join('\n');
}

const declarations = (manifest.modules ?? []).flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
const written = [];
for (const entry of elements) {
  const element = declarations.find((declaration) => declaration.tagName === entry.tag);
  if (!element) {
    console.error(`custom-elements: no class declares <${entry.tag}> (its JSDoc needs a @tag or its define.ts a define() call the analyzer sees)`);
    process.exit(1);
  }
  const docs = filesOf(entry).docs;
  const file = join(root, docs);
  mkdirSync(join(root, 'docs/elements'), { recursive: true });
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# \`<${element.tagName}>\`\n\n${element.summary ?? ''}\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const tables = `${START}\n${apiTables(element)}${END}`;
  const next = start >= 0 && end > start ? current.slice(0, start) + tables + current.slice(end + END.length) : `${current.trimEnd()}\n\n${tables}\n`;
  if (next !== current) writeFileSync(file, next);
  written.push(docs);
}
console.log(`custom-elements.json and API tables: ${written.join(', ')}`);
