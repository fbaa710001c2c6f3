// Time as an injectable dependency, so an element that changes with the clock (open → closed)
// can be driven by a test or a preview without waiting for real time to pass.
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A clock stopped at `instant` (the `at` attribute): it never fires timers. */
export function frozenClock(instant: number): Clock {
  return { now: () => instant, setTimeout: () => undefined, clearTimeout: () => undefined };
}

/** Browsers fire timers longer than 2^31-1 ms at once; long waits are split into hops of this size. */
export const MAX_TIMER_MS = 6 * 60 * 60 * 1000;
