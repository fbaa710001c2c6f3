// An article's content, loaded with the Markdown renderer when the first article opens: its
// title, a notice when it is shown in Spanish because the translation is missing, the sanitized
// body, its date, and "was this helpful?".
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../core/heading.ts';
import type { LocalizeController } from '../core/localize.ts';
import type { OpenArticle } from './article-view.ts';
import type { Translate } from './strings.ts';

import { type ArticleFeedback, type FeedbackView, renderFeedback } from './article-feedback.ts';

export { ArticleFeedback } from './article-feedback.ts';
export { articleStyles } from './article.styles.ts';

export interface ArticleContentOptions {
  open: OpenArticle;
  level: number;
  t: Translate;
  languageName: (lang: string) => string;
  /** The language the reader asked content in (for the missing-translation notice), and the date's format. */
  localize: Pick<LocalizeController<string>, 'contentLang' | 'dateTimeFormat'>;
  feedback: ArticleFeedback;
  /** Handles the answers to "was this helpful?". */
  onAnswer: FeedbackView['onAnswer'];
}

export function renderArticleContent({ open, level, t, languageName, localize, feedback, onAnswer }: ArticleContentOptions): TemplateResult {
  const article = open.article!;
  const requested = localize.contentLang;
  const title = html`<span lang=${article.lang}>${article.title}</span>`;
  // The date alone, in UTC, so that no time zone moves it to the day before.
  const date = localize.dateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${article.updated}T00:00:00Z`));
  return html`${heading(level, title, { part: 'article-title', id: 'article-title', focusable: true })}
    ${article.fallback && article.lang !== requested
      ? html`<p part="notice language-notice" class="notice">
          ${t('fallbackNotice', { requested: languageName(requested), shown: languageName(article.lang) })}
        </p>`
      : nothing}
    ${open.body}
    <p part="updated" class="updated"><time datetime=${article.updated}>${t('updated', { date })}</time></p>
    ${renderFeedback({ state: feedback.state(open.id), t, onAnswer })}`;
}
