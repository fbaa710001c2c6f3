import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Lang } from '@ventanilla/protocol';
import { announce } from '../core/announcer.ts';
import { ApiClient, type ApiError, NoEndpointError } from '../core/api-client.ts';
import { VentanillaElement } from '../core/base-element.ts';
import { ConnectionController } from '../core/connection-controller.ts';
import { FocusController } from '../core/focus.ts';
import { FragmentRouteController } from '../core/fragment-route.ts';
import { headingLevel } from '../core/heading.ts';
import { ListNavigationController } from '../core/list-navigation.ts';
import { LocalizeController } from '../core/localize.ts';
import { isArticle, isSearchResults } from '../core/response-shapes/faq.ts';
import { renderUnavailable } from '../core/unavailable.ts';
import { VisibilityController } from '../core/visibility.ts';
import { ArticleController } from './article-controller.ts';
import type { FeedbackAnswer } from './article-feedback.ts';
import { articleFromFragment, fragmentFor } from './article-fragment.ts';
import { renderArticleView } from './article-view.ts';
import { renderConnectionNotice } from './connection-notice.ts';
import { ArticleOpenEvent, FeedbackEvent, SearchEvent } from './events.ts';
import { FaqLists } from './faq-lists.ts';
import { faqSearchStyles } from './faq-search.styles.ts';
import { renderHomeView } from './home-view.ts';
import { languageName } from './language-names.ts';
import type { ListContext, ListName } from './result-lists.ts';
import { MAX_QUERY_LENGTH, SearchController, type SearchAnswer, type SearchRun } from './search-controller.ts';
import { renderSearchView, type PanelView } from './search-view.ts';
import { faqSearchStrings, type FaqSearchStringKey, type Translate } from './strings.ts';

/** The box's data loads a little before the element scrolls into view. */
const VISIBILITY_MARGIN = '200px';

