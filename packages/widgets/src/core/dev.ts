// Development-only guardrails. Vite's `define` replaces __VN_DEV__ with `false` in the
// production bundle, so every `if (DEV)` branch and its strings are removed by the minifier.
declare const __VN_DEV__: boolean | undefined;

export const DEV: boolean = typeof __VN_DEV__ === 'boolean' ? __VN_DEV__ : true;

const warned = new Set<string>();

/** Warns once per key, in development builds only. */
export function devWarn(key: string, message: string, ...details: unknown[]): void {
  if (!DEV || warned.has(key)) return;
  warned.add(key);
  console.warn(`[ventanilla] ${message}`, ...details);
}

/** Warns (dev only) when an enumerated attribute has a value the element does not know. */
export function checkEnum<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
): value is T {
  if (value == null || (allowed as readonly string[]).includes(value)) return true;
  if (DEV) devWarn(`${tag}:${attribute}:${value}`, `<${tag}> ${attribute}="${value}" is not one of ${allowed.join(', ')}; the default is used.`);
  return false;
}

