// When the server asks the search to wait: a long Retry-After (a rate limit reached, on the real
// server limited to a few requests a minute, or a 503) shows the unavailable state at once; a
// short one is waited out. The 503s come from the test runner's browser: the real server gives
// none on demand.
import { expect } from '@open-wc/testing';
import { endpoint, limitedEndpoint, testSite } from '../../../../test/browser/helpers/env.ts';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import { unblockRequests } from '../../../../test/browser/helpers/network.ts';
import { answerWith, exhaustRateLimit } from '../../../../test/browser/helpers/server-errors.ts';
import type { FaqSearch } from './faq-search.ts';
import './define.ts';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const resultIds = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="results"] [data-article]')].map((each) => each.dataset.article);
const search = (at: string) => `<vn-faq-search endpoint="${at}" site="${testSite}" query="punto limpio"><p id="fallback">Llama al 010</p></vn-faq-search>`;

/** Searches the page asked of `base` since `since` (resource timing). */
function searchesTo(base: string, since: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && entry.name.startsWith(`${base}/v1/faq/search`))
    .map((entry) => entry.name);
}

/** The unavailable state: the sentence, a retry button and the integrator's fallback. */
function expectUnavailable(element: FaqSearch): void {
  expect(text(part(element, 'unavailable-message'))).to.equal('El buscador no responde ahora mismo.');
  expect(part(element, 'retry')).to.exist;
  expect(element.querySelector('#fallback')!.assignedSlot).to.exist;
}

describe('<vn-faq-search> when the server says wait', () => {
  before(() => performance.setResourceTimingBufferSize(1000));
  afterEach(() => unblockRequests());

  it('rate limited with a long Retry-After: says so at once, with retry and the fallback', async () => {
    await exhaustRateLimit(limitedEndpoint);
    const since = performance.now();
    const element = await mount<FaqSearch>(search(limitedEndpoint));
    expect(performance.now() - since, 'no waiting for the Retry-After nor for the cap').to.be.lessThan(3000);
    expectUnavailable(element);
    expect(searchesTo(limitedEndpoint, since), 'one request, no retry').to.have.length(1);
  });

  it('a 503 with a long Retry-After: the unavailable state at once, and retry brings the results', async () => {
    await answerWith('/v1/faq/search', 503, { headers: { 'Retry-After': '3600' } });
    const since = performance.now();
    const element = await mount<FaqSearch>(search(endpoint));
    expect(performance.now() - since).to.be.lessThan(3000);
    expectUnavailable(element);
    expect(searchesTo(endpoint, since)).to.have.length(1);
    part(element, 'retry')!.click();
    await element.settled();
    expect(resultIds(element)[0]).to.equal('punto-limpio');
  });

  it('a 503 with a short Retry-After: waits it out and shows the results', async () => {
    await answerWith('/v1/faq/search', 503, { headers: { 'Retry-After': '1' } });
    const since = performance.now();
    const element = await mount<FaqSearch>(search(endpoint));
    expect(performance.now() - since).to.be.at.least(1000);
    expect(part(element, 'unavailable')).to.equal(null);
    expect(resultIds(element)[0]).to.equal('punto-limpio');
    expect(searchesTo(endpoint, since)).to.have.length(2);
  });
});
