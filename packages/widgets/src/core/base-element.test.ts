import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import { VentanillaElement } from './base-element.ts';
import { define } from './define.ts';

type Fault = 'none' | 'render' | 'updated' | 'willUpdate' | 'connected';

class FaultyProbe extends VentanillaElement {
  static override properties = { fault: {} };
  declare fault: Fault;
  clicks = 0;
  constructor() {
    super();
    this.fault = 'none';
  }
  readonly onClick = this.guard(() => {
    this.clicks++;
    throw new Error('handler failure');
  });
  readonly onAsyncClick = this.guard(async () => {
    await Promise.resolve();
    throw new Error('async handler failure');
  });
  override connectedCallback() {
    super.connectedCallback();
    if (this.fault === 'connected') throw new Error('connected failure');
  }
  protected override willUpdate() {
    if (this.fault === 'willUpdate') throw new Error('willUpdate failure');
  }
  protected override render() {
    if (this.fault === 'render') throw new Error('render failure');
    return html`<div part="base"><button type="button" @click=${this.onClick}>Go</button><button type="button" id="async" @click=${this.onAsyncClick}>Later</button></div>`;
  }
  protected override updated() {
    if (this.fault === 'updated') throw new Error('updated failure');
  }
}
define('vn-faulty-probe', FaultyProbe);

/** Runs `work` and collects what reached the page: window.onerror, error events, unhandled rejections, console.error. */
async function observe(work: () => Promise<void>) {
  const reached: string[] = [];
  const logged: string[] = [];
  const onError = (event: ErrorEvent) => reached.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => reached.push(`rejection: ${String(event.reason)}`);
  const previous = window.onerror;
  window.onerror = (message) => {
    reached.push(`onerror: ${String(message)}`);
    return false;
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.onerror = previous;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
  }
  return { reached, logged };
}

const fallback = '<p id="fallback">Llámanos al 010</p>';

function showsFallback(element: Element): boolean {
  const probe = element.querySelector('#fallback')!;
  return Boolean(probe.assignedSlot) && probe.getClientRects().length > 0;
}

describe('VentanillaElement error containment', () => {
  for (const fault of ['render', 'updated', 'willUpdate', 'connected'] as const) {
    it(`contains an exception in ${fault}: nothing reaches the page, the fallback shows, it is logged (dev)`, async () => {
      let element!: FaultyProbe;
      const { reached, logged } = await observe(async () => {
        element = await mount<FaultyProbe>(`<vn-faulty-probe fault="${fault}">${fallback}</vn-faulty-probe>`);
        await element.updateComplete;
      });
      expect(reached).to.deep.equal([]);
      expect(logged.some((line) => line.includes(`${fault === 'connected' ? 'connectedCallback' : fault === 'render' ? 'render' : 'update'}`))).to.equal(true);
      expect(showsFallback(element)).to.equal(true);
    });
  }

  it('contains exceptions in guarded event handlers, synchronous or not', async () => {
    let element!: FaultyProbe;
    const { reached } = await observe(async () => {
      element = await mount<FaultyProbe>(`<vn-faulty-probe>${fallback}</vn-faulty-probe>`);
      element.shadowRoot!.querySelector<HTMLButtonElement>('#async')!.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await element.updateComplete;
    });
    expect(reached).to.deep.equal([]);
    expect(showsFallback(element)).to.equal(true);
    const { reached: again } = await observe(async () => {
      const second = await mount<FaultyProbe>(`<vn-faulty-probe>${fallback}</vn-faulty-probe>`);
      second.shadowRoot!.querySelector('button')!.click();
      await second.updateComplete;
      expect(second.clicks).to.equal(1);
    });
    expect(again).to.deep.equal([]);
  });

  it('keeps updating normally after an error-free render, and a failed element stays quiet', async () => {
    const { reached } = await observe(async () => {
      const element = await mount<FaultyProbe>(`<vn-faulty-probe>${fallback}</vn-faulty-probe>`);
      element.fault = 'render';
      await element.updateComplete;
      element.fault = 'updated';
      await element.updateComplete;
      expect(showsFallback(element)).to.equal(true);
    });
    expect(reached).to.deep.equal([]);
  });

  it('expresses its theme as a custom state, writing no attribute on the host', async () => {
    const element = await mount<FaultyProbe>('<vn-faulty-probe theme="dark"></vn-faulty-probe>');
    expect(element.matches(':state(dark)')).to.equal(true);
    expect(element.getAttributeNames().sort()).to.deep.equal(['theme']);
    element.theme = 'light';
    await element.updateComplete;
    expect(element.matches(':state(light)') && !element.matches(':state(dark)')).to.equal(true);
  });

  it('parses the strings attribute as JSON and ignores (with a dev warning) anything else', async () => {
    const element = await mount<FaultyProbe>(`<vn-faulty-probe strings='{"title":"Hola"}'></vn-faulty-probe>`);
    expect(element.strings).to.deep.equal({ title: 'Hola' });
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      element.setAttribute('strings', 'not json');
    } finally {
      console.warn = original;
    }
    expect(element.strings).to.equal(undefined);
    expect(warnings.some((warning) => warning.includes('"strings" attribute must be a JSON object'))).to.equal(true);
  });
});
