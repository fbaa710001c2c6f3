// Registration that is safe to repeat: two copies of the kit on one page must not throw.
const warned = new Set<string>();

/**
 * Defines `tag` unless it is already defined. A second, different definition (another copy
 * of the kit) warns once and keeps the first one.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`[ventanilla] <${tag}> is already defined (is the kit loaded twice?); keeping the first definition.`);
    }
    return;
  }
  try {
    // The registry captures lifecycle callbacks before it reads observedAttributes (which is
    // when Lit finalizes a class); finalizing first lets VentanillaElement wrap them.
    (ctor as unknown as { finalize?: () => void }).finalize?.();
    customElements.define(tag, ctor);
  } catch (error) {
    // A registry may still refuse (same constructor under two names); never break the page.
    console.warn(`[ventanilla] could not define <${tag}>`, error);
  }
}
