// Writes `name.br` and `name.gz` beside every text file of the built kit (packages/widgets/dist),
// at the strongest settings, once per build: the server sends them to browsers that accept them
// (http/static-files.ts) instead of compressing on every request. Run after `vite build`.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../packages/widgets/dist/', import.meta.url).pathname;
const TEXT = /\.(?:js|mjs|css|json|html|svg|map|txt)$/;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// Left by an earlier build whose file may be gone or changed.
for (const path of files(dist)) if (/\.(?:br|gz)$/.test(path)) rmSync(path);

let written = 0;
let before = 0;
let after = 0;
for (const path of files(dist)) {
  if (!TEXT.test(path)) continue;
  const bytes = readFileSync(path);
  const compressed = {
    br: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
    gz: gzipSync(bytes, { level: 9 }),
  };
  before += bytes.length;
  after += bytes.length;
  for (const [extension, data] of Object.entries(compressed)) {
    // A file too small to shrink is better sent as it is.
    if (data.length >= bytes.length) continue;
    writeFileSync(`${path}.${extension}`, data);
    written += 1;
    if (extension === 'br') after += data.length - bytes.length;
  }
}
console.log(`precompress-kit: ${written} files written in ${relative(process.cwd(), dist) || dist}; brotli ${before} → ${after} bytes`);
