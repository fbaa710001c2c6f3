// What the kit's controllers need from the element that adds them: Lit's controller host, a
// way to report work in flight (so `settled()` can wait for it) and, for controllers that look
// at the element's own DOM, the element itself with its render root.
import type { ReactiveControllerHost } from 'lit';

export interface ControllerHost extends ReactiveControllerHost {
  /** Lets the host know about work in flight (see VentanillaElement.trackWork). */
  trackWork?(work: Promise<unknown>): void;
}

export interface ElementHost extends ControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** True once the element has rendered. */
  readonly hasUpdated: boolean;
}
