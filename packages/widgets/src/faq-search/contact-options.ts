// What "No hemos encontrado nada" offers: the integrator's own content (the `contact` slot) or,
// without it, a compact list of the body's channels, and the contact page when configured.
import { html, nothing, type TemplateResult } from 'lit';
import type { Channel } from '@ventanilla/protocol';
import { channelLink, isSafeLink } from '../core/channel-link.ts';
import type { Translate } from './strings.ts';

export interface ContactOptions {
  /** The channels to list; undefined while they load or when they cannot be loaded. */
  channels: readonly Channel[] | undefined;
  loading: boolean;
  contactHref: string | undefined;
  t: Translate;
}

function channelLine(channel: Channel): TemplateResult | typeof nothing {
  const link = channelLink(channel);
  if (link) return html`<li><span class="channel-name">${channel.name}:</span> <a part="channel-link" href=${link.href}>${link.contact}</a></li>`;
  if (channel.address) {
    const { street, postalCode, locality } = channel.address;
    return html`<li><span class="channel-name">${channel.name}:</span> ${street}, ${postalCode} ${locality}</li>`;
  }
  return nothing;
}

/** The contact page's address when it resolves to a web or contact link (never `javascript:`). */
function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return isSafeLink(new URL(href, document.baseURI).href) ? href : undefined;
  } catch {
    return undefined;
  }
}

export function renderContactOptions({ channels, loading, contactHref, t }: ContactOptions): TemplateResult {
  const safeContact = safeHref(contactHref);
  return html`<div part="contact" class="contact">
    <slot name="contact">
      ${loading ? html`<p class="hint">${t('loading')}</p>` : nothing}
      ${channels?.length ? html`<ul part="channels" class="channels">${channels.map(channelLine)}</ul>` : nothing}
    </slot>
    ${safeContact ? html`<p><a part="contact-page" href=${safeContact}>${t('contactPage')}</a></p>` : nothing}
  </div>`;
}
