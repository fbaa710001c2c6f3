// A response shape described against the contract's generated types and checked at run time.
// The description is typed by the schema it checks, so a field the contract renames, drops or
// retypes stops the build instead of silently letting a broken answer through.

type Leaf<T> = T extends string ? 'string' : T extends number ? 'number' : T extends boolean ? 'boolean' : never;

/**
 * How to check a value of type `T`: `'string'`, `'number'` or `'boolean'` for a primitive; `[]`
 * for any list, `[item]` for a list whose every item is checked, `[item, 'non-empty']` for one
 * that must have items too; an object naming the fields the element relies on, where a field
 * the contract lets the server leave out is written `{ '?': spec }` (absent, or as described).
 * Fields left out are not checked.
 */
export type Spec<T> = [T] extends [readonly (infer Item)[]]
  ? readonly [] | readonly [Spec<Item>] | readonly [Spec<Item>, 'non-empty']
  : [T] extends [string | number | boolean]
    ? Leaf<T>
    : { readonly [K in keyof T]?: {} extends Pick<T, K> ? { readonly '?': Spec<NonNullable<T[K]>> } : Spec<T[K]> };

// Untyped on purpose: `Spec` has checked the description where it was written.
function matches(value: any, spec: any): boolean {
  if (typeof spec === 'string') return typeof value === spec;
  if (Array.isArray(spec)) return Array.isArray(value) && !(spec[1] && !value.length) && (!spec[0] || value.every((item) => matches(item, spec[0])));
  if ('?' in spec) return value === undefined || matches(value, spec['?']);
  return typeof value === 'object' && value !== null && Object.keys(spec).every((key) => matches(value[key], spec[key]));
}

/** A guard for `validate` (see ApiReader): true when `body` has the described shape. */
export function shape<T>(spec: Spec<T>): (body: unknown) => body is T {
  return (body): body is T => matches(body, spec);
}
