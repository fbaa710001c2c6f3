// Where an element's settings come from: its own attribute, else the loader script's
// `data-*` attributes (published on the one global namespace), else the defaults.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClientOptions, ApiReader } from './api-reader.ts';
import { checkEnum, DEV, devWarn } from './dev.ts';
import { THEMES, type Theme } from './theme.ts';

/** Settings an integrator can give the whole kit on the loader's script tag. */
export interface KitConfig {
  endpoint?: string;
  lang?: string;
  site?: string;
  theme?: Theme;
}

/** The one global the kit creates, set by the loader (`ventanilla.js`). */
export interface VentanillaNamespace {
  readonly version: string;
  readonly config: Readonly<KitConfig>;
  /** Resolves when every element present at start-up is defined. */
  readonly ready: Promise<void>;
  /** Loads and defines `tag` if the kit knows it, then resolves with its class. */
  whenDefined(tag: string): Promise<CustomElementConstructor>;
}

declare global {
  interface Window {
    Ventanilla?: VentanillaNamespace;
  }
}

/** The loader's configuration, or an empty one when the kit came from npm without the loader. */
export function loaderConfig(): Readonly<KitConfig> {
  return (typeof window !== 'undefined' && window.Ventanilla?.config) || {};
}

/** Resolves an endpoint (absolute or relative to the page) to a base URL without a trailing slash. */
export function normalizeEndpoint(endpoint: string | undefined): string | undefined {
  const value = endpoint?.trim();
  if (!value) return undefined;
  try {
    return new URL(value, document.baseURI).href.replace(/\/+$/, '');
  } catch {
    if (DEV) devWarn(`endpoint:${value}`, `endpoint "${value}" is not a URL.`);
    return undefined;
  }
}

export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string;
  site?: string;
  theme?: string;
}

/** Resolves endpoint, site and theme for one element (the language is `LocalizeController`'s). */
export class ConfigController implements ReactiveController {
  readonly #host: ConfigHost;

  constructor(host: ConfigHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (DEV && !this.endpoint) {
      devWarn(
        `no-endpoint:${this.#host.localName}`,
        `<${this.#host.localName}> has no endpoint: set its "endpoint" attribute or the loader's data-endpoint. It shows its fallback until then.`,
      );
    }
  }

  /** The backend's base URL, or undefined when none is configured. */
  get endpoint(): string | undefined {
    return normalizeEndpoint(this.#host.endpoint || loaderConfig().endpoint);
  }

  /** The site to ask for; undefined lets the server answer with its default site. */
  get site(): string | undefined {
    return this.#host.site || loaderConfig().site || undefined;
  }

  /**
   * The one way an element gets its API client: `ApiReader` for an element that only reads,
   * `ApiClient` for one that also writes, for the endpoint configured now (a client holds no
   * state, so one per request costs nothing). Without an endpoint, its requests fail with a
   * no-endpoint error.
   */
  api<C extends ApiReader>(Client: new (options: ApiClientOptions) => C): C {
    return new Client({ endpoint: this.endpoint });
  }

  get theme(): Theme {
    const own = this.#host.theme;
    if (own && checkEnum(this.#host.localName, 'theme', own, THEMES)) return own as Theme;
    const global = loaderConfig().theme;
    return global && THEMES.includes(global) ? global : 'light';
  }
}
