// Arrow keys through a list of controls fed by a field (search results under a search box):
// Down in the field enters the list; Down and Up move through it, Home and End jump to its
// ends; Up on the first item and Escape go back to the field with its text kept. Every item is
// a real control that takes focus itself (roving focus, no aria-activedescendant), so Tab and
// screen readers' own keys still work.
import type { ElementHost } from './controller-host.ts';

export interface ListNavigationOptions {
  /** Selects, in the host's render root, the items one arrow key apart, in order. */
  items: string;
  /** Selects, in the host's render root, the field the list belongs to. */
  field: string;
  /** False while the list is hidden (a view opened over it): Down in the field does nothing. */
  active?: () => boolean;
}

export class ListNavigationController {
  readonly #host: ElementHost;
  readonly #options: ListNavigationOptions;

  constructor(host: ElementHost, options: ListNavigationOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The `keydown` handler of the field. */
  readonly onFieldKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' || this.#options.active?.() === false) return;
    this.#move(event, this.#items()[0]);
  };

  /** The `keydown` handler of the list (or of a box around it: keys from other controls are ignored). */
  readonly onListKeydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const field = this.#host.renderRoot.querySelector<HTMLElement>(this.#options.field);
    const targets: Record<string, HTMLElement | null | undefined> = {
      ArrowDown: items[index + 1],
      ArrowUp: index ? items[index - 1] : field,
      Home: items[0],
      End: items.at(-1),
      Escape: field,
    };
    this.#move(event, targets[event.key]);
  };

  #move(event: KeyboardEvent, target: HTMLElement | null | undefined): void {
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  #items(): HTMLElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLElement>(this.#options.items)];
  }
}
