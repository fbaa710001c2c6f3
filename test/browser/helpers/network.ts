// The browser's own offline signal (navigator.onLine and the offline/online events), switched
// from the test, and single requests made to fail. Playwright's whole-page network emulation
// cannot be used: it would also cut the page off from the test runner itself.
import { executeServerCommand } from '@web/test-runner-commands';

let restore: (() => void) | undefined;

export function goOffline(): void {
  if (restore) return;
  const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
  restore = () => Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
  window.dispatchEvent(new Event('offline'));
}

export function goOnline(): void {
  restore?.();
  restore = undefined;
  window.dispatchEvent(new Event('online'));
}

if (typeof afterEach === 'function') afterEach(() => restore && goOnline());

/** Makes requests for paths ending in `pathEnd` fail as with no connection (one chunk, say), until `unblockRequests`. */
export async function blockRequests(pathEnd: string): Promise<void> {
  await executeServerCommand('vn-block-requests', { pathEnd });
}

export async function unblockRequests(): Promise<void> {
  await executeServerCommand('vn-unblock-requests');
}
