// Keeps the "open now / closed" lines true while the page stays open: a timer to the next
// change (or the next midnight, when "mañana" becomes "hoy"), split into hops no longer than
// MAX_TIMER_MS, and a fresh look whenever the tab becomes visible again (after a sleep).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MAX_TIMER_MS, type Clock } from '../core/clock.ts';

export interface StatusTimerOptions {
  clock: () => Clock;
  /** The next instant (epoch ms) when what is shown may change, or null. */
  next: () => number | null;
}

/** Fires slightly after a boundary, so that the status computed then is the new one. */
const AFTER_BOUNDARY_MS = 50;

export class StatusTimer implements ReactiveController {
  #handle: unknown;
  #scheduledOn: Clock | undefined;
  readonly #onVisible = () => {
    if (document.visibilityState === 'visible') this.#host.requestUpdate();
  };
  readonly #host: ReactiveControllerHost;
  readonly #options: StatusTimerOptions;

  constructor(host: ReactiveControllerHost, options: StatusTimerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#clear();
  }

  /** Every render re-plans the timer from the status it just showed. */
  hostUpdated(): void {
    this.#clear();
    const clock = this.#options.clock();
    const next = this.#options.next();
    if (next === null) return;
    const delay = Math.min(Math.max(next - clock.now(), 0) + AFTER_BOUNDARY_MS, MAX_TIMER_MS);
    this.#scheduledOn = clock;
    this.#handle = clock.setTimeout(() => {
      this.#handle = undefined;
      this.#host.requestUpdate();
    }, delay);
  }

  #clear(): void {
    if (this.#handle !== undefined) this.#scheduledOn?.clearTimeout(this.#handle);
    this.#handle = undefined;
  }
}
