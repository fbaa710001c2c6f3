import { expect } from '@open-wc/testing';
import { define } from './define.ts';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define', () => {
  it('defines a tag once; the same class again is silent', () => {
    class First extends HTMLElement {}
    const warnings = captureWarnings(() => {
      define('vn-define-test-a', First);
      define('vn-define-test-a', First);
    });
    expect(customElements.get('vn-define-test-a')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('a second copy of the kit (another class, same tag) warns once, keeps the first and never throws', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = captureWarnings(() => {
      define('vn-define-test-b', First);
      define('vn-define-test-b', Second);
      define('vn-define-test-b', Second);
    });
    expect(customElements.get('vn-define-test-b')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<vn-define-test-b> is already defined');
  });

  it('a class the registry refuses (already registered under another name) warns instead of throwing', () => {
    class Shared extends HTMLElement {}
    define('vn-define-test-c', Shared);
    const warnings = captureWarnings(() => define('vn-define-test-d', Shared));
    expect(customElements.get('vn-define-test-d')).to.equal(undefined);
    expect(warnings[0]).to.contain('could not define <vn-define-test-d>');
  });
});
