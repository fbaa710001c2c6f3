// The "we can't show this now" block every element shows when its backend fails: a plain
// sentence, a retry button, and the integrator's fallback content (the tag's children).
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from './api-errors.ts';

export interface UnavailableOptions {
  error: ApiError;
  /** The element's own sentence for a failed backend. */
  message: string;
  offlineMessage: string;
  retryLabel: string;
  onRetry: () => void;
}

export function renderUnavailable({ error, message, offlineMessage, retryLabel, onRetry }: UnavailableOptions): TemplateResult {
  const canRetry = error.kind !== 'no-endpoint';
  return html`<div part="unavailable" class="unavailable" role="status">
      <p part="unavailable-message">${error.kind === 'offline' ? offlineMessage : message}</p>
      ${canRetry ? html`<button part="retry" type="button" @click=${onRetry}>${retryLabel}</button>` : nothing}
    </div>
    <div part="fallback" class="fallback"><slot></slot></div>`;
}
