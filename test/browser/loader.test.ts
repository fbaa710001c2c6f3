// ventanilla.js (the loader), from source: one global, settings from its own data-*, lazy
// definition when a tag appears (also later, as a single-page app adds it), and a second copy
// of the loader that warns and changes nothing.
import { expect } from '@open-wc/testing';
import { elements } from '../../packages/widgets/src/elements.ts';
import { endpoint } from './helpers/env.ts';
import { settle } from './helpers/mount.ts';

const LOADER = '/packages/widgets/src/loader.ts';

function addLoader(src: string, data: Record<string, string> = {}): Promise<void> {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  Object.assign(script.dataset, data);
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} failed to load`)), { once: true });
  });
  document.head.append(script);
  return loaded;
}

const chunkRequested = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

describe('the loader (ventanilla.js)', () => {
  it('creates one global, reads its data-*, and defines elements only when their tag appears', async () => {
    const before = new Set(Object.keys(window));
    await addLoader(LOADER, { endpoint, lang: 'en', theme: 'dark' });
    const added = Object.keys(window).filter((key) => !before.has(key));
    expect(added).to.deep.equal(['Ventanilla']);
    const kit = window.Ventanilla!;
    expect(kit.version).to.equal('dev');
    expect(kit.config).to.deep.equal({ endpoint, lang: 'en', theme: 'dark' });
    await kit.ready;
    expect(customElements.get('vn-channel-picker'), 'nothing defined before a tag appears').to.equal(undefined);
    expect(chunkRequested('channel-picker/define.ts'), 'no element chunk requested yet').to.equal(false);

    // data-lang applies where the page says no language (the element's and its ancestors' lang come first).
    document.documentElement.removeAttribute('lang');
    // A single-page app adds the tag later, deep inside a new subtree.
    const region = document.createElement('section');
    region.innerHTML = '<div><article><vn-channel-picker channels="email" at="2026-11-23T10:00:00+01:00"></vn-channel-picker></article></div>';
    document.body.append(region);
    try {
      const element = region.querySelector('vn-channel-picker')!;
      await settle(element);
      expect(chunkRequested('channel-picker/define.ts')).to.equal(true);
      expect(element.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim(), 'data-lang').to.equal('Ways to contact us');
      expect(element.matches(':state(dark)'), 'data-theme').to.equal(true);
      expect(element.shadowRoot!.querySelector('[part~="status"]')!.textContent!.replace(/\s+/g, ' ').trim(), 'data-endpoint').to.equal('Always available');
      expect(await kit.whenDefined('vn-channel-picker')).to.equal(customElements.get('vn-channel-picker'));
    } finally {
      region.remove();
      document.documentElement.setAttribute('lang', 'es');
    }
  });

  it('a second copy of the loader warns, keeps the first, redefines nothing and throws nothing', async () => {
    const first = window.Ventanilla!;
    const warnings: string[] = [];
    const errors: string[] = [];
    const original = console.warn;
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      await addLoader(`${LOADER}?copy=2`, { endpoint: 'https://other.example' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
    expect(window.Ventanilla).to.equal(first);
    expect(window.Ventanilla!.config.endpoint).to.equal(endpoint);
    expect(warnings.some((warning) => warning.includes('the loader is on this page twice'))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('rejects whenDefined for a tag the kit does not have', async () => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      let failed = false;
      await window.Ventanilla!.whenDefined('vn-no-such-element').catch(() => (failed = true));
      expect(failed).to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('defines every element of the registry when its tag appears', async () => {
    const region = document.createElement('section');
    region.append(...elements.map(({ tag }) => document.createElement(tag)));
    document.body.append(region);
    try {
      for (const { tag } of elements) {
        expect(await window.Ventanilla!.whenDefined(tag), tag).to.equal(customElements.get(tag));
        expect(customElements.get(tag), tag).to.not.equal(undefined);
      }
    } finally {
      region.remove();
    }
  });
});
