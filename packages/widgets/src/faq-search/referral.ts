// Under "No hemos encontrado nada", when the site refers the question to another body: who
// handles it, the backend's one sentence, and their page (only an https address is linked).
import { html, nothing, type TemplateResult } from 'lit';
import type { Referral } from './search-controller.ts';
import type { Translate } from './strings.ts';

/** The body's page when it is an absolute https address; anything else is not linked. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function renderReferral(referral: Referral, t: Translate): TemplateResult {
  const url = safeUrl(referral.url);
  return html`<div part="referral" class="notice referral">
    <p class="referral-name">${t('referralHandledBy', { name: referral.name })}</p>
    <p>${referral.text}</p>
    ${url
      ? html`<p><a part="referral-link" href=${url} rel="noopener noreferrer">${t('referralLink', { name: referral.name })}</a></p>`
      : nothing}
  </div>`;
}
