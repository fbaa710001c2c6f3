import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { VisibilityController } from './visibility.ts';

class VisibilityProbe extends LitElement {
  readonly visibility = new VisibilityController(this, { margin: '100px' });
  readonly work: Promise<unknown>[] = [];
  renders = 0;
  trackWork(work: Promise<unknown>): void {
    this.work.push(work);
  }
  protected override render() {
    this.renders++;
    return html`<p>${this.visibility.seen ? 'seen' : 'not yet'}</p>`;
  }
}
customElements.define('vn-visibility-probe', VisibilityProbe);

/** A probe placed `top` pixels below the top of the page, in a page tall enough to scroll to it. */
async function place(top: number): Promise<VisibilityProbe> {
  const spacer = document.createElement('div');
  spacer.style.blockSize = `${top}px`;
  const probe = document.createElement('vn-visibility-probe') as VisibilityProbe;
  document.body.append(spacer, probe);
  after(() => (spacer.remove(), probe.remove()));
  await probe.updateComplete;
  await Promise.all(probe.work);
  return probe;
}

describe('VisibilityController', () => {
  before(() => window.scrollTo(0, 0));

  it('counts an element in (or near) the viewport as seen after the first check, which the host can wait for', async () => {
    const probe = await place(innerHeight + 50);
    expect(probe.work.length, 'the first check is reported as work').to.equal(1);
    expect(probe.visibility.seen, 'within the margin').to.equal(true);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('seen');
  });

  it('waits below the fold until the element is scrolled near, then stops watching', async () => {
    const probe = await place(innerHeight * 3);
    expect(probe.visibility.seen).to.equal(false);
    probe.scrollIntoView();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(probe.visibility.seen).to.equal(true);
    window.scrollTo(0, 0);
  });

  it('reveal() counts it seen at once (focus, a search), re-rendering once', async () => {
    const probe = await place(innerHeight * 3);
    const before = probe.renders;
    probe.visibility.reveal();
    probe.visibility.reveal();
    await probe.updateComplete;
    expect(probe.visibility.seen).to.equal(true);
    expect(probe.renders).to.equal(before + 1);
  });
});
