// The one base class of the kit's elements: shared theme and base styles, the settings every
// element takes (endpoint, lang, site, theme, strings), and error containment: an exception
// in an element's lifecycle, rendering or event handlers never reaches the host page's
// window.onerror; the element logs it (development builds) and shows its fallback instead.
import { html, LitElement, ReactiveElement, render, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ConfigController } from './config.ts';
import { DEV, devWarn } from './dev.ts';
import type { StringOverrides } from './localize.ts';
import { themeStyles, THEMES, type Theme } from './theme.ts';
import { baseStyles } from './base-styles.ts';

/** The `strings` attribute: a JSON object of string overrides. */
const jsonObjectConverter = {
  fromAttribute(value: string | null): StringOverrides | undefined {
    if (!value) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as StringOverrides;
    } catch {
      // reported below
    }
    if (DEV) devWarn(`strings:${value}`, `the "strings" attribute must be a JSON object; it is ignored.`);
    return undefined;
  },
};

// LitElement.update renders; ReactiveElement.update only reflects attributes and marks the
// update done, which is what a failed element still needs.
const reactiveUpdate = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

export class VentanillaElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles, baseStyles];

  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    lang: { type: String, reflect: true },
    site: { type: String },
    theme: { type: String },
    strings: { converter: jsonObjectConverter },
  };

  /** The backend's base URL; defaults to the loader's data-endpoint (or the loader's origin). */
  declare endpoint: string | undefined;
  /** The language; defaults to the nearest ancestor's `lang`, then the loader's data-lang, then Spanish. */
  declare lang: string;
  /** The site (public body) to show; the server's default site when absent. */
  declare site: string | undefined;
  /** `light`, `dark` or `auto` (follows the system); defaults to the loader's data-theme, then light. */
  declare theme: Theme | undefined;
  /** Overrides of this element's strings, as an object (or JSON in the attribute). */
  declare strings: StringOverrides | undefined;

  protected readonly internals: ElementInternals;
  protected readonly config: ConfigController;
  /** What put the element in its failed state; undefined while it works. */
  protected failure: unknown = undefined;
  readonly #work = new Set<Promise<unknown>>();
  readonly #holds = new Set<Promise<unknown>>();

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.config = new ConfigController(this);
  }

  /**
   * Every class in the chain gets its own connected/disconnected/attributeChanged callbacks
   * wrapped, so code an element writes after `super.connectedCallback()` is contained too.
   * (Register with core/define.ts, which finalizes before the registry reads the callbacks.)
   */
  protected static override finalize(): void {
    super.finalize();
    const prototype = this.prototype as unknown as Record<string, unknown>;
    for (const name of ['connectedCallback', 'disconnectedCallback', 'attributeChangedCallback']) {
      const own = Object.getOwnPropertyDescriptor(prototype, name)?.value as ((...args: unknown[]) => unknown) & { contained?: true };
      if (typeof own !== 'function' || own.contained) continue;
      const contained = Object.assign(
        function (this: VentanillaElement, ...args: unknown[]) {
          try {
            return own.apply(this, args);
          } catch (error) {
            this.contain(error, name);
          }
        },
        { contained: true as const },
      );
      prototype[name] = contained;
    }
  }

  // Own copies, so that finalize() wraps them for subclasses that do not override them.
  override connectedCallback(): void {
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
  }

  /** Lit runs the whole update (willUpdate, render, updated, controllers) inside this call. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.#recordFailure(error, 'update');
      this.#show(this.renderFailure());
    }
  }

  protected override update(changed: PropertyValues): void {
    this.#applyTheme();
    if (this.failure === undefined && !this.#holds.size) {
      try {
        super.update(changed);
        return;
      } catch (error) {
        this.#recordFailure(error, 'render');
      }
    }
    reactiveUpdate.call(this, changed);
    if (this.failure !== undefined) this.#show(this.renderFailure());
    // Held before its first render: only the fallback content (in the page's own words).
    else if (!this.hasUpdated) this.#show(html`<slot></slot>`);
  }

  /** What a failed element shows: by default its fallback content (the children in the tag). */
  protected renderFailure(): TemplateResult {
    return html`<div part="base fallback"><slot></slot></div>`;
  }

  /**
   * Wraps an event handler (or any callback) so that what it throws, or the promise it
   * returns rejects with, is contained like a rendering error.
   */
  protected guard<A extends unknown[]>(handler: (...args: A) => unknown, phase = 'event handler'): (...args: A) => void {
    return (...args: A) => {
      try {
        const result = handler.apply(this, args);
        if (result instanceof Promise) result.catch((error: unknown) => this.contain(error, phase));
      } catch (error) {
        this.contain(error, phase);
      }
    };
  }

  /** Records a failure that happened outside an update and re-renders in the failed state. */
  protected contain(error: unknown, phase: string): void {
    this.#recordFailure(error, phase);
    this.requestUpdate();
  }

  /**
   * Registers work in flight (a request) so `settled()` can wait for it.
   * @internal
   */
  trackWork(work: Promise<unknown>): void {
    this.#work.add(work);
    work.then(
      () => this.#work.delete(work),
      () => this.#work.delete(work),
    );
  }

  /**
   * Holds rendering until `work` settles (the strings of the page's language, loading): the
   * element keeps showing what it shows, or its fallback content before its first render, so
   * no other language flashes. Updates still run (willUpdate, controllers, updated), so requests
   * start at once; only render() waits.
   * @internal
   */
  holdRendering(work: Promise<unknown>): void {
    this.#holds.add(work);
    this.trackWork(
      work.finally(() => {
        this.#holds.delete(work);
        this.requestUpdate();
      }),
    );
  }

  /** Resolves once no update is pending and no tracked work is in flight (for tests and previews). */
  async settled(): Promise<void> {
    for (;;) {
      await this.updateComplete;
      if (this.#work.size) await Promise.allSettled([...this.#work]);
      else if (!this.isUpdatePending) return;
    }
  }

  #recordFailure(error: unknown, phase: string): void {
    if (this.failure === undefined) {
      if (DEV) console.error(`[ventanilla] <${this.localName}> failed in ${phase}; its fallback is shown.`, error);
      this.failure = error ?? new Error(`failure in ${phase}`);
    }
  }

  #show(template: TemplateResult): void {
    if (!this.renderRoot) return;
    try {
      render(template, this.renderRoot, this.renderOptions);
    } catch (error) {
      if (DEV) console.error(`[ventanilla] <${this.localName}> could not show its fallback.`, error);
    }
  }

  /** The resolved theme becomes a custom state (`:state(dark)`), so the host gets no new attribute. */
  #applyTheme(): void {
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states) return;
    const theme = this.config.theme;
    for (const each of THEMES) {
      if (each === theme) states.add(each);
      else states.delete(each);
    }
  }
}
