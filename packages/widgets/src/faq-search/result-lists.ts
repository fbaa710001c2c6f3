// The lists <vn-faq-search> shows: search hits with their snippets, article titles (the most
// read, a topic's) and topics. Every text from the server is bound as text, never as HTML.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleSummary, SearchHit, SnippetPart, Topic } from '@ventanilla/protocol';
import { fragmentFor } from './article-fragment.ts';

/** Where an article was opened from: focus goes back there when it closes. */
export type ListName = 'results' | 'popular' | 'topic';

export interface ListContext {
  /** Links with `#vn-article=` hrefs (the page URL follows), or buttons. */
  asLinks: boolean;
  onOpen: (event: Event) => void;
  /** Names a language ("español"), for titles shown in Spanish because a translation is missing. */
  languageName: (lang: string) => string;
}

/** A snippet with the matched words in <mark>: each part is a text binding, so markup stays text. */
function renderSnippet(parts: readonly SnippetPart[]): TemplateResult[] {
  return parts.map((part) => (part.match ? html`<mark part="mark">${part.text}</mark>` : html`${part.text}`));
}

/** The control that opens an article: a link or a button, one arrow-key stop of its list. */
function opener(
  item: { id: string; title: string; fallback?: boolean },
  list: ListName,
  context: ListContext,
  describedBy?: string,
): TemplateResult {
  const title = item.fallback
    ? html`<span lang="es">${item.title}</span> <span class="language">(${context.languageName('es')})</span>`
    : item.title;
  return context.asLinks
    ? html`<a part="article-link" class="opener" href=${fragmentFor(item.id)} data-nav data-article=${item.id} data-list=${list}
        aria-describedby=${ifDefined(describedBy)} @click=${context.onOpen}>${title}</a>`
    : html`<button part="article-link" class="opener" type="button" data-nav data-article=${item.id} data-list=${list}
        aria-describedby=${ifDefined(describedBy)} @click=${context.onOpen}>${title}</button>`;
}

export function renderHits(hits: readonly SearchHit[], context: ListContext, busy: boolean): TemplateResult {
  return html`<ul part="list results" class="list" aria-busy=${busy ? 'true' : 'false'}>
    ${hits.map(
      (hit) => html`<li part="result" class="item">
        ${opener(hit, 'results', context, `snippet-${hit.id}`)}
        ${hit.snippet.length ? html`<p part="snippet" id=${`snippet-${hit.id}`}>${renderSnippet(hit.snippet)}</p>` : nothing}
      </li>`,
    )}
  </ul>`;
}

export function renderSummaries(articles: readonly ArticleSummary[], list: ListName, context: ListContext): TemplateResult {
  return html`<ul part="list" class="list">
    ${articles.map((article) => html`<li part="result" class="item">${opener(article, list, context)}</li>`)}
  </ul>`;
}

export function renderTopics(topics: readonly Topic[], countLabel: (count: number) => string, onChoose: (event: Event) => void): TemplateResult {
  return html`<ul part="list topics" class="list topics">
    ${topics.map(
      (topic) => html`<li class="item">
        <button part="topic" class="opener" type="button" data-nav data-topic=${topic.id} @click=${onChoose}>
          ${topic.name} <span class="count">(${countLabel(topic.count)})</span>
        </button>
      </li>`,
    )}
  </ul>`;
}
