// A view named in the page URL's fragment (`#vn-article=<id>`): read when the element starts,
// written as a history entry when the citizen opens or closes the view (so the back button
// closes it and the address can be shared), and followed on back, forward and links to it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FragmentRouteOptions {
  /** The id a fragment names, or undefined when it names none (or not this element's kind). */
  parse: (hash: string) => string | undefined;
  /** The fragment that names `id`, with its `#`. */
  fragment: (id: string) => string;
  /** Whether the element reads and writes the URL (an attribute such as `url-fragment`). */
  enabled: () => boolean;
  /** Back, forward or a link changed the URL: show the view it names, or none. */
  changed: (id: string | undefined) => void;
}

/** `href` with its fragment naming `fragment`, or with none (and no bare `#` left behind). */
export function pageUrlWith(href: string, fragment: string | undefined): string {
  const url = new URL(href);
  url.hash = fragment ?? '';
  return url.href.replace(/#$/, '');
}

export class FragmentRouteController implements ReactiveController {
  readonly #options: FragmentRouteOptions;
  readonly #onChange = () => {
    if (this.#options.enabled()) this.#options.changed(this.#options.parse(location.hash));
  };

  constructor(host: ReactiveControllerHost, options: FragmentRouteOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#onChange);
    addEventListener('hashchange', this.#onChange);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onChange);
    removeEventListener('hashchange', this.#onChange);
  }

  /** The id the page URL names; undefined when it names none or the route is not enabled. */
  get current(): string | undefined {
    return this.#options.enabled() ? this.#options.parse(location.hash) : undefined;
  }

  /** Records that the view `id` (or none) is shown, as a new history entry when the URL said otherwise. */
  push(id: string | undefined): void {
    if (!this.#options.enabled() || this.#options.parse(location.hash) === id) return;
    history.pushState(history.state, '', pageUrlWith(location.href, id === undefined ? undefined : this.#options.fragment(id)));
  }
}
