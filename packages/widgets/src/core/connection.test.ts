import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { goOffline, goOnline } from '../../../../test/browser/helpers/network.ts';
import { ConnectionController } from './connection-controller.ts';
import { isOffline, watchConnection } from './connection.ts';

class ConnectionProbe extends LitElement {
  readonly heard: string[] = [];
  readonly connection = new ConnectionController(this, {
    online: () => this.heard.push('online'),
    offline: () => this.heard.push('offline'),
  });
  protected override render() {
    return html`<p>${this.connection.offline ? 'offline' : 'online'}</p>`;
  }
}
customElements.define('vn-connection-probe', ConnectionProbe);

describe('connection', () => {
  it('watchConnection reports each change until it is stopped', () => {
    const heard: boolean[] = [];
    const stop = watchConnection((online) => heard.push(online));
    goOffline();
    expect(isOffline()).to.equal(true);
    goOnline();
    stop();
    goOffline();
    goOnline();
    expect(heard).to.deep.equal([false, true]);
  });

  it('ConnectionController knows the state on connecting, re-renders its element on each change, and stops when removed', async () => {
    goOffline();
    const probe = document.createElement('vn-connection-probe') as ConnectionProbe;
    document.body.append(probe);
    try {
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.contain('offline');
      goOnline();
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.contain('online');
      expect(probe.heard).to.deep.equal(['online']);
      probe.remove();
      goOffline();
      expect(probe.heard, 'nothing heard once removed').to.deep.equal(['online']);
    } finally {
      goOnline();
      probe.remove();
    }
  });
});
