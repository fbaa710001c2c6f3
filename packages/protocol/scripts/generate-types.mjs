// Generates the TypeScript types of the contract; `--check` fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const source = new URL('../openapi.yaml', import.meta.url);
const target = new URL('../src/generated/api.ts', import.meta.url);
const header = '// Generated from openapi.yaml by `npm run generate`. Do not edit.\n\n';

const output = header + astToString(await openapiTS(source, { alphabetize: true }));
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== output) {
    console.error('packages/protocol/src/generated/api.ts is stale: run `npm run generate`.');
    process.exit(1);
  }
} else {
  await writeFile(target, output);
}
