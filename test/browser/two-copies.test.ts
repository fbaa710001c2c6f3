// Two copies of the kit on one page (a CMS module and a theme both embedding it): the second
// definition warns and is ignored, nothing throws, and the element keeps working.
import { expect } from '@open-wc/testing';
import { ChannelPicker } from '../../packages/widgets/src/channel-picker/channel-picker.ts';
import { define } from '../../packages/widgets/src/core/define.ts';
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
});
