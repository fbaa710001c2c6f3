/**
 * The one way the kit turns backend Markdown (FAQ answers, bot replies) into DOM.
 *
 * Pipeline: marked (a fresh instance with our renderer overrides) produces an HTML string that is
 * handed to DOMPurify only; DOMPurify parses it in an inert document, sanitizes it and returns a
 * DocumentFragment. Every transformation happens in the marked renderer or in DOMPurify hooks, so
 * the sanitized result is never serialized, reparsed or touched again: the element inserts the
 * fragment as a node (`html\`<div class="vn-md">${fragment}</div>\``).
 *
 * Content policy (content comes from another origin, so it gets no more power than plain text
 * with links):
 * - Links keep only absolute `http:`, `https:`, `mailto:` and `tel:` hrefs. Relative links and
 *   `#fragment` links lose their href (the text stays): they would resolve against the host
 *   page, which the content knows nothing about. Links open in the same tab and always carry
 *   `rel="noopener noreferrer"`.
 * - No images, media, forms, frames, SVG, MathML, templates, `<style>`, `<base>`, `<meta>` or
 *   `<link>`; a Markdown image renders as its alternative text.
 * - No `style`, `id`, `name` (DOM clobbering, fragment targets), `target`, `src`/`srcset`, event
 *   handlers, popovers or shadow-DOM plumbing (`slot`, `part`).
 * - Headings are shifted under the caller's heading level; headings written as raw HTML
 *   inside the Markdown are sanitized but not shifted.
 * - Tables sit in a focusable, labelled region that scrolls sideways on narrow screens.
 * - GFM task-list boxes render as the characters ☐ / ☑ (no form controls).
 *
 * Trusted Types: no string reaches a DOM sink here. DOMPurify parses through its own policy,
 * named `dompurify`, so a page enforcing Trusted Types lists it: `trusted-types dompurify lit-html`
 * (add `'allow-duplicates'` if the page also runs its own copy of DOMPurify).
 */
import type { Config, DOMPurify } from 'dompurify';
import type { Marked, Renderer, Tokens } from 'marked';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /**
   * Level (1–6) of the heading the content sits under; Markdown `#` becomes the next level down,
   * capped at h6. Default 2 (the page's h1, then the element's own h2).
   */
  headingLevel?: number;
  /** Localized labels for the structure the renderer adds. */
  labels?: {
    /** Accessible name of each scrollable table region. Default 'Tabla'. */
    table?: string;
  };
}

const DEFAULT_HEADING_LEVEL = 2;
const DEFAULT_TABLE_LABEL = 'Tabla';
/** Class of the scrollable region around each table (styled by markdown.styles.ts). */
const TABLE_REGION_CLASS = 'vn-md-table';

const SANITIZE_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  RETURN_DOM_FRAGMENT: true,
  // Strict on purpose: with this pattern every attribute outside the URI-safe list must hold an
  // absolute URL of an allowed scheme, so relative links and unknown attributes fall away.
  ALLOWED_URI_REGEXP: /^(?:https?|mailto|tel):/i,
  // Plain-value attributes Markdown output needs, exempted from the URL pattern above.
  ADD_URI_SAFE_ATTR: ['align', 'colspan', 'rowspan', 'scope', 'start', 'tabindex', 'lang', 'dir', 'datetime'],
  ALLOW_DATA_ATTR: false,
  FORBID_TAGS: [
    'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'slot', 'noscript', 'noembed',
    'noframes', 'xmp', 'plaintext',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal',
    'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'map', 'area', 'svg', 'math',
    'form', 'input', 'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'output',
    'fieldset', 'legend', 'label', 'meter', 'progress', 'dialog', 'search', 'selectedcontent',
    'font', 'center', 'marquee', 'blink',
  ],
  FORBID_ATTR: [
    'style', 'id', 'name', 'target', 'src', 'srcset', 'sizes', 'poster', 'background', 'action',
    'formaction', 'download', 'ping', 'autofocus', 'nonce', 'slot', 'part', 'exportparts',
    'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor', 'usemap', 'for',
    'form', 'bgcolor', 'color', 'face',
  ],
};

