// Two copies of the kit on one page (a CMS module and a theme both embedding it): the second
// definition warns and is ignored, nothing throws, and the element keeps working.
import { expect } from '@open-wc/testing';
import { ChannelPicker } from '../../packages/widgets/src/channel-picker/channel-picker.ts';
import { define } from '../../packages/widgets/src/core/define.ts';
import { elements } from '../../packages/widgets/src/elements.ts';
import { endpoint } from './helpers/env.ts';
import { mount } from './helpers/mount.ts';
import '../../packages/widgets/src/channel-picker/define.ts';

describe('two copies of the kit on one page', () => {
  it('the second definition of <vn-channel-picker> warns once, never throws, and the element works', async () => {
    // What a second copy's define module does: the same tag with its own class.
    class SecondCopy extends ChannelPicker {}
    const warnings: string[] = [];
    const errors: string[] = [];
    const original = console.warn;
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      expect(() => define('vn-channel-picker', SecondCopy)).to.not.throw();
      define('vn-channel-picker', SecondCopy);
      // A copy of the define module itself, evaluated again under another URL.
      const secondModule = '/packages/widgets/src/channel-picker/define.ts?copy=2';
      await import(secondModule);
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
    expect(customElements.get('vn-channel-picker')).to.equal(ChannelPicker);
    expect(warnings.filter((warning) => warning.includes('<vn-channel-picker> is already defined'))).to.have.length(1);
    expect(errors).to.deep.equal([]);
    const element = await mount(`<vn-channel-picker endpoint="${endpoint}" channels="email" at="2026-11-23T10:00:00+01:00"></vn-channel-picker>`);
    expect(element.shadowRoot!.querySelector('[part~="status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Siempre disponible');
  });

  for (const entry of elements) {
    it(`a second copy of the kit defining <${entry.tag}> warns once, never throws, and keeps the first definition`, async () => {
      await entry.define();
      const first = customElements.get(entry.tag)!;
      // A second copy of the kit brings its own define() (and its own memory of warnings).
      const copy = `/packages/widgets/src/core/define.ts?copy=${entry.tag}`;
      const { define: defineAgain } = (await import(copy)) as typeof import('../../packages/widgets/src/core/define.ts');
      class SecondCopy extends (first as typeof HTMLElement) {}
      const warnings: string[] = [];
      const errors: string[] = [];
      const original = console.warn;
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        expect(() => defineAgain(entry.tag, SecondCopy)).to.not.throw();
        defineAgain(entry.tag, SecondCopy);
      } finally {
        console.warn = original;
        window.removeEventListener('error', onError);
      }
      expect(customElements.get(entry.tag)).to.equal(first);
      expect(warnings.filter((warning) => warning.includes(`<${entry.tag}> is already defined`))).to.have.length(1);
      expect(errors).to.deep.equal([]);
      const element = await mount(`<${entry.tag} endpoint="${endpoint}"></${entry.tag}>`);
      expect(element.shadowRoot?.querySelector('[part~="base"]'), 'the element renders').to.exist;
    });
  }
});
