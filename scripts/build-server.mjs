// Compiles the reference server to JavaScript in packages/server/dist, so that production runs it
// with plain `node packages/server/dist/main.js`: the server's modules (tsconfig.build.json), the
// protocol code they import, placed in dist/node_modules so that `@ventanilla/protocol` resolves
// to it (tsconfig.protocol.json), and the migrations beside the modules that find them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const server = join(root, 'packages/server');
const dist = join(server, 'dist');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

rmSync(dist, { recursive: true, force: true });
for (const project of ['tsconfig.build.json', 'tsconfig.protocol.json']) {
  const result = spawnSync(process.execPath, [tsc, '-p', join(server, project)], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const protocol = JSON.parse(readFileSync(join(root, 'packages/protocol/package.json'), 'utf8'));
const exports = Object.fromEntries(
  Object.entries(protocol.exports)
    .filter(([, target]) => target.endsWith('.ts'))
    .map(([name, target]) => [name, target.replace(/^\.\/src\//, './').replace(/\.ts$/, '.js')]),
);
writeFileSync(
  join(dist, 'node_modules/@ventanilla/protocol/package.json'),
  `${JSON.stringify({ name: protocol.name, version: protocol.version, private: true, type: 'module', exports }, null, 2)}\n`,
);

for (const feature of readdirSync(join(server, 'src'), { withFileTypes: true })) {
  const migrations = join(server, 'src', feature.name, 'migrations');
  if (!feature.isDirectory() || !existsSync(migrations)) continue;
  mkdirSync(join(dist, feature.name), { recursive: true });
  cpSync(migrations, join(dist, feature.name, 'migrations'), { recursive: true });
}
