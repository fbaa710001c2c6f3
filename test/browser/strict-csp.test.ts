// The kit under `default-src 'none'; script-src 'self'; style-src 'self'; connect-src <backend>`:
// the page (served with that header by web-test-runner.config.mjs) renders the channel picker
// from the real server with no policy violation.
import { expect } from '@open-wc/testing';
import { endpoint } from './helpers/env.ts';

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
});
