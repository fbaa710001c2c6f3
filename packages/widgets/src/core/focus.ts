// Where focus goes as an element switches views: into the view that opens (its heading), back
// to the control that opened it when it closes (the view's owner says which), and to a fallback
// (the element's main field) when the target is not on screen. Views are found by selector,
// since a list re-rendered while a view covered it holds new nodes.
import type { ElementHost } from './controller-host.ts';

export interface FocusOptions {
  /** Selects the control that takes focus when the wanted one is not there (a search box). */
  fallback: string;
}

export class FocusController {
  readonly #host: ElementHost;
  readonly #options: FocusOptions;

  constructor(host: ElementHost, options: FocusOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** Focuses the first match of `selector` in the host's render root, else the fallback. */
  focus(selector: string): void {
    const root = this.#host.renderRoot;
    (root.querySelector<HTMLElement>(selector) ?? root.querySelector<HTMLElement>(this.#options.fallback))?.focus();
  }

  /** Focuses once the host has rendered what is pending (the view just switched). */
  async focusAfterUpdate(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.focus(selector);
  }

  /**
   * The view closed: with `focus`, focus goes back to the control `returnTo` selects (undefined:
   * the view came from a link or the URL, so the fallback) once the host has rendered.
   */
  closed(focus: boolean, returnTo = this.#options.fallback): Promise<void> {
    return focus ? this.focusAfterUpdate(returnTo) : Promise.resolve();
  }
}
