// The grey lines shown while something loads, saying so to screen readers too.
import { html, type TemplateResult } from 'lit';

export function skeleton(kind: 'list' | 'home' | 'article', label: string): TemplateResult {
  return html`<div part="loading" class="skeleton ${kind}-skeleton" role="status">
    <span class="visually-hidden">${label}</span><span></span><span></span><span></span>
  </div>`;
}
