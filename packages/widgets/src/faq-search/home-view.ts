// The panel under the empty box: the most read articles and the topics, or, when searches are
// limited to a topic, that topic's articles; a placeholder while they load, or what went wrong.
import { html, nothing } from 'lit';
import type { ArticleList, TopicList } from '@ventanilla/protocol';
import { heading } from '../core/heading.ts';
import type { ResourceState } from '../core/resource.ts';
import { renderSummaries, renderTopics } from './result-lists.ts';
import type { PanelContext, PanelView } from './search-view.ts';
import { skeleton } from './skeleton.ts';

/**
 * `articles` are the most read or the topic's; `topicName` names the topic searches are limited
 * to (undefined when they are not), whose articles are then listed alone.
 */
export function renderHomeView(
  articles: ResourceState<ArticleList>,
  topics: ResourceState<TopicList>,
  topicName: string | undefined,
  onChooseTopic: (event: Event) => void,
  { level, t, list, problem }: PanelContext,
): PanelView {
  const failed = [articles, topics].find((state): state is Extract<ResourceState<unknown>, { status: 'error' }> => state.status === 'error');
  if (failed) return { content: problem(failed.error), kept: false };
  if (articles.status !== 'ready' || topics.status !== 'ready') return { content: skeleton('home', t('loading')), kept: false };
  if (topicName !== undefined) {
    return {
      content: html`<div class="section">
        ${heading(level, topicName, { part: 'section-heading', id: 'topic-heading', focusable: true })}
        ${renderSummaries(articles.value.articles, 'topic', list)}
      </div>`,
      kept: true,
    };
  }
  const countLabel = (count: number) => t('topicArticles', { count });
  return {
    content: html`${articles.value.articles.length
        ? html`<div class="section">
            ${heading(level, t('popularHeading'), { part: 'section-heading', id: 'popular-heading' })}
            ${renderSummaries(articles.value.articles, 'popular', list)}
          </div>`
        : nothing}
      ${topics.value.topics.length
        ? html`<div class="section">
            ${heading(level, t('topicsHeading'), { part: 'section-heading', id: 'topics-heading' })}
            ${renderTopics(topics.value.topics, countLabel, onChooseTopic)}
          </div>`
        : nothing}`,
    kept: true,
  };
}
