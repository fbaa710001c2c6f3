import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { deepActiveElement, press } from '../../../../test/browser/helpers/keyboard.ts';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import { ListNavigationController } from './list-navigation.ts';

class ListProbe extends LitElement {
  listHidden = false;
  readonly keys = new ListNavigationController(this, { items: '.list [data-nav]', field: '#field', active: () => !this.listHidden });
  protected override render() {
    return html`<input id="field" @keydown=${this.keys.onFieldKeydown} />
      <ul class="list" @keydown=${this.keys.onListKeydown}>
        ${['a', 'b', 'c'].map((id) => html`<li><button type="button" data-nav id=${id}>${id}</button></li>`)}
        <li><button type="button" id="other">not in the list</button></li>
      </ul>`;
  }
}
customElements.define('vn-list-probe', ListProbe);

const focusedId = () => deepActiveElement()?.id;

describe('ListNavigationController', () => {
  it('Down in the field enters the list; Down, Up, Home and End move through it with real key presses', async () => {
    const probe = await mount<ListProbe>('<vn-list-probe></vn-list-probe>');
    probe.shadowRoot!.querySelector<HTMLInputElement>('#field')!.focus();
    await press('ArrowDown');
    expect(focusedId()).to.equal('a');
    await press('ArrowDown', 2);
    expect(focusedId()).to.equal('c');
    await press('ArrowDown');
    expect(focusedId(), 'stays on the last item').to.equal('c');
    await press('Home');
    expect(focusedId()).to.equal('a');
    await press('End');
    expect(focusedId()).to.equal('c');
    await press('ArrowUp');
    expect(focusedId()).to.equal('b');
  });

  it('Up on the first item and Escape anywhere go back to the field, its text kept', async () => {
    const probe = await mount<ListProbe>('<vn-list-probe></vn-list-probe>');
    const field = probe.shadowRoot!.querySelector<HTMLInputElement>('#field')!;
    field.value = 'padrón';
    probe.shadowRoot!.querySelector<HTMLButtonElement>('#a')!.focus();
    await press('ArrowUp');
    expect(focusedId()).to.equal('field');
    probe.shadowRoot!.querySelector<HTMLButtonElement>('#c')!.focus();
    await press('Escape');
    expect(focusedId()).to.equal('field');
    expect(field.value).to.equal('padrón');
  });

  it('leaves keys alone outside the list’s items, and Down in the field while the list is hidden', async () => {
    const probe = await mount<ListProbe>('<vn-list-probe></vn-list-probe>');
    probe.shadowRoot!.querySelector<HTMLButtonElement>('#other')!.focus();
    await press('Home');
    expect(focusedId()).to.equal('other');
    probe.listHidden = true;
    probe.shadowRoot!.querySelector<HTMLInputElement>('#field')!.focus();
    await press('ArrowDown');
    expect(focusedId()).to.equal('field');
  });
});
