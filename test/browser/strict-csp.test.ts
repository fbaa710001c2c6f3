// The kit under `default-src 'none'; script-src 'self'; style-src 'self'; connect-src <backend>`
// with Trusted Types enforced (`require-trusted-types-for 'script'; trusted-types lit-html
// dompurify`): the pages (served with that header by web-test-runner.config.mjs) render the
// channel picker, and every element of the registry, from the real server with no violation.
import { expect } from '@open-wc/testing';
import { elements } from '../../packages/widgets/src/elements.ts';
import { endpoint } from './helpers/env.ts';
import { TRUSTED_TYPES_PAGE, TrustedTypesPage } from './helpers/trusted-types-page.ts';

interface CspOutcome {
  violations: string[];
  done: Promise<{ channels: number; heading: string | undefined }>;
}

async function load(query: string): Promise<{ violations: string[]; channels: number; heading: string | undefined }> {
  const frame = document.createElement('iframe');
  frame.title = 'CSP page';
  frame.src = `/test/browser/fixtures/csp/channel-picker.html?${query}`;
  document.body.append(frame);
  try {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const outcome = (frame.contentWindow as Window & { __vnCsp?: CspOutcome }).__vnCsp;
    if (!outcome) throw new Error('the CSP page script did not run (blocked?)');
    const result = await outcome.done;
    return { violations: [...outcome.violations], ...result };
  } finally {
    frame.remove();
  }
}

describe('strict Content-Security-Policy page', () => {
  it('is served with the strict policy', async () => {
    const response = await fetch('/test/browser/fixtures/csp/channel-picker.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("default-src 'none'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).to.contain(`connect-src ${endpoint}`);
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain('trusted-types lit-html dompurify');
    expect((await fetch(TRUSTED_TYPES_PAGE)).headers.get('content-security-policy')).to.equal(policy);
  });

  it('renders the channel picker from the backend with zero violations', async () => {
    const result = await load(`endpoint=${encodeURIComponent(endpoint)}`);
    expect(result.violations).to.deep.equal([]);
    expect(result.channels).to.equal(7);
    expect(result.heading).to.equal('Canales de atención');
  });

  it('does report a violation when the page breaks the policy (the check can fail)', async () => {
    const result = await load(`endpoint=${encodeURIComponent(endpoint)}&control=inline-style`);
    expect(result.violations.some((violation) => violation.startsWith('style-src'))).to.equal(true);
  });

  for (const { tag } of elements) {
    it(`renders <${tag}> from the backend under Trusted Types with zero violations`, async () => {
      const page = await TrustedTypesPage.open(tag);
      try {
        const element = await page.show(`<${tag} endpoint="${endpoint}"></${tag}>`);
        expect(element.shadowRoot?.querySelector('[part~="base"]'), 'rendered').to.exist;
        expect(element.shadowRoot?.querySelector('[part~="unavailable-message"]'), 'the backend answered').to.equal(null);
        expect(await page.takeViolations()).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }

  it('does report a Trusted Types violation when the page assigns a string to a sink (the check can fail)', async () => {
    const page = await TrustedTypesPage.open(elements[0].tag);
    try {
      let threw = false;
      try {
        page.document.createElement('div').innerHTML = '<b>vn-probe</b>';
      } catch (error) {
        threw = (error as Error).name === 'TypeError';
      }
      expect(threw, 'the assignment is refused').to.equal(true);
      const violations = await page.takeViolations();
      expect(violations.some((violation) => violation.startsWith('require-trusted-types-for'))).to.equal(true);
    } finally {
      page.close();
    }
  });
});
