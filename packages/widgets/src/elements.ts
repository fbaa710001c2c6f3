// The kit's elements, one entry each: the one list that the loader, the size check, the gallery
// and README indexes and the shared browser tests read. Adding an element is an entry in `defines`
// and in `budgets` plus its folder (docs/contributing.md). The loader ships `defines` alone, so an
// entry holds only what cannot be found by convention: where its files are follows from the tag
// (`filesOf`), and what it does is the `@summary` of its class's JSDoc.

export interface ElementEntry {
  /** The tag: `vn-` and the name of its folder. */
  readonly tag: ElementTag;
  /** Imports the element's `define.ts`, which the build turns into a chunk of its own. */
  readonly define: () => Promise<unknown>;
  /** Brotli budget, in KB, of the define chunk with everything it imports statically. */
  readonly budget: number;
  /** Chunks (by name) that must never load with it, only when a state needs them. */
  readonly lazy?: readonly string[];
}

/** Each tag and the module that defines it: all that the loader ships of this list. */
export const defines = {
  'vn-channel-picker': () => import('./channel-picker/define.ts'),
  'vn-faq-search': () => import('./faq-search/define.ts'),
} satisfies Record<`vn-${string}`, () => Promise<unknown>>;

export type ElementTag = keyof typeof defines;

/** What the size check holds each element to; a tag missing here fails the type check. */
const budgets: Record<ElementTag, Pick<ElementEntry, 'budget' | 'lazy'>> = {
  'vn-channel-picker': { budget: 15 },
  // marked and DOMPurify load with the first article, never with the search box.
  'vn-faq-search': { budget: 20, lazy: ['markdown'] },
};

export const elements: readonly ElementEntry[] = /* @__PURE__ */ (Object.keys(defines) as ElementTag[]).map((tag) => ({
  tag,
  define: defines[tag],
  ...budgets[tag],
}));

/** The element's folder, under packages/widgets/src/ and demo/gallery/. */
export const folderOf = (entry: ElementEntry): string => entry.tag.slice('vn-'.length);

/** Where an element's files are, from the repository's root, by convention. */
export function filesOf(entry: ElementEntry): { module: string; element: string; docs: string; gallery: string } {
  const folder = folderOf(entry);
  return {
    module: `packages/widgets/src/${folder}/define.ts`,
    element: `packages/widgets/src/${folder}/${folder}.ts`,
    docs: `docs/elements/${folder}.md`,
    gallery: `demo/gallery/${folder}/`,
  };
}
