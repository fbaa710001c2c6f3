// axe-core run directly in the page (not through a wrapper that hides its options), on an
// element and its shadow tree, with the WCAG 2.2 AA tags plus best practices and the
// 24 px target-size rule. Every check is counted; the run prints the total at the end.
import { executeServerCommand } from '@web/test-runner-commands';
import type { AxeResults, RunOptions, Result } from 'axe-core';

type Axe = typeof import('axe-core');

declare global {
  interface Window {
    axe?: Axe;
  }
}

export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations'],
};

let loading: Promise<Axe> | undefined;

/** axe-core's own build registers `window.axe` when imported as a module. */
export function loadAxe(): Promise<Axe> {
  loading ??= import('axe-core').then(() => {
    if (!window.axe) throw new Error('axe-core did not register window.axe');
    return window.axe;
  });
  return loading;
}

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${JSON.stringify(node.target)}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      return `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs axe on `context` (its shadow trees included) and fails with a readable list of
 * violations. `label` names the state in the message and counts one check in the tally.
 */
export async function expectAccessible(context: Element, label = context.localName): Promise<AxeResults> {
  const axe = await loadAxe();
  const results = await axe.run(context, AXE_OPTIONS);
  const passed = results.violations.length === 0;
  await executeServerCommand('vn-axe-tally', { passed });
  if (!passed) {
    throw new Error(`axe found ${results.violations.length} violation(s) in ${label}:\n${describeViolations(results.violations)}`);
  }
  return results;
}
