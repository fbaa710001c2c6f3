// What showing an article needs beyond searching — the core's Markdown renderer (marked +
// DOMPurify), its styles, and the article's own view and feedback — is loaded the first time an
// article is shown, as separate chunks: searching never downloads any of it.
import type { CSSResult } from 'lit';
import type { MarkdownOptions } from '../core/markdown.ts';

export interface ArticleKit {
  render(source: string, options: MarkdownOptions): Promise<DocumentFragment>;
  /** Gives a shadow root the Markdown and article styles. */
  adopt(root: ShadowRoot): void;
  view: typeof import('./article-content.ts');
}

let loading: Promise<ArticleKit> | undefined;

/** Markdown's defaults go first and the article's refinements last, around the element's own sheets. */
function adopter(markdown: CSSResult, article: CSSResult): (root: ShadowRoot) => void {
  return (root) => {
    const [first, last] = [markdown.styleSheet, article.styleSheet];
    if (!first || !last || root.adoptedStyleSheets.includes(last)) return;
    root.adoptedStyleSheets = [first, ...root.adoptedStyleSheets, last];
  };
}

/** Loads it all once; a failed load (offline) is tried again next time. */
export function loadArticleKit(): Promise<ArticleKit> {
  loading ??= Promise.all([import('../core/markdown.ts'), import('../core/markdown.styles.ts'), import('./article-content.ts')]).then(
    ([markdown, styles, view]) => ({ render: markdown.renderMarkdown, adopt: adopter(styles.markdownStyles, view.articleStyles), view }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