interface Engines {
  Marked: typeof Marked;
  Renderer: typeof Renderer;
  purify: DOMPurify;
}

let engines: Promise<Engines> | undefined;

/** Loads marked and DOMPurify on first use (their own chunk), once; a failed load is retried next time. */
function loadEngines(): Promise<Engines> {
  engines ??= Promise.all([import('marked'), import('dompurify')]).then(
    ([marked, dompurify]) => ({
      Marked: marked.Marked,
      Renderer: marked.Renderer,
      purify: createSanitizer(dompurify.default),
    }),
    (error: unknown) => {
      engines = undefined;
      throw error;
    },
  );
  return engines;
}

/** A DOMPurify instance of our own, so our hooks never touch the host page's DOMPurify. */
function createSanitizer(factory: DOMPurify): DOMPurify {
  const purify = factory(window);
  purify.addHook('uponSanitizeAttribute', (_node, event) => {
    // Only the table regions' tabindex="0" is meant to be there; other values reorder the page.
    if (event.attrName === 'tabindex' && event.attrValue.trim() !== '0') event.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.localName !== 'a') return;
    if (node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    else node.removeAttribute('rel');
  });
  return purify;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function headingBase(level: number | undefined): number {
  if (typeof level !== 'number' || !Number.isFinite(level)) return DEFAULT_HEADING_LEVEL;
  return Math.min(6, Math.max(1, Math.trunc(level)));
}

function createMarked({ Marked, Renderer }: Engines, options: MarkdownOptions): Marked {
  const base = headingBase(options.headingLevel);
  const tableLabel = escapeHtml(options.labels?.table?.trim() || DEFAULT_TABLE_LABEL);
  return new Marked({
    gfm: true,
    async: false,
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const level = Math.min(6, base + depth);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      table(token: Tokens.Table) {
        const table = Renderer.prototype.table.call(this, token);
        return `<div class="${TABLE_REGION_CLASS}" role="region" tabindex="0" aria-label="${tableLabel}">${table}</div>\n`;
      },
      tablecell(token: Tokens.TableCell) {
        if (!token.header) return false;
        const align = token.align ? ` align="${token.align}"` : '';
        return `<th scope="col"${align}>${this.parser.parseInline(token.tokens)}</th>\n`;
      },
      image({ text, tokens }: Tokens.Image) {
        const alt = tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text;
        return escapeHtml(alt);
      },
      checkbox({ checked }: Tokens.Checkbox) {
        return checked ? '☑ ' : '☐ ';
      },
    },
  });
}

/**
 * Renders untrusted Markdown to a sanitized DocumentFragment.
 *
 * Loads marked and DOMPurify on the first call. Insert the result as a node, inside an element
 * with the class `vn-md` that adopts `markdownStyles`; do not serialize or edit it.
 *
 * @param source Markdown from the backend (GFM: tables, task lists, autolinks).
 * @param options Heading level the content sits under, and localized labels.
 * @returns A fragment owned by an inert document; it adopts into the page on insertion.
 * @throws If the libraries fail to load, or sanitizing is not possible in this browser
 *   (nothing unsanitized is ever returned).
 */
export async function renderMarkdown(source: string, options: MarkdownOptions = {}): Promise<DocumentFragment> {
  const loaded = await loadEngines();
  const html = createMarked(loaded, options).parse(source, { async: false });
  const fragment: unknown = loaded.purify.sanitize(html, SANITIZE_CONFIG);
  // Null: the markup replaced the document body (a leading <frameset>), so nothing is safe to show.
  if (fragment === null) return document.createDocumentFragment();
  // DOMPurify hands the input back untouched where it cannot sanitize: fail closed.
  if (!(fragment instanceof DocumentFragment)) throw new Error('Markdown could not be sanitized in this browser.');
  return fragment;
}
