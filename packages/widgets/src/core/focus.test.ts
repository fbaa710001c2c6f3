import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { deepActiveElement } from '../../../../test/browser/helpers/keyboard.ts';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import { FocusController } from './focus.ts';

class FocusProbe extends LitElement {
  static override properties = { view: {} };
  declare view: 'list' | 'detail';
  readonly views = new FocusController(this, { fallback: '#field' });
  constructor() {
    super();
    this.view = 'list';
  }
  protected override render() {
    return html`<input id="field" />
      ${this.view === 'list'
        ? html`<button type="button" id="item-1">one</button><button type="button" id="item-2">two</button>`
        : html`<h2 id="title" tabindex="-1">Detail</h2>`}`;
  }
}
customElements.define('vn-focus-probe', FocusProbe);

const focusedId = () => deepActiveElement()?.id;

describe('FocusController', () => {
  it('moves focus into the view that opens once it has rendered, and back to what opened it on close', async () => {
    const probe = await mount<FocusProbe>('<vn-focus-probe></vn-focus-probe>');
    probe.view = 'detail';
    await probe.views.focusAfterUpdate('#title');
    expect(focusedId()).to.equal('title');
    probe.view = 'list';
    await probe.views.closed(true, '#item-2');
    expect(focusedId(), 'a new node, found by its selector').to.equal('item-2');
  });

  it('falls back to the main field when the target is not there, or when the view has no return target', async () => {
    const probe = await mount<FocusProbe>('<vn-focus-probe></vn-focus-probe>');
    probe.views.focus('#nowhere');
    expect(focusedId()).to.equal('field');
    probe.view = 'detail';
    await probe.updateComplete;
    probe.view = 'list';
    await probe.views.closed(true, undefined);
    expect(focusedId(), 'opened from a link: back to the field').to.equal('field');
  });

  it('leaves focus where it is when a view closes without focus (the URL changed, say)', async () => {
    const probe = await mount<FocusProbe>('<vn-focus-probe></vn-focus-probe>');
    probe.view = 'detail';
    await probe.views.focusAfterUpdate('#title');
    probe.view = 'list';
    await probe.views.closed(false, '#item-1');
    expect(focusedId()).to.not.equal('item-1');
    probe.view = 'detail';
    await probe.updateComplete;
    probe.view = 'list';
    await probe.views.closed(true, undefined);
    expect(focusedId(), 'no return target: the field').to.equal('field');
  });
});
