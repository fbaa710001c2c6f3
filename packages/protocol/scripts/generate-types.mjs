// Generates the TypeScript types of the contract; `--check` fails when a committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const source = new URL('../openapi.yaml', import.meta.url);
const header = '// Generated from openapi.yaml by `npm run generate`. Do not edit.\n\n';

/**
 * The query parameters each operation gives a default: optional for a client, always present
 * for a server whose validator applies the defaults (openapi-typescript has no notion of it).
 */
function queryDefaults(document) {
  const resolve = (node) => (node.$ref ? node.$ref.slice(2).split('/').reduce((value, key) => value[key], document) : node);
  const entries = [];
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (!operation?.operationId) continue;
      const names = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map(resolve)
        .filter((parameter) => parameter.in === 'query' && resolve(parameter.schema ?? {}).default !== undefined)
        .map((parameter) => JSON.stringify(parameter.name))
        .sort();
      if (names.length) entries.push(`    ${operation.operationId}: ${names.join(' | ')};`);
    }
  }
  entries.sort();
  return (
    '/** Per operation, the query parameters the contract gives a default (present once validated). */\n' +
    `export interface queryDefaults {\n${entries.join('\n')}\n}\n`
  );
}

const yaml = await readFile(source, 'utf8');
const outputs = [
  [new URL('../src/generated/api.ts', import.meta.url), header + astToString(await openapiTS(source, { alphabetize: true }))],
  [new URL('../src/generated/query-defaults.ts', import.meta.url), header + queryDefaults(parse(yaml))],
];
for (const [target, output] of outputs) {
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== output) {
      console.error(`packages/protocol/src/generated/${target.pathname.split('/').pop()} is stale: run \`npm run generate\`.`);
      process.exit(1);
    }
  } else {
    await writeFile(target, output);
  }
}
