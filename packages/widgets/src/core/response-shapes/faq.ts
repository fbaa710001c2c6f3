// The one guard of each FAQ answer (`/v1/faq/...`), described against the contract's types (see
// ../response-shape.ts). Only what the elements rely on is described. A file per part of the
// contract, so an element loads only the guards of what it reads.
import type { Article, ArticleList, SearchResults, TopicList } from '@ventanilla/protocol';
import { shape } from '../response-shape.ts';

/** `/v1/faq/search`: the hits with their snippets, and who handles the query when no hit does. */
export const isSearchResults = shape<SearchResults>({
  results: [{ id: 'string', title: 'string', snippet: [{ text: 'string' }] }],
  referral: { '?': { name: 'string', text: 'string', url: { '?': 'string' } } },
});

/** `/v1/faq/articles`: the most read, or a topic's. */
export const isArticleList = shape<ArticleList>({ articles: [{ id: 'string', title: 'string' }] });

/** `/v1/faq/topics`. */
export const isTopicList = shape<TopicList>({ topics: [{ id: 'string', name: 'string' }] });

/** `/v1/faq/articles/{articleId}`. */
export const isArticle = shape<Article>({ id: 'string', title: 'string', body: 'string', lang: 'string' });
