// The panel under the box while there is a query: its results, "No hemos encontrado nada" with
// who handles the question and the ways to reach a person, a placeholder while the first
// results load, or what went wrong.
import { html, nothing, type TemplateResult } from 'lit';
import type { ChannelDirectory } from '@ventanilla/protocol';
import type { ApiError } from '../core/api-errors.ts';
import { heading } from '../core/heading.ts';
import type { ResourceState } from '../core/resource.ts';
import { renderContactOptions } from './contact-options.ts';
import { renderReferral } from './referral.ts';
import { renderHits, type ListContext } from './result-lists.ts';
import type { SearchController } from './search-controller.ts';
import { skeleton } from './skeleton.ts';
import type { Translate } from './strings.ts';

/** What the panel shows; `kept` says it is loaded content (what stays readable offline). */
export interface PanelView {
  content: TemplateResult;
  kept: boolean;
}

/** What every view of the panel needs from the element. */
export interface PanelContext {
  level: number;
  t: Translate;
  list: ListContext;
  /** The message that something could not be loaded, with its retry. */
  problem: (error: ApiError) => TemplateResult;
}

/** The search's state: see SearchController. */
export type SearchState = Pick<SearchController, 'results' | 'error' | 'busy'>;

/** `channels` are the body's, offered when nothing is found; `contactHref` the contact page. */
export function renderSearchView({ results, error, busy }: SearchState, channels: ResourceState<ChannelDirectory>, contactHref: string | undefined, context: PanelContext): PanelView {
  const { level, t } = context;
  if (results && results.hits.length === 0) {
    return {
      content: html`<div part="no-results" class="no-results">
        ${heading(level, t('noResultsTitle'), { part: 'section-heading', id: 'no-results-heading' })}
        ${results.referral ? renderReferral(results.referral, t) : nothing}
        <p>${t(results.referral ? 'referralContactText' : 'noResultsText')}</p>
        ${renderContactOptions({
          channels: channels.status === 'ready' ? channels.value.channels : undefined,
          loading: channels.status === 'loading',
          contactHref,
          t,
        })}
      </div>`,
      kept: true,
    };
  }
  if (results) {
    return {
      content: html`${heading(level, t('resultsHeading', { query: results.query }), { part: 'section-heading', id: 'results-heading' })}
      ${renderHits(results.hits, context.list, busy)}`,
      kept: true,
    };
  }
  if (error && !busy) return { content: context.problem(error), kept: false };
  return { content: skeleton('list', t('searching')), kept: false };
}
