// `#vn-article=<id>` in the page URL: what the `url-fragment` attribute reads and writes.

const PREFIX = '#vn-article=';
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The article id named by a URL fragment, or undefined when the fragment names none. */
export function articleFromFragment(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const id = decodeURIComponent(hash.slice(PREFIX.length));
  return SLUG.test(id) ? id : undefined;
}

/** The fragment that links to an article. */
export function fragmentFor(id: string): string {
  return `${PREFIX}${id}`;
}

/** The current page URL with its fragment pointing at an article, or without one. */
export function pageUrlWithArticle(href: string, id: string | undefined): string {
  const url = new URL(href);
  url.hash = id ? fragmentFor(id) : '';
  // An emptied hash still leaves a bare '#'; drop it so the address reads as it did.
  return id ? url.href : url.href.replace(/#$/, '');
}
