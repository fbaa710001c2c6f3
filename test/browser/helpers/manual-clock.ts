// A clock the test moves by hand: elements that take a `clock` schedule their timers on it,
// and `advance` runs the ones that come due, in order.
import type { Clock } from '../../../packages/widgets/src/core/clock.ts';

export class ManualClock implements Clock {
  private time: number;
  private timers = new Map<number, { due: number; callback: () => void }>();
  private nextId = 1;

  constructor(start: Date | string | number) {
    this.time = new Date(start).getTime();
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { due: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** How many timers are waiting (an element should keep exactly one per purpose). */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing each timer that comes due at its own instant. */
  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      const next = [...this.timers.entries()].filter(([, timer]) => timer.due <= target).sort((a, b) => a[1].due - b[1].due)[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = next[1].due;
      next[1].callback();
    }
    this.time = target;
  }

  /** Jumps to an instant without firing anything (a laptop waking from sleep). */
  jump(to: Date | string | number): void {
    this.time = new Date(to).getTime();
  }
}
