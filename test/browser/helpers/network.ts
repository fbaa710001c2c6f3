// The browser's own offline signal (navigator.onLine and the offline/online events), switched
// from the test. Playwright's network emulation cannot be used: it would also cut the page off
// from the test runner itself.
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
