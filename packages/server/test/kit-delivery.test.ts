// How the built kit goes out: precompressed when the browser accepts it, and loadable from a
// page of any site's origin, not only the default site's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './app.ts';

let t: TestApp;
let folder: string;
const LOADER = `export const tags = ${JSON.stringify(Array.from({ length: 40 }, (_, i) => `vn-element-${i}`))};\n`;
const CHUNK = `export const x = ${JSON.stringify('channel picker '.repeat(50))};\n`;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'vn-kit-'));
  await mkdir(join(folder, 'demo'), { recursive: true });
  await mkdir(join(folder, 'dist/chunks'), { recursive: true });
  await writeFile(join(folder, 'demo/index.html'), '<!doctype html><title>Demo</title>');
  await writeFile(join(folder, 'dist/ventanilla.js'), LOADER);
  await writeFile(join(folder, 'dist/ventanilla.js.br'), brotliCompressSync(LOADER));
  await writeFile(join(folder, 'dist/ventanilla.js.gz'), gzipSync(LOADER));
  await writeFile(join(folder, 'dist/chunks/channel-picker-Bq3xZ9aW.js'), CHUNK);
  await writeFile(join(folder, 'dist/chunks/channel-picker-Bq3xZ9aW.js.br'), brotliCompressSync(CHUNK));
  // No precompressed copy: sent as it is.
  await writeFile(join(folder, 'dist/chunks/faq-search-Zz81kQ0p.js'), 'export const y = 2;\n');
  t = await startTestApp({ config: { demoDir: join(folder, 'demo'), widgetsDistDir: join(folder, 'dist') } });
  await t.db.query(
    `insert into sites (id, name, time_zone, languages, allowed_origins) values ($1, $2, $3, $4, $5)`,
    ['otra-sede', 'Otra sede', 'Europe/Madrid', ['es'], ['https://other.example']],
  );
});
after(async () => {
  await t.close();
  await rm(folder, { recursive: true, force: true });
});

test('a page whose origin only another site allows may load the loader and its chunks', async () => {
  for (const url of ['/ventanilla.js', '/chunks/channel-picker-Bq3xZ9aW.js', '/chunks/faq-search-Zz81kQ0p.js']) {
    const response = await t.request({ url, headers: { origin: 'https://other.example', 'accept-encoding': 'br' } });
    assert.equal(response.statusCode, 200, url);
    assert.equal(response.headers['access-control-allow-origin'], '*', url);
    assert.equal(response.headers['access-control-allow-credentials'], undefined, url);
    assert.doesNotMatch(String(response.headers.vary), /origin/i, url);
  }
});

test("the API keeps answering only its site's own origins", async () => {
  const foreign = await t.request({ url: '/v1/site', headers: { origin: 'https://other.example' } });
  assert.equal(foreign.headers['access-control-allow-origin'], undefined);
  const own = await t.request({ url: '/v1/site?site=otra-sede', headers: { origin: 'https://other.example' } });
  assert.equal(own.headers['access-control-allow-origin'], 'https://other.example');
});

test('brotli or gzip by Accept-Encoding, with its Content-Encoding, Content-Length and Vary', async () => {
  const brotli = await t.app.inject({ url: '/ventanilla.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(brotli.headers['content-encoding'], 'br');
  assert.match(String(brotli.headers['content-type']), /javascript/);
  assert.equal(Number(brotli.headers['content-length']), brotli.rawPayload.length);
  assert.ok(brotli.rawPayload.length < Buffer.byteLength(LOADER));
  assert.equal(brotliDecompressSync(brotli.rawPayload).toString(), LOADER);
  assert.match(String(brotli.headers.vary), /accept-encoding/i);
  assert.equal(brotli.headers['cache-control'], 'no-cache');

  const gzip = await t.app.inject({ url: '/ventanilla.js', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.equal(Number(gzip.headers['content-length']), gzip.rawPayload.length);
  assert.equal(gunzipSync(gzip.rawPayload).toString(), LOADER);

  const plain = await t.app.inject({ url: '/ventanilla.js', headers: { 'accept-encoding': 'identity' } });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body, LOADER);
  assert.match(String(plain.headers.vary), /accept-encoding/i);

  const chunk = await t.app.inject({ url: '/chunks/channel-picker-Bq3xZ9aW.js', headers: { 'accept-encoding': 'br' } });
  assert.equal(chunk.headers['content-encoding'], 'br');
  assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(brotliDecompressSync(chunk.rawPayload).toString(), CHUNK);
});

test('a file the build did not precompress is sent as it is, even to a browser that accepts brotli', async () => {
  const response = await t.app.inject({ url: '/chunks/faq-search-Zz81kQ0p.js', headers: { 'accept-encoding': 'br, gzip' } });
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['content-encoding'], undefined);
  assert.equal(response.body, 'export const y = 2;\n');
  assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
});

test('the demo pages stay under the API CORS rules', async () => {
  const response = await t.request({ url: '/', headers: { origin: 'https://other.example' } });
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['access-control-allow-origin'], undefined);
});
