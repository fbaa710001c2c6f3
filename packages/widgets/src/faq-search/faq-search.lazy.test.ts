// Its own page: marked and DOMPurify must not be fetched until the first article is shown, nor
// the English and Portuguese strings until a page shows them.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { endpoint, testSite } from '../../../../test/browser/helpers/env.ts';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import type { FaqSearch } from './faq-search.ts';
import './define.ts';

function stringChunks(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/faq-search\/strings\.(en|pt)\.ts$/.test(path))
    .map((path) => path.split('/').at(-1)!);
}

function markdownModules(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/node_modules\/(marked|dompurify)\//.test(path));
}

describe('<vn-faq-search> loading', () => {
  it('loads marked and DOMPurify only when the first article is shown', async () => {
    const element = await mount<FaqSearch>(`<vn-faq-search endpoint="${endpoint}" site="${testSite}"></vn-faq-search>`);
    const box = element.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
    box.focus();
    await sendKeys({ type: 'punto limpio' });
    await element.settled();
    expect(element.shadowRoot!.querySelectorAll('[part~="results"] [data-article]').length).to.be.greaterThan(0);
    expect(markdownModules(), 'nothing of the Markdown path yet').to.deep.equal([]);
    expect(stringChunks(), 'no other language yet').to.deep.equal([]);
    element.shadowRoot!.querySelector<HTMLElement>('[part~="results"] [data-article]')!.click();
    await element.settled();
    expect(element.shadowRoot!.querySelector('[part~="article-body"]')!.textContent!.length).to.be.greaterThan(50);
    const loaded = markdownModules();
    expect(loaded.some((path) => path.includes('/marked/')), loaded.join(', ')).to.equal(true);
    expect(loaded.some((path) => path.includes('/dompurify/')), loaded.join(', ')).to.equal(true);
  });

  it('loads English strings only for an English element, and never Portuguese ones', async () => {
    const english = await mount<FaqSearch>(`<vn-faq-search endpoint="${endpoint}" site="${testSite}" lang="en"></vn-faq-search>`, { settle: false });
    await english.updateComplete;
    expect(english.shadowRoot!.textContent, 'no Spanish while the English strings load').to.not.contain('Busca en');
    await english.settled();
    expect(english.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Search the frequently asked questions');
    expect(stringChunks()).to.deep.equal(['strings.en.ts']);
  });
});
