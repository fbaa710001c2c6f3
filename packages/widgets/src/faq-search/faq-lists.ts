// The lists <vn-faq-search> loads besides search results: for the empty box, the most read
// articles, a topic's articles and the topics (once the element nears the viewport or gets
// focus); for "No hemos encontrado nada", the body's channels (once it has been shown, unless
// the page gives its own contact content). The most read and a topic's articles are kept apart,
// so coming back from a topic shows the most read again without asking for them again.
import type { ArticleList, ChannelDirectory, Lang, TopicList } from '@ventanilla/protocol';
import type { ApiReader } from '../core/api-reader.ts';
import type { ControllerHost } from '../core/controller-host.ts';
import { ResourceController } from '../core/resource.ts';
import { isChannelDirectory } from '../core/response-shapes/channels.ts';
import { isArticleList, isTopicList } from '../core/response-shapes/faq.ts';

/** How many of the most read articles the empty box shows. */
const POPULAR_COUNT = 6;
/** A topic's articles are listed in full (the contract's maximum). */
const TOPIC_COUNT = 100;

export interface FaqListsOptions {
  client: () => ApiReader;
  /** The language and site every list is asked for; a change loads them again. */
  scope: () => { lang: Lang; site?: string };
  endpoint: () => string | undefined;
  /** The topic searches are limited to, if any. */
  topic: () => string | undefined;
  /** The empty box is (about to be) seen. */
  homeWanted: () => boolean;
  /** "Nothing found" was shown and the page gives no contact content of its own. */
  channelsWanted: () => boolean;
}

export class FaqLists {
  readonly popular: ResourceController<ArticleList>;
  readonly topicArticles: ResourceController<ArticleList>;
  readonly topics: ResourceController<TopicList>;
  readonly channels: ResourceController<ChannelDirectory>;

  constructor(host: ControllerHost, { client, scope, endpoint, topic, homeWanted, channelsWanted }: FaqListsOptions) {
    const key = (wanted: boolean, ...more: unknown[]) => (wanted ? [endpoint(), scope(), ...more] : undefined);
    const articles = (query: { topic?: string | undefined; sort: 'popular'; limit: number }, signal: AbortSignal) =>
      client().get('/v1/faq/articles', { query: { ...scope(), ...query }, signal, validate: isArticleList });
    this.popular = new ResourceController(host, {
      key: () => key(homeWanted() && !topic()),
      load: (signal) => articles({ sort: 'popular', limit: POPULAR_COUNT }, signal),
    });
    this.topicArticles = new ResourceController(host, {
      key: () => key(homeWanted() && Boolean(topic()), topic()),
      load: (signal) => articles({ topic: topic(), sort: 'popular', limit: TOPIC_COUNT }, signal),
    });
    this.topics = new ResourceController(host, {
      key: () => key(homeWanted() || Boolean(topic())),
      load: (signal) => client().get('/v1/faq/topics', { query: scope(), signal, validate: isTopicList }),
    });
    this.channels = new ResourceController(host, {
      key: () => key(channelsWanted()),
      load: (signal) => client().get('/v1/channels', { query: scope(), signal, validate: isChannelDirectory }),
    });
  }

  /** The articles the empty box lists: the topic's, or the most read. */
  home(topic: string | undefined): ResourceController<ArticleList> {
    return topic ? this.topicArticles : this.popular;
  }

  /** Loads again what the empty box could not load (its retry button). */
  retryHome(topic: string | undefined): Promise<unknown> {
    return Promise.all([this.home(topic), this.topics].filter((each) => each.state.status === 'error').map((each) => each.reload()));
  }

  /** A topic's name, once the topics have loaded (its id until then). */
  topicName(id: string): string {
    return this.topics.value?.topics.find((each) => each.id === id)?.name ?? id;
  }
}
