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
const matches = (value: any, spec: any): boolean =>
  typeof spec == 'string'
    ? typeof value == spec
    : Array.isArray(spec)
      ? Array.isArray(value) && value.length >= (spec[1] ? 1 : 0) && value.every((item) => !spec[0] || matches(item, spec[0]))
      : '?' in spec
        ? value === undefined || matches(value, spec['?'])
        : Object(value) === value && Object.keys(spec).every((key) => matches(value[key], spec[key]));

/** A guard for `validate` (see ApiReader): true when `body` has the described shape. */
export function shape<T>(spec: Spec<T>): (body: unknown) => body is T {
  return (body): body is T => matches(body, spec);
}
