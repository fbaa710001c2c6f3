// Prints the raw, gzip and brotli size of every file of the built kit and checks the budgets:
// the loader alone, and each element with everything it statically imports (its share of Lit
// and of the core). Exits 1 when a budget is exceeded. Run after `vite build`, with tsx (the
// budgets are in the registry of elements, packages/widgets/src/elements.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { elements, filesOf } from '../packages/widgets/src/elements.ts';

const dist = new URL('../packages/widgets/dist/', import.meta.url).pathname;
const KB = 1024;

/** Brotli budgets, per entry of the build manifest (the loader or an element's define chunk). */
const budgets = [
  { label: 'loader (ventanilla.js)', entry: 'src/loader.ts', brotli: 2 * KB, withImports: false },
  ...elements.map((element) => ({
    label: `<${element.tag}> + its share of Lit and core`,
    entry: filesOf(element).module.replace(/^packages\/widgets\//, ''),
    brotli: element.budget * KB,
    withImports: true,
    excludes: element.lazy ?? [],
  })),
];

function sizes(file) {
  const bytes = readFileSync(join(dist, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const format = (bytes) => `${(bytes / KB).toFixed(2)} KB`.padStart(10);
const row = (name, size) => console.log(`${name.padEnd(46)}${format(size.raw)}${format(size.gzip)}${format(size.brotli)}`);

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, 'build-manifest.json'), 'utf8'));
} catch {
  console.error('size-check: packages/widgets/dist/build-manifest.json is missing; run `vite build` first.');
  process.exit(1);
}

console.log(`\n${'file'.padEnd(46)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const path of files(dist).filter((path) => path.endsWith('.js')).sort()) row(relative(dist, path), sizes(relative(dist, path)));

/** The entry's file and every chunk it imports statically, transitively (what loads with it). */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

console.log('\nbudgets (brotli)');
let breached = false;
for (const budget of budgets) {
  if (!manifest[budget.entry]) {
    console.log(`  ✗ ${budget.label}: ${budget.entry} is not in the build`);
    breached = true;
    continue;
  }
  const keys = budget.withImports ? [...closure(budget.entry)] : [budget.entry];
  const excluded = keys.filter((key) => budget.excludes?.includes(manifest[key].name));
  if (excluded.length) {
    console.log(`  ✗ ${budget.label}: statically imports ${excluded.map((key) => manifest[key].file).join(', ')}, which must load only when needed`);
    breached = true;
  }
  const total = keys.map((key) => sizes(manifest[key].file)).reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const ok = total.brotli <= budget.brotli;
  breached ||= !ok;
  console.log(`  ${ok ? '✓' : '✗'} ${budget.label}: ${format(total.brotli).trim()} of ${format(budget.brotli).trim()} (${keys.map((key) => manifest[key].file).join(' + ')}; raw ${format(total.raw).trim()}, gzip ${format(total.gzip).trim()})`);
}
if (breached) {
  console.error('\nsize-check: a budget is exceeded.');
  process.exit(1);
}
