// Strings and formats in the citizen's language: the element's own `lang`, else the nearest
// ancestor's, else the loader's data-lang, else Spanish. Every string can be overridden per
// instance (`strings`) or for the whole kit (`registerStrings`), which also adds languages.
// Spanish is always at hand (the default and the fallback); other languages may be loaded
// only by the pages that show them.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '@ventanilla/protocol';
import { loaderConfig } from './config.ts';
import { DEV, devWarn } from './dev.ts';
import { coreStrings, type CoreStringKey } from './strings/index.ts';

/** A string that changes with a count: one entry per plural category of the language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type StringValue = string | PluralForms;
export type StringTable<K extends string = string> = Record<K, StringValue>;
/**
 * Every language the contract serves content in (its `Lang`: Spanish, English, Portuguese) is
 * complete: the compiler checks every key, and a language added to the contract asks for its table.
 */
export type Translations<K extends string> = Record<Lang, StringTable<K>>;
/** A language's table loaded when first needed: a dynamic import of a module whose default export is the table. */
export type StringLoader<K extends string = string> = () => Promise<{ default: StringTable<K> }>;
/** Translations whose English and Portuguese may be loaders. */
export type LazyTranslations<K extends string> = { es: StringTable<K> } & Record<Exclude<Lang, 'es'>, StringTable<K> | StringLoader<K>>;
export type StringOverrides = Partial<Record<string, StringValue>>;
export type Vars = Record<string, string | number>;

/**
 * Declares an element's strings; the type makes the three languages list the same keys. English
 * and Portuguese may be loaders (`en: () => import('./strings.en.ts')`), so that a page
 * downloads only the language it shows; an element waits for them before it renders words.
 */
export function defineStrings<K extends string>(translations: Translations<K>): Translations<K>;
export function defineStrings<K extends string>(translations: LazyTranslations<K>): LazyTranslations<K>;
export function defineStrings<K extends string>(translations: LazyTranslations<K>): LazyTranslations<K> {
  return translations;
}

/** What loaders delivered (a failed load gives an empty table: Spanish is shown), shared by every element. */
const loaded = new WeakMap<StringLoader, StringOverrides>();
const loading = new WeakMap<StringLoader, Promise<unknown>>();

function load(loader: StringLoader): Promise<unknown> {
  let promise = loading.get(loader);
  if (!promise) {
    promise = loader().then(
      (module) => loaded.set(loader, module.default),
      (error: unknown) => {
        loaded.set(loader, {});
        if (DEV) devWarn(`strings:${String(error)}`, 'strings could not be loaded; Spanish is shown.', error);
      },
    );
    loading.set(loader, promise);
  }
  return promise;
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
const registered = new Map<string, Map<string, StringOverrides>>();

/**
 * Adds or overrides strings for a language, for one element (`tag`) or for every element
 * (`'*'`). A language that only exists here becomes available (missing keys fall back to Spanish).
 */
export function registerStrings(lang: string, strings: StringOverrides, tag = '*'): void {
  const key = lang.toLowerCase();
  const byTag = registered.get(key) ?? new Map<string, StringOverrides>();
  byTag.set(tag, { ...byTag.get(tag), ...strings });
  registered.set(key, byTag);
  for (const controller of live) controller.refresh(true);
}

/** The language requested for `element` (BCP 47 as written), walking up through shadow roots. */
export function requestedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return loaderConfig().lang || 'es';
}

/** Intl objects are costly to create and an element formats many times per render. */
const formats = new Map<string, unknown>();

// One observer for every element: re-render when a `lang` or `dir` changes anywhere above.
const live = new Set<LocalizeController<string>>();
let observer: MutationObserver | undefined;

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** Per-instance overrides (the `strings` attribute, JSON). */
  strings?: StringOverrides;
  /** Keeps the host from rendering until `work` settles (see VentanillaElement.holdRendering). */
  holdRendering?(work: Promise<unknown>): void;
}

export class LocalizeController<K extends string> implements ReactiveController {
  /** The language of the strings shown (`es`, `en`, `pt`, or one added by registerStrings). */
  lang = 'es';
  /** The locale for Intl formats: the requested tag when its language is the one shown (pt-BR). */
  locale = 'es';
  #table: StringOverrides = {};
  /** The language whose strings are being loaded for this host. */
  #awaited: string | undefined;
  readonly #host: LocalizeHost;
  readonly #translations: LazyTranslations<K>;

