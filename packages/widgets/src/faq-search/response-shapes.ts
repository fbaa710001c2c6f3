// Shape checks of the FAQ answers: a backend that answers something else (a proxy's HTML page,
// an older contract) is treated as unavailable instead of breaking the element.
import type { Article, ArticleList, ChannelDirectory, SearchResults, TopicList } from '@ventanilla/protocol';

type Loose<T> = { [K in keyof T]?: unknown } | null | undefined;

const isString = (value: unknown): value is string => typeof value === 'string';

/** An absent referral, or one with a name and a text (its link is checked where it is shown). */
function isReferral(value: unknown): boolean {
  if (value === undefined) return true;
  const referral = value as Loose<NonNullable<SearchResults['referral']>>;
  return Boolean(referral && isString(referral.name) && isString(referral.text) && (referral.url === undefined || isString(referral.url)));
}

export function isSearchResults(body: unknown): body is SearchResults {
  const value = body as Loose<SearchResults>;
  return Boolean(
    value &&
      isReferral(value.referral) &&
      Array.isArray(value.results) &&
      value.results.every(
        (hit) =>
          hit &&
          isString(hit.id) &&
          isString(hit.title) &&
          Array.isArray(hit.snippet) &&
          hit.snippet.every((part: unknown) => isString((part as { text?: unknown } | null)?.text)),
      ),
  );
}

export function isArticleList(body: unknown): body is ArticleList {
  const value = body as Loose<ArticleList>;
  return Boolean(value && Array.isArray(value.articles) && value.articles.every((each) => each && isString(each.id) && isString(each.title)));
}

export function isTopicList(body: unknown): body is TopicList {
  const value = body as Loose<TopicList>;
  return Boolean(value && Array.isArray(value.topics) && value.topics.every((each) => each && isString(each.id) && isString(each.name)));
}

export function isArticle(body: unknown): body is Article {
  const value = body as Loose<Article>;
  return Boolean(value && isString(value.id) && isString(value.title) && isString(value.body) && isString(value.lang));
}

export function isChannelDirectory(body: unknown): body is ChannelDirectory {
  const value = body as Loose<ChannelDirectory>;
  return Boolean(value && Array.isArray(value.channels) && value.channels.every((each) => each && isString(each.id) && isString(each.name)));
}
