// The article <vn-faq-search> shows: fetching it (only the newest request may change the
// screen), loading the Markdown renderer with it the first time, recording it in the page URL
// and moving focus into it; "was this helpful?" (article-feedback.ts, loaded with it); closing
// it and returning focus to where it was opened from.
import type { ReactiveController } from 'lit';
import type { Article } from '@ventanilla/protocol';
import { ApiError, NetworkError } from '../core/api-errors.ts';
import type { ElementHost } from '../core/controller-host.ts';
import type { FocusController } from '../core/focus.ts';
import type { FragmentRouteController } from '../core/fragment-route.ts';
import type { MarkdownOptions } from '../core/markdown.ts';
import type { ArticleFeedback, FeedbackAnswer, FeedbackOptions } from './article-feedback.ts';
import { loadArticleKit, type ArticleKit } from './article-loader.ts';
import type { OpenArticle } from './article-view.ts';
import { LatestRequest } from './latest-request.ts';

export interface ArticleControllerOptions {
  fetch: (id: string, signal: AbortSignal) => Promise<Article>;
  markdown: () => MarkdownOptions;
  /** The article is on screen. */
  shown: (article: Article) => void;
  /** Sending "was this helpful?" answers. */
  feedback: FeedbackOptions;
  route: FragmentRouteController;
  focus: FocusController;
}

export interface ShowOptions {
  /** Move focus into the article (the citizen opened it), or leave it where it is. */
  focus: boolean;
  /** Record it in the page URL as a new history entry. */
  push: boolean;
  from?: OpenArticle['from'] | undefined;
}

/** Selects the list item an article was opened from. */
const itemSelector = (from: NonNullable<OpenArticle['from']>) => `[data-list="${from.list}"][data-article="${CSS.escape(from.id)}"]`;

export class ArticleController implements ReactiveController {
  /** The article shown, loading or failed; undefined when none is. */
  open: OpenArticle | undefined;
  /** The article view, its feedback and the Markdown renderer, once the first article is shown. */
  kit: ArticleKit | undefined;
  feedback: ArticleFeedback | undefined;
  readonly #requests = new LatestRequest();
  readonly #host: ElementHost;
  readonly #options: ArticleControllerOptions;

  constructor(host: ElementHost, options: ArticleControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: the load the disconnect cancelled starts again.
    if (this.open?.status === 'loading' && this.#host.hasUpdated) this.reload(false);
  }

  hostDisconnected(): void {
    this.#requests.cancel();
  }

  /** Shows the article `id` asks for unless it is shown; without one, closes the open article if `close` says how. */
  follow(id: string | undefined, close?: { focus: boolean }): void {
    if (id && id !== this.open?.id) this.show(id, { focus: false, push: false });
    else if (!id && close && this.open) this.close({ ...close, push: false });
  }

  /** Loads the open article again (a retry, back online, another language). */
  reload(focus: boolean): void {
    if (this.open) this.show(this.open.id, { focus, push: false, from: this.open.from });
  }

  show(id: string, { focus, push, from }: ShowOptions): void {
    const ticket = this.#requests.start();
    this.open = { id, status: 'loading', from };
    if (push) this.#options.route.push(id);
    this.#host.requestUpdate();
    const markdown = this.#options.markdown();
    const work = (async () => {
      try {
        const article = await this.#options.fetch(id, ticket.signal);
        const kit = await loadArticleKit();
        const fragment = await kit.render(article.body, markdown);
        if (!ticket.isCurrent()) return;
        kit.adopt(this.#host.renderRoot as ShadowRoot);
        this.#useKit(kit);
        this.open = { id, status: 'ready', article, body: articleBody(article, fragment), from };
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        if (focus) this.#options.focus.focus('#article-title');
        this.#options.shown(article);
      } catch (error) {
        if (!ticket.isCurrent()) return;
        const failure = error instanceof ApiError ? error : new NetworkError('The article could not be shown.', { cause: error });
        if (failure.kind === 'aborted') return;
        this.open = { id, status: 'error', error: failure, from };
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        if (focus) this.#options.focus.focus('#back');
      }
    })();
    this.#host.trackWork?.(work);
  }

  close({ focus, push }: { focus: boolean; push: boolean }): void {
    const from = this.open?.from;
    this.#requests.cancel();
    this.open = undefined;
    if (push) this.#options.route.push(undefined);
    this.#host.requestUpdate();
    void this.#options.focus.closed(focus, from && itemSelector(from));
  }

  /** An answer to "was this helpful?" about the open article (see ArticleFeedback.answer). */
  async answer(kind: FeedbackAnswer, comment = ''): Promise<void> {
    const { feedback, open } = this;
    if (feedback && open) await feedback.answer(open.id, kind, comment);
  }

  #useKit(kit: ArticleKit): void {
    this.kit = kit;
    this.feedback ??= new kit.view.ArticleFeedback(this.#host, this.#options.feedback, this.#options.focus);
  }
}

/** The element's own container for the sanitized fragment, which is inserted whole and never edited. */
function articleBody(article: Article, fragment: DocumentFragment): HTMLElement {
  const body = document.createElement('div');
  body.className = 'vn-md';
  body.setAttribute('part', 'article-body');
  body.lang = article.lang;
  body.append(fragment);
  return body;
}
