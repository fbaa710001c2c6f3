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

/** An article was opened (from a result, a topic, a deep link or the page URL). */
export class ArticleOpenEvent extends Event {
  static readonly type = 'vn-article-open';
  readonly detail: ArticleOpenDetail;
  constructor(detail: ArticleOpenDetail) {
    super(ArticleOpenEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The reader's answer to "was this helpful?" was stored by the server. */
export class FeedbackEvent extends Event {
  static readonly type = 'vn-feedback';
  readonly detail: FeedbackDetail;
  constructor(detail: FeedbackDetail) {
    super(FeedbackEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** A search finished and its results are on screen (stale searches never fire). */
export class SearchEvent extends Event {
  static readonly type = 'vn-search';
  readonly detail: SearchDetail;
  constructor(detail: SearchDetail) {
    super(SearchEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vn-article-open': ArticleOpenEvent;
    'vn-feedback': FeedbackEvent;
    'vn-search': SearchEvent;
  }
}
