// Strings and formats in the citizen's language: the element's own `lang`, else the nearest
// ancestor's, else the loader's data-lang, else Spanish. Every string can be overridden per
// instance (`strings`) or for the whole kit (`registerStrings`), which also adds languages.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loaderConfig } from './config.ts';
import { devWarn } from './dev.ts';
import { coreStrings, type CoreStringKey } from './strings/index.ts';

/** A string that changes with a count: one entry per plural category of the language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type StringValue = string | PluralForms;
export type StringTable<K extends string = string> = Record<K, StringValue>;
/** Spanish, English and Portuguese are complete: the compiler checks every key. */
export type Translations<K extends string> = { es: StringTable<K>; en: StringTable<K>; pt: StringTable<K> };
export type StringOverrides = Partial<Record<string, StringValue>>;
export type Vars = Record<string, string | number>;

/** Declares an element's strings; the type makes the three languages list the same keys. */
export function defineStrings<K extends string>(translations: { es: StringTable<K> } & Record<'en' | 'pt', StringTable<K>>): Translations<K> {
  return translations;
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
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (!value) {
    value = make();
    formatters.set(key, value);
  }
  return value;
}

// One observer for every element: re-render when a `lang` or `dir` changes anywhere above.
const live = new Set<LocalizeController<string>>();
let observer: MutationObserver | undefined;
function watch(controller: LocalizeController<string>): void {
  live.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const each of live) each.refresh();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
}
function unwatch(controller: LocalizeController<string>): void {
  live.delete(controller);
  if (live.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** Per-instance overrides (the `strings` attribute, JSON). */
  strings?: StringOverrides;
}

export class LocalizeController<K extends string> implements ReactiveController {
  /** The language of the strings shown (`es`, `en`, `pt`, or one added by registerStrings). */
  lang = 'es';
  /** The locale for Intl formats: the requested tag when its language is the one shown (pt-BR). */
  locale = 'es';
  private table: StringOverrides = {};

  constructor(
    private readonly host: LocalizeHost,
    private readonly translations: Translations<K>,
  ) {
    host.addController(this);
    this.resolve();
  }

  hostConnected(): void {
    watch(this as LocalizeController<string>);
    this.resolve();
  }

  hostDisconnected(): void {
    unwatch(this as LocalizeController<string>);
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** Re-reads the language and asks the host to render again if anything changed. */
  refresh(force = false): void {
    const before = `${this.lang}|${this.locale}`;
    this.resolve();
    if (force || `${this.lang}|${this.locale}` !== before) this.host.requestUpdate();
  }

  /** `rtl` for right-to-left languages shown; otherwise undefined, so direction is inherited. */
  get dir(): 'rtl' | undefined {
    return RTL.has(this.lang) ? 'rtl' : undefined;
  }

  /** The string `key`, with `{name}` placeholders filled and the plural form chosen by `count`. */
  t(key: K | CoreStringKey, vars: Vars = {}): string {
    const value = this.lookup(key);
    let text: string;
    if (typeof value === 'string') text = value;
    else {
      const count = Number(vars.count ?? 0);
      const rule = this.plural(count);
      text = value[rule] ?? value.other;
    }
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  }

  /** The plural category of `count` in the shown language. */
  plural(count: number): Intl.LDMLPluralRule {
    return cached(`plural|${this.locale}`, () => new Intl.PluralRules(this.locale)).select(count);
  }

  dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return cached(`dtf|${this.locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(this.locale, options));
  }

  relativeTimeFormat(options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' }): Intl.RelativeTimeFormat {
    return cached(`rtf|${this.locale}|${JSON.stringify(options)}`, () => new Intl.RelativeTimeFormat(this.locale, options));
  }

  numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
    return cached(`nf|${this.locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(this.locale, options));
  }

  listFormat(options: Intl.ListFormatOptions = { type: 'conjunction' }): Intl.ListFormat {
    return cached(`lf|${this.locale}|${JSON.stringify(options)}`, () => new Intl.ListFormat(this.locale, options));
  }

  private lookup(key: string): StringValue {
    const own = this.host.strings?.[key] ?? this.table[key];
    if (own !== undefined) return own;
    const spanish = (this.translations.es as StringOverrides)[key] ?? (coreStrings.es as StringOverrides)[key];
    devWarn(`missing:${this.lang}:${key}`, `missing string "${key}" for language "${this.lang}"${spanish === undefined ? '' : '; Spanish is shown'}.`);
    return spanish ?? key;
  }

  private resolve(): void {
    const requested = requestedLang(this.host);
    const base = requested.toLowerCase().split('-')[0]!;
    const known = (lang: string) => lang in this.translations || registered.has(lang);
    const lang = known(requested.toLowerCase()) ? requested.toLowerCase() : known(base) ? base : 'es';
    this.lang = lang;
    this.locale = lang === base ? supportedLocale(requested, lang) : lang;
    const translated = (this.translations as Record<string, StringOverrides | undefined>)[lang];
    const core = (coreStrings as Record<string, StringOverrides | undefined>)[lang];
    const extra = registered.get(lang);
    this.table = { ...core, ...translated, ...extra?.get('*'), ...extra?.get(this.host.localName) };
  }
}

function supportedLocale(requested: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(requested)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
