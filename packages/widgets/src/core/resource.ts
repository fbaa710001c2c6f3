// Loads one piece of data for an element: starts when its inputs (endpoint, site, lang…)
// change, cancels the stale request, and offers retry; an offline failure retries by itself
// when the browser is back online.
import type { ReactiveController } from 'lit';
import { ApiError, NetworkError } from './api-errors.ts';
import { watchConnection } from './connection.ts';
import type { ControllerHost } from './controller-host.ts';

export type ResourceState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: ApiError };

export interface ResourceOptions<T> {
  /** The inputs; a change (compared by value) starts a new load. Return undefined to wait. */
  key: () => readonly unknown[] | undefined;
  load: (signal: AbortSignal) => Promise<T>;
}

export class ResourceController<T> implements ReactiveController {
  state: ResourceState<T> = { status: 'idle' };
  #lastKey: string | undefined;
  #controller: AbortController | undefined;
  /** Stops waiting for the connection to come back (after a load that failed offline). */
  #unwatch: (() => void) | undefined;
  readonly #host: ControllerHost;
  readonly #options: ResourceOptions<T>;

  constructor(host: ControllerHost, options: ResourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this.#options.key();
    const serialized = key === undefined ? undefined : JSON.stringify(key);
    if (serialized !== undefined && serialized !== this.#lastKey) {
      this.#lastKey = serialized;
      this.#start(false);
    }
  }

  hostConnected(): void {
    // Reconnected after a disconnect that cancelled the load: load again on the next update.
    if (this.state.status === 'loading' && !this.#controller) {
      this.#lastKey = undefined;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#unwatch?.();
  }

  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  /** Loads again with the same inputs (the retry button). */
  reload(): Promise<void> {
    return this.#start();
  }

  /**
   * Loads again while the current value stays shown, and keeps it if that load fails (offline, it
   * tries again when the connection is back); nothing if a load is already under way.
   */
  refresh(): void {
    if (!this.#controller) void this.#start(false, true);
  }

  #start(requestUpdate = true, keep = false): Promise<void> {
    this.#controller?.abort();
    this.#unwatch?.();
    const controller = new AbortController();
    this.#controller = controller;
    if (!keep) this.state = { status: 'loading' };
    const work = this.#options
      .load(controller.signal)
      .then(
        (value) => ({ status: 'ready', value }) as const,
        (error: unknown) => ({
          status: 'error',
          error: error instanceof ApiError ? error : new NetworkError(String(error), { cause: error }),
        }) as const,
      )
      .then((state) => {
        if (this.#controller !== controller) return; // a newer load replaced this one
        this.#controller = undefined;
        if (state.status === 'error' && state.error.kind === 'aborted') return;
        // Back online: load again, quietly when there is a value to keep showing.
        if (state.status === 'error' && state.error.kind === 'offline') {
          this.#unwatch = watchConnection((online) => online && void this.#start(true, this.state.status === 'ready'));
        }
        if (keep && state.status === 'error' && this.state.status === 'ready') return;
        this.state = state;
        this.#host.requestUpdate();
      });
    this.#host.trackWork?.(work);
    if (requestUpdate) this.#host.requestUpdate();
    return work;
  }
}
