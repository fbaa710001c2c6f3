// The notice above what stays readable when the connection is lost or a newer search failed:
// offline, it says what is kept; the backend failing, it says so and offers to search again.
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../core/api-errors.ts';
import type { Translate } from './strings.ts';

export interface ConnectionNoticeOptions {
  offline: boolean;
  /** Why the last search failed, if it did. */
  error: ApiError | undefined;
  t: Translate;
  onRetry: () => void;
}

export function renderConnectionNotice({ offline, error, t, onRetry }: ConnectionNoticeOptions): TemplateResult | typeof nothing {
  if (offline || error?.kind === 'offline') return html`<p part="notice connection-notice" class="notice">${t('offlineKept')}</p>`;
  if (!error) return nothing;
  return html`<div part="notice connection-notice" class="notice">
    <p>${t('unavailableKept')}</p>
    <button part="retry" class="secondary" type="button" @click=${onRetry}>${t('retry')}</button>
  </div>`;
}
