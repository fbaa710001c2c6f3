// Writes the lists of elements that pages show, from the registry (packages/widgets/src/elements.ts):
// one section per element in the gallery's index (demo/gallery/index.html) and the element links
// of the README, each between its `<!-- elements:start -->` and `<!-- elements:end -->` markers.
// A gallery section lists every page of the element's gallery folder, named by the page's <title>,
// in the order the index already gives them (new pages last). `--check` writes nothing and exits 1
// when a list is out of date. Run with tsx: `npm run elements:index`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elements, filesOf, folderOf } from '../packages/widgets/src/elements.ts';

const root = new URL('..', import.meta.url).pathname;
const START = '<!-- elements:start -->';
const END = '<!-- elements:end -->';

const read = (path) => readFileSync(join(root, path), 'utf8');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What the element does: the `@summary` of its class's JSDoc (the public contract). */
function summaryOf(element) {
  const summary = /@summary\s+(.+)/.exec(read(filesOf(element).element))?.[1]?.trim();
  if (!summary) throw new Error(`${filesOf(element).element} has no @summary in its JSDoc`);
  return summary;
}

/** A gallery page's name: its <title> without the tag before it and the gallery's name after. */
function pageName(path, tag) {
  const title = /<title>([^<]*)<\/title>/.exec(read(path))?.[1];
  if (!title) throw new Error(`${path} has no <title>`);
  return title.replace(`${tag}: `, '').replace(/\s*·\s*Ventanilla gallery$/, '').trim();
}

function between(text, replacement, file) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
  return text.slice(0, start + START.length) + replacement + text.slice(end);
}

function gallerySections(current) {
  const listed = [...current.matchAll(/href="([\w-]+\/[\w-]+\.html)"/g)].map((match) => match[1]);
  const sections = elements.map((element) => {
    const folder = folderOf(element);
    const pages = readdirSync(join(root, filesOf(element).gallery))
      .filter((name) => name.endsWith('.html'))
      .map((name) => `${folder}/${name}`)
      .sort((a, b) => (listed.includes(a) ? listed.indexOf(a) : Infinity) - (listed.includes(b) ? listed.indexOf(b) : Infinity) || a.localeCompare(b));
    const links = pages.map((href) => `        <li><a href="${href}">${escape(pageName(`demo/gallery/${href}`, element.tag))}</a></li>`);
    return [
      `    <section aria-labelledby="${folder}">`,
      `      <h2 id="${folder}"><code>${element.tag}</code></h2>`,
      `      <p>${escape(summaryOf(element))}</p>`,
      '      <ul class="gallery-list">',
      ...links,
      '      </ul>',
      '    </section>',
    ].join('\n');
  });
  return `\n${sections.join('\n')}\n    `;
}

function readmeLinks() {
  const links = elements.map((element) => `[\`${element.tag}\`](${filesOf(element).docs})`);
  return links.join(', ');
}

const targets = [
  { file: 'demo/gallery/index.html', render: gallerySections },
  { file: 'README.md', render: readmeLinks },
];

const check = process.argv.includes('--check');
const stale = [];
for (const { file, render } of targets) {
  if (!existsSync(join(root, file))) throw new Error(`${file} is missing`);
  const current = read(file);
  const next = between(current, render(current), file);
  if (next === current) continue;
  stale.push(file);
  if (!check) writeFileSync(join(root, file), next);
}
if (check && stale.length) {
  console.error(`The lists of elements are out of date in ${stale.join(', ')}: run \`npm run elements:index\`.`);
  process.exit(1);
}
console.log(`lists of elements: ${stale.length ? `${check ? 'stale' : 'written'} in ${stale.join(', ')}` : 'up to date'}`);
