// ventanilla.js — the one script tag an integrator pastes. It reads its own data-* settings,
// creates the kit's only global (`window.Ventanilla`), and loads an element's code only when
// its tag first appears in the document, now or later (single-page apps add tags as they go).
// It must stay tiny: no Lit here, only the registry of elements and their dynamic imports.
import type { KitConfig, VentanillaNamespace } from './core/config.ts';
import type { Theme } from './core/theme.ts';
import { defines } from './elements.ts';

declare const __VN_VERSION__: string | undefined;

/** Each tag and the chunk that defines it. */
const elements: Record<string, () => Promise<unknown>> = defines;

const version = typeof __VN_VERSION__ === 'string' ? __VN_VERSION__ : 'dev';

/** Module scripts have no document.currentScript: find the tag whose src is this module. */
function ownScript(): HTMLScriptElement | undefined {
  const here = import.meta.url;
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => script.src === here);
}

function readConfig(script: HTMLScriptElement | undefined): KitConfig {
  const data = script?.dataset ?? {};
  const config: KitConfig = {
    // Without data-endpoint, the backend is where the loader came from.
    endpoint: data.endpoint || new URL(import.meta.url).origin,
  };
  if (data.lang) config.lang = data.lang;
  if (data.site) config.site = data.site;
  if (data.theme) config.theme = data.theme as Theme;
  return Object.freeze(config);
}

function start(): void {
  if (window.Ventanilla) {
    console.warn(`[ventanilla] the loader is on this page twice (${window.Ventanilla.version} and ${version}); the first one is kept.`);
    return;
  }
  const loading = new Map<string, Promise<CustomElementConstructor>>();
  const load = (tag: string): Promise<CustomElementConstructor> => {
    let promise = loading.get(tag);
    if (!promise) {
      const importer = elements[tag];
      promise = importer
        ? importer().then(() => customElements.whenDefined(tag))
        : Promise.reject(new Error(`[ventanilla] unknown element <${tag}>`));
      // A chunk that fails to load (network) is tried again the next time the tag appears.
      promise.catch((error: unknown) => {
        loading.delete(tag);
        console.warn(`[ventanilla] could not load <${tag}>`, error);
      });
      loading.set(tag, promise);
    }
    return promise;
  };

  const selector = Object.keys(elements).join(',');
  const scan = (root: ParentNode & Node): Promise<unknown>[] => {
    const found = new Set<string>();
    if (root instanceof Element && root.localName in elements) found.add(root.localName);
    root.querySelectorAll(selector).forEach((element) => found.add(element.localName));
    return [...found].filter((tag) => !customElements.get(tag)).map((tag) => load(tag).catch(() => undefined));
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
      });
    }
    if (Object.keys(elements).every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  const namespace: VentanillaNamespace = Object.freeze({
    version,
    config: readConfig(ownScript()),
    ready: Promise.all(scan(document)).then(() => undefined),
    whenDefined: load,
  });
  Object.defineProperty(window, 'Ventanilla', { value: namespace, configurable: true, enumerable: true, writable: false });
}

start();
