// Puts markup on the test page inside a landmark with a page heading (as a real page would
// have, so that page-level axe rules judge the element and not the bare test page), and
// removes it after each test.
const mounted = new Set<Element>();

export interface MountOptions {
  /** Attributes of the landmark wrapping the markup (e.g. `{ dir: 'rtl', lang: 'ar' }`). */
  attributes?: Record<string, string>;
  /** Wait for the first custom element's `settled()` (its data loaded and rendered). Default true. */
  settle?: boolean;
}

interface Settles {
  settled?: () => Promise<void>;
}

/** Mounts `markup` and resolves with its first element (upgraded and settled when defined). */
export async function mount<T extends Element = HTMLElement>(markup: string, options: MountOptions = {}): Promise<T> {
  const landmark = document.createElement('main');
  for (const [name, value] of Object.entries(options.attributes ?? {})) landmark.setAttribute(name, value);
  const heading = document.createElement('h1');
  heading.textContent = 'Ayuntamiento de prueba';
  const holder = document.createElement('section');
  holder.setAttribute('aria-label', 'Contenido');
  holder.innerHTML = markup;
  landmark.append(heading, holder);
  document.body.append(landmark);
  mounted.add(landmark);
  const element = holder.firstElementChild as T | null;
  if (!element) throw new Error(`mount: no element in ${markup}`);
  if (options.settle !== false) await settle(element);
  return element;
}

/** Waits for a custom element to be defined, updated and done loading. */
export async function settle(element: Element): Promise<void> {
  if (element.localName.includes('-')) await customElements.whenDefined(element.localName);
  await (element as Element & Settles).settled?.();
}

/** The landmark a mounted element lives in (the axe context of the contract suite). */
export function landmarkOf(element: Element): HTMLElement {
  return element.closest('main') ?? document.body;
}

export function unmountAll(): void {
  for (const landmark of mounted) landmark.remove();
  mounted.clear();
}

if (typeof afterEach === 'function') afterEach(unmountAll);
