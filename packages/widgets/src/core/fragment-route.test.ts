import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FragmentRouteController, pageUrlWith } from './fragment-route.ts';

const PREFIX = '#vn-probe=';

class RouteProbe extends LitElement {
  enabled = true;
  readonly seen: (string | undefined)[] = [];
  readonly route = new FragmentRouteController(this, {
    parse: (hash) => (hash.startsWith(PREFIX) ? hash.slice(PREFIX.length) : undefined),
    fragment: (id) => `${PREFIX}${id}`,
    enabled: () => this.enabled,
    changed: (id) => this.seen.push(id),
  });
}
customElements.define('vn-route-probe', RouteProbe);

const nextEvent = (type: string) => new Promise((resolve) => addEventListener(type, resolve, { once: true }));

describe('FragmentRouteController', () => {
  let start: string;
  let probe: RouteProbe;
  beforeEach(() => {
    start = location.href;
    probe = document.createElement('vn-route-probe') as RouteProbe;
    document.body.append(probe);
  });
  afterEach(() => {
    probe.remove();
    history.replaceState(history.state, '', start);
  });

  it('reads the view the URL names, writes a history entry per view, and follows the back button', async () => {
    const length = history.length;
    expect(probe.route.current).to.equal(undefined);
    probe.route.push('alta');
    expect(location.hash).to.equal('#vn-probe=alta');
    expect(probe.route.current).to.equal('alta');
    probe.route.push('alta');
    expect(history.length, 'the same view twice is one entry').to.equal(length + 1);
    probe.route.push(undefined);
    expect(location.href, 'no bare # left').to.equal(start.replace(/#.*$/, ''));
    const back = nextEvent('popstate');
    history.back();
    await back;
    expect(probe.seen.at(-1)).to.equal('alta');
  });

  it('follows links to a view elsewhere on the page (hashchange)', async () => {
    const changed = nextEvent('hashchange');
    location.hash = 'vn-probe=baja';
    await changed;
    expect(probe.seen.at(-1)).to.equal('baja');
  });

  it('neither reads nor writes the URL while not enabled, nor listens once disconnected', async () => {
    probe.enabled = false;
    probe.route.push('alta');
    expect(location.hash).to.equal('');
    probe.enabled = true;
    probe.remove();
    const changed = nextEvent('hashchange');
    location.hash = 'vn-probe=baja';
    await changed;
    expect(probe.seen).to.deep.equal([]);
  });

  it('builds page URLs with and without the fragment', () => {
    expect(pageUrlWith('https://ayto.example/faq?x=1#old', '#vn-probe=a')).to.equal('https://ayto.example/faq?x=1#vn-probe=a');
    expect(pageUrlWith('https://ayto.example/faq#vn-probe=a', undefined)).to.equal('https://ayto.example/faq');
  });
});
