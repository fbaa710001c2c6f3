// Only the newest request of a kind may change the screen: starting one aborts the one before,
// and a response that still arrives late is recognised as stale and dropped.

export interface RequestTicket {
  readonly signal: AbortSignal;
  /** True while no newer request of this kind has started (or cancel() was called). */
  isCurrent(): boolean;
}

export class LatestRequest {
  #controller: AbortController | undefined;
  #generation = 0;

  start(): RequestTicket {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const generation = ++this.#generation;
    return {
      signal: controller.signal,
      isCurrent: () => generation === this.#generation,
    };
  }

  cancel(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#generation++;
  }
}
