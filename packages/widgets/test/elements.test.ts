// The registry of elements (src/elements.ts) against the files: an element folder nobody listed,
// or an entry whose define module, class, docs page or gallery pages are missing, fails here; so
// do lists of elements (gallery index, README) left out of date.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elements, filesOf, folderOf } from '../src/elements.ts';

const root = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** Folders of src/ that are not elements. */
const NOT_ELEMENTS = new Set(['core']);

test('every element folder of src/ has its registry entry', () => {
  const src = join(root, 'packages/widgets/src');
  const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory() && !NOT_ELEMENTS.has(name));
  assert.deepEqual(folders.sort(), elements.map(folderOf).sort());
});

test('every tag is vn- and its folder, listed once', () => {
  const tags = elements.map((entry) => entry.tag);
  assert.equal(new Set(tags).size, tags.length);
  for (const tag of tags) assert.match(tag, /^vn-[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
});

for (const entry of elements) {
  test(`<${entry.tag}> has its define module, class, docs page and gallery pages`, () => {
    const files = filesOf(entry);
    assert.ok(existsSync(join(root, files.module)), `${files.module} is missing`);
    assert.match(read(files.module), new RegExp(`define\\('${entry.tag}',`), `${files.module} defines another tag`);
    assert.ok(existsSync(join(root, files.element)), `${files.element} is missing`);
    assert.match(read(files.element), /@summary \S/, `${files.element} has no @summary in its JSDoc`);
    assert.ok(existsSync(join(root, files.docs)), `${files.docs} is missing`);
    assert.match(read(files.docs), /<!-- api:start -->/, `${files.docs} has no place for its API tables`);
    assert.ok(existsSync(join(root, files.gallery)), `${files.gallery} is missing`);
    const pages = readdirSync(join(root, files.gallery)).filter((name) => name.endsWith('.html'));
    assert.ok(pages.length > 0, `${files.gallery} has no page`);
    for (const page of pages) assert.match(read(`${files.gallery}${page}`), new RegExp(`<title>${entry.tag}: [^<]+</title>`), `${files.gallery}${page} has no "${entry.tag}: …" title`);
    assert.ok(entry.budget > 0, 'a size budget');
  });
}

test('the npm index maps every tag of the registry to its class', () => {
  // tsc rejects this line when HTMLElementTagNameMap (src/index.ts) lacks a tag of the registry.
  const tags: (keyof HTMLElementTagNameMap)[] = elements.map((entry) => entry.tag);
  const index = read('packages/widgets/src/index.ts');
  for (const tag of tags) assert.match(index, new RegExp(`'${tag}': import\\('\\./${tag.slice(3)}/`), `src/index.ts does not map <${tag}>`);
});

test('the gallery index and the README list the registry’s elements', () => {
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/element-index.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  const gallery = read('demo/gallery/index.html');
  for (const entry of elements) assert.ok(gallery.includes(`<h2 id="${folderOf(entry)}"><code>${entry.tag}</code></h2>`), `the gallery index has no section for <${entry.tag}>`);
});
