import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './app.ts';

let t: TestApp;
let folder: string;
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self' https://api.ayuntamiento.example; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'vn-static-'));
  await mkdir(join(folder, 'demo/gallery'), { recursive: true });
  await mkdir(join(folder, 'dist/chunks'), { recursive: true });
  await writeFile(join(folder, 'demo/index.html'), '<!doctype html><title>Demo</title>');
  await writeFile(join(folder, 'demo/gallery/index.html'), '<!doctype html><title>Gallery</title>');
  await writeFile(join(folder, 'dist/ventanilla.js'), 'export {};');
  await writeFile(join(folder, 'dist/chunks/channel-picker-Bq3xZ9aW.js'), 'export const x = 1;');
  t = await startTestApp({
    config: {
      demoDir: join(folder, 'demo'),
      widgetsDistDir: join(folder, 'dist'),
      connectSources: ['https://api.ayuntamiento.example'],
    },
  });
});
after(async () => {
  await t.close();
  await rm(folder, { recursive: true, force: true });
});

test('/ is the demo page, under a strict Content-Security-Policy', async () => {
  const response = await t.request({ url: '/' });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^text\/html/);
  assert.match(response.body, /<title>Demo<\/title>/);
  assert.equal(response.headers['content-security-policy'], CSP);
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
  assert.equal(response.headers['referrer-policy'], 'no-referrer');
});

test('/gallery/ is the gallery; /gallery redirects to it', async () => {
  const response = await t.request({ url: '/gallery/' });
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /Gallery/);
  assert.equal(response.headers['content-security-policy'], CSP);
  const bare = await t.request({ url: '/gallery' });
  assert.equal(bare.statusCode, 301);
  assert.equal(bare.headers.location, '/gallery/');
});

test('the loader is JavaScript revalidated on every load; hashed chunks are immutable', async () => {
  const loader = await t.request({ url: '/ventanilla.js' });
  assert.equal(loader.statusCode, 200);
  assert.match(String(loader.headers['content-type']), /^(text|application)\/javascript/);
  assert.equal(loader.headers['cache-control'], 'no-cache');
  assert.equal(loader.headers['content-security-policy'], undefined);
  const chunk = await t.request({ url: '/chunks/channel-picker-Bq3xZ9aW.js' });
  assert.equal(chunk.statusCode, 200);
  assert.match(String(chunk.headers['content-type']), /^(text|application)\/javascript/);
  assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
});

test('a missing file is a 404 problem, and no path escapes the folders', async () => {
  for (const url of ['/nothing.js', '/../package.json', '/%2e%2e/%2e%2e/package.json']) {
    const response = await t.request({ url });
    assert.equal(response.statusCode, 404, url);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  }
});

test('without a build, /ventanilla.js is a 503 problem saying what to run', async () => {
  await rm(join(folder, 'dist'), { recursive: true });
  const response = await t.request({ url: '/ventanilla.js' });
  assert.equal(response.statusCode, 503);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  assert.match(response.json().detail, /npm run build/);
});
