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