/**
 * Self-service answers: the citizen types a question in their own words and sees the right
 * articles as they type; opens one and reads it; says whether it helped; browses by topic when
 * they do not know what to type; and, when nothing fits, gets the ways to reach a person.
 *
 * Requests: none until needed. The most read articles and the topics load when the element
 * comes near the viewport or the citizen focuses it; the channels only when "nothing found" is
 * shown; an article's Markdown renderer (marked + DOMPurify) the first time an article opens.
 *
 * @tagname vn-faq-search
 * @summary Search-as-you-type FAQ with article view, feedback and topics.
 *
 * @slot - Fallback content (a link to the FAQ page, a phone number): shown if the element cannot
 *   start and when the backend cannot be reached.
 * @slot contact - What "nothing found" offers to reach a person; without it, the body's channels
 *   (from the backend) are listed.
 *
 * @csspart base - The element's box.
 * @csspart form - The search form (a search landmark).
 * @csspart label - The always-visible label of the search box.
 * @csspart hint - The hint under the label.
 * @csspart input - The search box.
 * @csspart submit - The search button.
 * @csspart topic-filter - The line saying searches are limited to a topic, with its way out.
 * @csspart clear-topic - The button that searches all topics again.
 * @csspart status - The line with "Searching…" or the number of results (its space is kept, so nothing shifts).
 * @csspart notice - A notice: offline or unavailable with earlier content kept, or a missing translation.
 * @csspart connection-notice - The offline / unavailable notice.
 * @csspart panel - The area below the box (lists, article, messages).
 * @csspart section-heading - The heading of a list (results, most read, topics, a topic).
 * @csspart list - Any list of articles or topics.
 * @csspart results - The list of search results.
 * @csspart result - One item of an article list.
 * @csspart article-link - The link (with `url-fragment`) or button that opens an article.
 * @csspart snippet - A result's excerpt.
 * @csspart mark - A matched word in an excerpt.
 * @csspart topics - The list of topics.
 * @csspart topic - A topic's button.
 * @csspart no-results - The "nothing found" message and what it offers.
 * @csspart referral - Under "nothing found", who handles what was asked when it is another body's (a passport, the income tax return).
 * @csspart referral-link - The link to that body's page.
 * @csspart contact - The ways to reach a person under "nothing found".
 * @csspart channels - The compact list of channels.
 * @csspart channel-link - A channel's link (call, write).
 * @csspart contact-page - The link to the contact page (`contact-href`).
 * @csspart article - The open article.
 * @csspart back - The button that goes back to where the article was opened from.
 * @csspart loading - A loading placeholder.
 * @csspart article-title - The article's title.
 * @csspart language-notice - "This article is not available in English; it is shown in Spanish."
 * @csspart article-body - The article's text, rendered from Markdown.
 * @csspart updated - The article's date.
 * @csspart feedback - "Was this helpful?" and its answers.
 * @csspart feedback-question - The question.
 * @csspart feedback-button - The yes and no buttons.
 * @csspart feedback-form - The "what was missing?" form shown after "no".
 * @csspart privacy-warning - The warning not to write personal data.
 * @csspart comment - The comment box.
 * @csspart feedback-send - The button that sends the comment.
 * @csspart feedback-thanks - The thanks once the answer is stored.
 * @csspart feedback-error - The message when the answer could not be sent.
 * @csspart feedback-retry - The button that sends the answer again.
 * @csspart unavailable - The message and retry button shown when the backend fails.
 * @csspart unavailable-message - The message itself.
 * @csspart retry - A retry button.
 * @csspart fallback - The box around the fallback content.
 *
 * @cssproperty [--vn-faq-search-background=var(--vn-color-background, #ffffff)] - Background of the element.
 * @cssproperty [--vn-faq-search-surface=var(--vn-color-surface, #f3f4f6)] - Background of notices and placeholders.
 * @cssproperty [--vn-faq-search-border-color=var(--vn-color-border, #767480)] - Borders of the box, lists and notices.
 * @cssproperty [--vn-faq-search-mark-background=color-mix(in srgb, var(--vn-color-accent, #0b57a4) 18%, var(--vn-color-background, #ffffff))] - Background of matched words.
 * @cssproperty [--vn-faq-search-gap=var(--vn-space, 1rem)] - Space between and inside the parts.
 * @cssproperty [--vn-faq-search-radius=var(--vn-radius, 0.5rem)] - Corner radius.
 *
 * @fires {ArticleOpenEvent} vn-article-open - An article is shown; `detail` is `{ id, title }`.
 * @fires {FeedbackEvent} vn-feedback - The server stored a "was this helpful?" answer; `detail` is `{ articleId, helpful }`.
 * @fires {SearchEvent} vn-search - A search finished and its results are shown; `detail` is `{ query, count }`.
 */
export class FaqSearch extends VentanillaElement {
  static override styles = [VentanillaElement.styles, faqSearchStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    article: { type: String },
    urlFragment: { type: Boolean, attribute: 'url-fragment' },
    topic: { type: String },
    limit: { type: Number },
    query: { type: String },
    contactHref: { type: String, attribute: 'contact-href' },
  };

  /** The level (1–6) of the element's headings (lists, article title); 2 by default. */
  declare headingLevel: string | number | undefined;
  /** Opens this article (by id) directly. */
  declare article: string | undefined;
  /** Reads and writes `#vn-article=<id>` in the page URL, so a page can link straight to an answer. */
  declare urlFragment: boolean;
  /** Limits searches to a topic and lists its articles when the box is empty; the citizen can leave it. */
  declare topic: string | undefined;
  /** The most results a search shows (1–20); the server's default (8) when absent. */
  declare limit: number | undefined;
  /** Text to search for at start (a site search page handing its query over). */
  declare query: string | undefined;
  /** The address of the body's contact page, offered when nothing is found. */
  declare contactHref: string | undefined;

