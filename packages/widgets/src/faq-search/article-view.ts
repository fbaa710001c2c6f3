// The frame of an open article: the way back, then a placeholder while it loads, what went
// wrong, or its content (article-content.ts, loaded with the Markdown renderer).
import { html, nothing, type TemplateResult } from 'lit';
import type { Article } from '@ventanilla/protocol';
import type { ApiError, HttpError } from '../core/api-errors.ts';
import type { LocalizeController } from '../core/localize.ts';
import type { ArticleFeedback, FeedbackView } from './article-feedback.ts';
import type { ArticleKit } from './article-loader.ts';
import type { ListName } from './result-lists.ts';
import { skeleton } from './skeleton.ts';
import type { Translate } from './strings.ts';

export interface OpenArticle {
  id: string;
  status: 'loading' | 'ready' | 'error';
  article?: Article;
  /** The element's own container holding the sanitized fragment (never edited after that). */
  body?: HTMLElement;
  error?: ApiError;
  /** The list item that opened it; undefined for a deep link. */
  from?: { list: ListName; id: string };
}

export interface ArticleViewOptions {
  open: OpenArticle;
  /** The article view and the Markdown renderer, there once an article is ready. */
  kit: ArticleKit | undefined;
  feedback: ArticleFeedback | undefined;
  level: number;
  t: Translate;
  languageName: (lang: string) => string;
  /** The language the reader asked content in (for the missing-translation notice), and the date's format. */
  localize: Pick<LocalizeController<string>, 'contentLang' | 'dateTimeFormat'>;
  onBack: (event: Event) => void;
  onRetry: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** Handles the answers to "was this helpful?". */
  onAnswer: FeedbackView['onAnswer'];
}

export function renderArticleView(options: ArticleViewOptions): TemplateResult {
  const { open, t, onBack, onKeydown } = options;
  const from = open.from?.list;
  const backLabel = t(from === 'results' ? 'backToResults' : from === 'topic' ? 'backToTopic' : 'backToStart');
  return html`<article part="article" class="article" aria-labelledby=${open.status === 'ready' ? 'article-title' : 'back'} @keydown=${onKeydown}>
    <button part="back" id="back" class="link-button back" type="button" @click=${onBack}>
      <span class="arrow" aria-hidden="true">←</span> ${backLabel}
    </button>
    ${open.status === 'loading'
      ? skeleton('article', t('loading'))
      : open.status === 'error'
        ? renderArticleProblem(options)
        : renderContent(options)}
  </article>`;
}

function renderArticleProblem({ open, t, onRetry }: ArticleViewOptions): TemplateResult {
  const error = open.error;
  const missing = error?.kind === 'http' && (error as HttpError).status === 404;
  const message = missing ? t('articleNotFound') : error?.kind === 'offline' ? t('offline') : t('searchUnavailable');
  return html`<div part="unavailable" class="unavailable" role="status">
    <p part="unavailable-message">${message}</p>
    ${missing ? nothing : html`<button part="retry" type="button" @click=${onRetry}>${t('retry')}</button>`}
  </div>`;
}

function renderContent(options: ArticleViewOptions): TemplateResult {
  return options.kit!.view.renderArticleContent({ ...options, feedback: options.feedback! });
}
