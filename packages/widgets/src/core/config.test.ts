import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import { ConfigController, normalizeEndpoint } from './config.ts';
import { define } from './define.ts';

class ConfiguredProbe extends LitElement {
  static override properties = { endpoint: {}, site: {}, theme: {} };
  declare endpoint: string | undefined;
  declare site: string | undefined;
  declare theme: string | undefined;
  readonly config = new ConfigController(this);
}
define('vn-configured-probe', ConfiguredProbe);

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('ConfigController', () => {
  afterEach(() => delete window.Ventanilla);

  it('prefers the element’s attributes, then the loader’s data-*, then the defaults', async () => {
    window.Ventanilla = { version: 'test', config: { endpoint: 'https://loader.example', site: 'loader-site', theme: 'dark' }, ready: Promise.resolve(), whenDefined: (tag) => customElements.whenDefined(tag) };
    const own = await mount<ConfiguredProbe>('<vn-configured-probe endpoint="https://own.example/api/" site="own" theme="auto"></vn-configured-probe>');
    expect([own.config.endpoint, own.config.site, own.config.theme]).to.deep.equal(['https://own.example/api', 'own', 'auto']);
    const inherited = await mount<ConfiguredProbe>('<vn-configured-probe></vn-configured-probe>');
    expect([inherited.config.endpoint, inherited.config.site, inherited.config.theme]).to.deep.equal(['https://loader.example', 'loader-site', 'dark']);
    delete window.Ventanilla;
    expect([inherited.config.endpoint, inherited.config.site, inherited.config.theme]).to.deep.equal([undefined, undefined, 'light']);
  });

  it('warns in development about a missing endpoint and an unknown theme', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const element = await mount<ConfiguredProbe>('<vn-configured-probe theme="sepia"></vn-configured-probe>');
      expect(element.config.theme).to.equal('light');
    } finally {
      restore();
    }
    expect(warnings.some((warning) => warning.includes('has no endpoint'))).to.equal(true);
    expect(warnings.some((warning) => warning.includes('theme="sepia"'))).to.equal(true);
  });

  it('resolves relative endpoints against the page', () => {
    expect(normalizeEndpoint('/api')).to.equal(`${location.origin}/api`);
    expect(normalizeEndpoint('  ')).to.equal(undefined);
  });
});