  constructor(host: LocalizeHost, translations: LazyTranslations<K>) {
    this.#host = host;
    this.#translations = translations;
    host.addController(this);
    this.#resolve();
  }

  hostConnected(): void {
    live.add(this as LocalizeController<string>);
    if (!observer) {
      observer = new MutationObserver(() => {
        for (const each of live) each.refresh();
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    this.#resolve();
  }

  hostDisconnected(): void {
    live.delete(this as LocalizeController<string>);
    if (!live.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdate(): void {
    this.#resolve();
  }

  /** Re-reads the language and asks the host to render again if anything changed. */
  refresh(force = false): void {
    const before = `${this.lang}|${this.locale}`;
    this.#resolve();
    if (force || `${this.lang}|${this.locale}` !== before) this.#host.requestUpdate();
  }

  /**
   * The language to ask the backend for content in: the one shown when the contract serves it
   * (its `Lang`, the languages of the core strings), else Spanish. Strings may exist in more
   * languages than content does (`registerStrings`).
   */
  get contentLang(): Lang {
    return this.lang in coreStrings ? (this.lang as Lang) : 'es';
  }

  /** `rtl` for right-to-left languages shown; otherwise undefined, so direction is inherited. */
  get dir(): 'rtl' | undefined {
    return RTL.has(this.lang) ? 'rtl' : undefined;
  }

  /** The string `key`, with `{name}` placeholders filled and the plural form chosen by `count`. */
  t(key: K | CoreStringKey, vars: Vars = {}): string {
    let value = this.#host.strings?.[key] ?? this.#table[key];
    if (value === undefined) {
      value = (this.#translations.es as StringOverrides)[key] ?? (coreStrings.es as StringOverrides)[key];
      if (DEV) devWarn(`missing:${this.lang}:${key}`, `missing string "${key}" for language "${this.lang}"${value === undefined ? '' : '; Spanish is shown'}.`);
    }
    const text = typeof value === 'object' ? (value[this.plural(Number(vars.count ?? 0))] ?? value.other) : (value ?? key);
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  }

  /** The plural category of `count` in the shown language. */
  plural(count: number): Intl.LDMLPluralRule {
    return this.#format(Intl.PluralRules, {}).select(count);
  }

  dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return this.#format(Intl.DateTimeFormat, options);
  }

  relativeTimeFormat(options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' }): Intl.RelativeTimeFormat {
    return this.#format(Intl.RelativeTimeFormat, options);
  }

  numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
    return this.#format(Intl.NumberFormat, options);
  }

  listFormat(options: Intl.ListFormatOptions = { type: 'conjunction' }): Intl.ListFormat {
    return this.#format(Intl.ListFormat, options);
  }

  #format<O, T>(Format: new (locale: string, options: O) => T, options: O): T {
    const key = `${Format.name}|${this.locale}|${JSON.stringify(options)}`;
    let format = formats.get(key) as T | undefined;
    if (!format) formats.set(key, (format = new Format(this.locale, options)));
    return format;
  }

  #resolve(): void {
    const requested = requestedLang(this.#host).toLowerCase();
    const base = requested.split('-')[0]!;
    const known = (lang: string) => lang in this.#translations || registered.has(lang);
    const lang = known(requested) ? requested : known(base) ? base : 'es';
    this.lang = lang;
    this.locale = lang === base ? canonicalLocale(requested, lang) : lang;
    // Tables still loading count as empty; the host holds its rendering until they arrive.
    const pending: StringLoader[] = [];
    const table = (source: StringOverrides | StringLoader | undefined) => {
      if (typeof source !== 'function') return source;
      if (!loaded.has(source)) pending.push(source);
      return loaded.get(source);
    };
    const extra = registered.get(lang);
    this.#table = {
      ...table((coreStrings as Record<string, StringOverrides | StringLoader>)[lang]),
      ...table((this.#translations as Record<string, StringOverrides | StringLoader>)[lang]),
      ...extra?.get('*'),
      ...extra?.get(this.#host.localName),
    };
    if (pending.length && this.#awaited !== lang && this.#host.isConnected) {
      this.#awaited = lang;
      const arrived = Promise.all(pending.map(load)).then(() => {
        this.#awaited = undefined;
        this.refresh(true);
      });
      this.#host.holdRendering?.(arrived);
    }
  }
}

function canonicalLocale(requested: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(requested)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
