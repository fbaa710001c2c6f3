// The connection as an element sees it: whether it is offline now (for a notice over what stays
// readable), and what to do when the connection goes or comes back (announce it, try again
// what failed). Listens (through connection.ts) only while the element is in the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isOffline, watchConnection } from './connection.ts';

export interface ConnectionOptions {
  /** The connection is back. */
  online?: () => void;
  /** The connection was lost. */
  offline?: () => void;
}

export class ConnectionController implements ReactiveController {
  /** True while the browser says it has no connection. */
  offline = false;
  #unwatch: (() => void) | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: ConnectionOptions;

  constructor(host: ReactiveControllerHost, options: ConnectionOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.offline = isOffline();
    this.#unwatch = watchConnection((online) => {
      this.offline = !online;
      (online ? this.#options.online : this.#options.offline)?.();
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }
}
