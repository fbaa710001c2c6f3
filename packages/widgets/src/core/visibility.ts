// Whether an element has come near the viewport, for data it should load only when it is
// about to be seen (the host page's first paint pays for nothing below the fold). Watches
// with one IntersectionObserver until the element is near once, or is shown by other means
// (focus, a search); `settled()` waits for the observer's first answer.
import type { ReactiveController } from 'lit';
import type { ElementHost } from './controller-host.ts';

export interface VisibilityOptions {
  /** How far outside the viewport counts as near (IntersectionObserver's `rootMargin`). */
  margin?: string;
}

export class VisibilityController implements ReactiveController {
  /** True once the element has been near the viewport (or `reveal()` said it is wanted). */
  seen = false;
  #observer: IntersectionObserver | undefined;
  #release: (() => void) | undefined;
  readonly #host: ElementHost;
  readonly #options: VisibilityOptions;

  constructor(host: ElementHost, options: VisibilityOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen || this.#observer || typeof IntersectionObserver === 'undefined') return;
    this.#host.trackWork?.(new Promise<void>((resolve) => (this.#release = resolve)));
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.reveal();
        this.#release?.();
      },
      { rootMargin: this.#options.margin },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** Counts the element as seen now (it got focus, the citizen searched) and stops watching. */
  readonly reveal = (): void => {
    if (this.seen) return;
    this.seen = true;
    this.#stop();
    this.#host.requestUpdate();
  };

  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#release?.();
    this.#release = undefined;
  }
}
