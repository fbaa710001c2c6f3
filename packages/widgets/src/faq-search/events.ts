// The events <vn-faq-search> fires: typed, bubbling and composed so a host page can listen anywhere.

export interface ArticleOpenDetail {
  id: string;
  title: string;
}

export interface FeedbackDetail {
  articleId: string;
  helpful: boolean;
}

export interface SearchDetail {
  query: string;
  count: number;
}

/** A bubbling, composed event carrying a typed detail. */
class DetailEvent<T> extends Event {
  readonly detail: T;
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** An article was opened (from a result, a topic, a deep link or the page URL). */
export class ArticleOpenEvent extends DetailEvent<ArticleOpenDetail> {
  static readonly type = 'vn-article-open';
  constructor(detail: ArticleOpenDetail) {
    super(ArticleOpenEvent.type, detail);
  }
}

/** The reader's answer to "was this helpful?" was stored by the server. */
export class FeedbackEvent extends DetailEvent<FeedbackDetail> {
  static readonly type = 'vn-feedback';
  constructor(detail: FeedbackDetail) {
    super(FeedbackEvent.type, detail);
  }
}

/** A search finished and its results are on screen (stale searches never fire). */
export class SearchEvent extends DetailEvent<SearchDetail> {
  static readonly type = 'vn-search';
  constructor(detail: SearchDetail) {
    super(SearchEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vn-article-open': ArticleOpenEvent;
    'vn-feedback': FeedbackEvent;
    'vn-search': SearchEvent;
  }
}