  readonly #localize = new LocalizeController(this, faqSearchStrings);
  /** The empty box's data is wanted once the element nears the viewport or gets focus. */
  readonly #visibility = new VisibilityController(this, { margin: VISIBILITY_MARGIN });
  readonly #connection = new ConnectionController(this, {
    online: this.guard(() => {
      if (this.#search.query && this.#search.error) void this.#search.now(false);
      if (this.#article.open?.status === 'error') this.#article.reload(false);
    }, 'online'),
    offline: this.guard(() => announce(this.#t(this.#showsContent ? 'offlineKept' : 'offline')), 'offline'),
  });
  readonly #focus = new FocusController(this, { fallback: '#query' });
  readonly #keys = new ListNavigationController(this, { items: '.panel [data-nav]', field: '#query', active: () => !this.#article.open });
  /** Back and forward through `#vn-article=` entries, and links to them elsewhere on the page. */
  readonly #route = new FragmentRouteController(this, {
    parse: articleFromFragment,
    fragment: fragmentFor,
    enabled: () => this.urlFragment,
    changed: this.guard((id: string | undefined): void => this.#article.follow(id, { focus: this.matches(':focus-within') }), 'url'),
  });
  readonly #article = new ArticleController(this, {
    fetch: (articleId, signal) => this.config.api(ApiClient).get('/v1/faq/articles/{articleId}', { path: { articleId }, query: this.#contentQuery(), signal, validate: isArticle }),
    markdown: () => ({ headingLevel: headingLevel(this.headingLevel), labels: { table: this.#t('tableLabel') } }),
    shown: ({ id, title }) => this.dispatchEvent(new ArticleOpenEvent({ id, title })),
    feedback: {
      send: (articleId, body, key) =>
        this.config.api(ApiClient).post('/v1/faq/articles/{articleId}/feedback', body, { path: { articleId }, query: this.#siteQuery(), idempotencyKey: key }),
      stored: (articleId, helpful) => this.dispatchEvent(new FeedbackEvent({ articleId, helpful })),
      lang: () => this.#localize.contentLang,
    },
    route: this.#route,
    focus: this.#focus,
  });
  readonly #search = new SearchController(this, {
    run: (search) => this.#runSearch(search),
    done: ({ query, hits, referral }) => {
      if (hits.length === 0) this.#contactWanted = true;
      announce(referral && !hits.length ? `${this.#countText(0)}. ${this.#t('referralHandledBy', { name: referral.name })}` : this.#countText(hits.length));
      this.dispatchEvent(new SearchEvent({ query, count: hits.length }));
    },
    failed: (error) => announce(this.#t(error.kind === 'offline' ? 'offlineKept' : 'searchUnavailable')),
    crashed: (error) => this.contain(error, 'search'),
  });
  /** The channels are wanted once "nothing found" has been shown. */
  #contactWanted = false;
  readonly #lists = new FaqLists(this, {
    client: () => this.config.api(ApiClient),
    scope: () => this.#contentQuery(),
    endpoint: () => this.config.endpoint,
    topic: () => this.topic,
    homeWanted: () => this.#visibility.seen,
    channelsWanted: () => this.#contactWanted && !this.#hasContactSlot(),
  });

  /** Whether the last render showed loaded content (what going offline leaves readable). */
  #showsContent = false;
  /** What the content was loaded for; a change (language, site, endpoint) reloads it. */
  #contentKey = '';

  constructor() {
    super();
    this.urlFragment = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The language is resolved before the content key is read (controllers update after willUpdate).
    this.#localize.hostUpdate();
    const key = JSON.stringify([this.config.endpoint, this.config.site, this.#localize.contentLang]);
    const contentChanged = this.#contentKey !== '' && key !== this.#contentKey;
    this.#contentKey = key;
    if (changed.has('query') && this.query !== undefined) {
      this.#search.input(this.query);
      void this.#search.now(false);
    } else if ((changed.has('topic') && this.hasUpdated) || contentChanged) {
      void this.#search.now(false);
    }
    if (!this.hasUpdated || changed.has('urlFragment') || changed.has('article')) {
      // A removed `article` attribute closes the article it opened.
      this.#article.follow(this.#route.current ?? this.article, changed.get('article') ? { focus: false } : undefined);
    } else if (contentChanged) {
      this.#article.reload(false);
    }
  }

  protected override updated(): void {
    // The box shows the search's text even where the citizen's typing left another (as Lit's
    // `live()` would, without its directive's code in the bundle).
    const box = this.renderRoot.querySelector<HTMLInputElement>('#query');
    if (box && box.value !== this.#search.text) box.value = this.#search.text;
  }

  protected override render(): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const t = this.#t;
    // Nothing can work without a backend: only the fallback content, with a plain sentence.
    if (!this.config.endpoint) {
      return html`<div part="base" lang=${this.#localize.lang} dir=${this.#localize.dir ?? nothing}>
        ${this.#renderProblem(new NoEndpointError('No endpoint is configured.'), 'noEndpoint', () => undefined)}
      </div>`;
    }
    const panel = this.#renderPanel(level);
    this.#showsContent = panel.kept;
    return html`<div part="base" lang=${this.#localize.lang} dir=${this.#localize.dir ?? nothing} @focusin=${this.#visibility.reveal}>
      <form part="form" class="search" role="search" aria-labelledby="label" @submit=${this.#onSubmit}>
        <label part="label" id="label" for="query">${t('label')}</label>
        <p part="hint" id="hint" class="hint">${t('hint')}</p>
        <div class="box">
          <input part="input" id="query" type="search" name="q" autocomplete="off" maxlength=${MAX_QUERY_LENGTH} enterkeyhint="search"
            aria-describedby="hint" @input=${this.#onInput} @keydown=${this.#onInputKeydown} />
          <button part="submit" type="submit">${t('submit')}</button>
        </div>
      </form>
      ${this.topic
        ? html`<p part="topic-filter" class="topic-filter">
            ${t('topicFilter', { topic: this.#lists.topicName(this.topic) })}
            <button part="clear-topic" class="link-button" type="button" @click=${this.#onClearTopic}>${t('allTopics')}</button>
          </p>`
        : nothing}
      <p part="status" class="status">${this.#statusText()}</p>
      ${panel.kept
        ? renderConnectionNotice({ offline: this.#connection.offline, error: this.#search.query ? this.#search.error : undefined, t, onRetry: this.#onRetrySearch })
        : nothing}
      <div part="panel" class="panel" @keydown=${this.#onListKeydown}>${panel.content}</div>
    </div>`;
  }

  /** The area under the box; `kept` says it shows loaded content (kept when offline). */
  #renderPanel(level: number): PanelView {
    const open = this.#article.open;
    // An article opened from a list keeps the list on screen (and focus on it) until it arrives.
    if (open && !(open.status === 'loading' && open.from)) {
      const { kit, feedback } = this.#article;
      return {
        content: renderArticleView({
          open,
          kit,
          feedback,
          level,
          t: this.#t,
          languageName: this.#languageName,
          localize: this.#localize,
          onBack: this.#onBack,
          onRetry: this.#onRetryArticle,
          onKeydown: this.#onArticleKeydown,
          onAnswer: this.#onAnswer,
        }),
        kept: open.status === 'ready',
      };
    }
    const context = {
      level,
      t: this.#t,
      list: this.#listContext(),
      problem: (error: ApiError) => this.#renderProblem(error, 'searchUnavailable', this.#search.query ? this.#onRetrySearch : this.#onRetryHome),
    };
    if (this.#search.query) return renderSearchView(this.#search, this.#lists.channels.state, this.contactHref, context);
    const topic = this.topic;
    return renderHomeView(this.#lists.home(topic).state, this.#lists.topics.state, topic === undefined ? undefined : this.#lists.topicName(topic), this.#onChooseTopic, context);
  }

  #renderProblem(error: ApiError, message: FaqSearchStringKey | 'noEndpoint', onRetry: () => void): TemplateResult {
    return renderUnavailable({ error, message: this.#t(message), offlineMessage: this.#t('offline'), retryLabel: this.#t('retry'), onRetry });
  }

  #statusText(): string {
    const open = this.#article.open;
    if (open?.status === 'loading' && open.from) return this.#t('loading');
    if (!this.#search.query || open) return '';
    if (this.#search.busy) return this.#t('searching');
    return this.#search.results ? this.#countText(this.#search.results.hits.length) : '';
  }

  #countText(count: number): string {
    return count === 0 ? this.#t('noResults') : this.#t('resultCount', { count });
  }

  #listContext(): ListContext {
    return { asLinks: this.urlFragment, onOpen: this.#onOpen, languageName: this.#languageName };
  }

  /** `final` marks a query the citizen settled on (Enter, the button): only those count as unanswered. */
  async #runSearch({ query, final, signal }: SearchRun): Promise<SearchAnswer> {
    const limit = this.limit === undefined || Number.isNaN(Number(this.limit)) ? undefined : Math.min(20, Math.max(1, Math.round(Number(this.limit))));
    const params = { ...this.#contentQuery(), q: query, ...(this.topic ? { topic: this.topic } : {}), ...(limit ? { limit } : {}), ...(final ? { final } : {}) };
    const results = await this.config.api(ApiClient).get('/v1/faq/search', { query: params, signal, validate: isSearchResults });
    return { hits: results.results, referral: results.results.length ? undefined : results.referral };
  }

  readonly #onInput = this.guard((event: Event) => {
    // Typing again replaces an open article with the results.
    if (this.#article.open) this.#article.close({ focus: false, push: true });
    this.#search.input((event.target as HTMLInputElement).value);
  }, 'input');

  readonly #onSubmit = this.guard((event: SubmitEvent) => {
    event.preventDefault();
    this.#visibility.reveal();
    return this.#search.now(true);
  }, 'submit');

  /** Down goes from the box into the lists; arrow keys move between their items; Escape goes back to the box, text kept. */
  readonly #onInputKeydown = this.guard(this.#keys.onFieldKeydown, 'keydown');
  readonly #onListKeydown = this.guard(this.#keys.onListKeydown, 'keydown');

  readonly #onArticleKeydown = this.guard((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || (event.target as HTMLElement).localName === 'textarea') return;
    event.preventDefault();
    this.#article.close({ focus: true, push: true });
  }, 'keydown');

  readonly #onOpen = this.guard((event: Event) => {
    const control = event.currentTarget as HTMLElement;
    // A link opened in a new tab or window is left to the browser (the new page reads the fragment).
    if (control instanceof HTMLAnchorElement && event instanceof MouseEvent && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    event.preventDefault();
    const id = control.dataset.article!;
    this.#article.show(id, { focus: true, push: true, from: { list: control.dataset.list as ListName, id } });
  }, 'open');

  readonly #onBack = this.guard(() => this.#article.close({ focus: true, push: true }), 'back');

  readonly #onChooseTopic = this.guard(async (event: Event) => {
    this.topic = (event.currentTarget as HTMLElement).dataset.topic;
    await this.settled();
    this.#focus.focus('#topic-heading');
  }, 'topic');

  readonly #onClearTopic = this.guard(async () => {
    const left = this.topic;
    this.topic = undefined;
    await this.settled();
    this.#focus.focus(left && !this.#search.query ? `[data-topic="${CSS.escape(left)}"]` : '#query');
  }, 'topic');

  /** "Was this helpful?": the control that was used names its answer. */
  readonly #onAnswer = this.guard((event: Event) => {
    event.preventDefault();
    const kind = (event.currentTarget as HTMLElement).dataset.answer as FeedbackAnswer;
    return this.#article.answer(kind, this.renderRoot.querySelector<HTMLTextAreaElement>('#comment')?.value);
  }, 'feedback');

  readonly #onRetrySearch = this.guard(() => this.#search.now(false), 'retry');
  readonly #onRetryHome = this.guard(() => this.#lists.retryHome(this.topic), 'retry');
  readonly #onRetryArticle = this.guard(() => this.#article.reload(true), 'retry');

  readonly #t: Translate = (key, vars) => this.#localize.t(key, vars);

  #siteQuery(): { site?: string } {
    return this.config.site ? { site: this.config.site } : {};
  }

  #contentQuery(): { lang: Lang; site?: string } {
    return { lang: this.#localize.contentLang, ...this.#siteQuery() };
  }

  readonly #languageName = (lang: string): string => languageName(this.#localize.locale, lang);

  #hasContactSlot(): boolean {
    return this.querySelector(':scope > [slot="contact"]') !== null;
  }
}
