// One small line icon per channel kind (24×24, drawn with the text colour). Decorative: the
// channel's name says what it is, so every icon is aria-hidden.
import { svg, type SVGTemplateResult } from 'lit';
import type { ChannelKind } from '@ventanilla/protocol';

const paths: Record<ChannelKind, SVGTemplateResult> = {
  phone: svg`<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`,
  chat: svg`<path d="M4 4h16v12H9l-5 4zm4 5h8m-8 3h5"/>`,
  whatsapp: svg`<path d="M3 21l1.6-4.7A9 9 0 1 1 8 19.5zM9 8.5c0 3.5 3 6.5 6.5 6.5l1-2-2.5-1-1 1a4 4 0 0 1-2-2l1-1-1-2.5z"/>`,
  sms: svg`<rect x="6" y="2" width="12" height="20" rx="2"/><path d="M9 8h6M9 11h4M11 18h2"/>`,
  social: svg`<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="6" r="2.5"/><circle cx="18" cy="18" r="2.5"/><path d="m8.2 10.8 7.6-3.6M8.2 13.2l7.6 3.6"/>`,
  web: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`,
  office: svg`<path d="M3 21h18M5 21V10l7-5 7 5v11M9 21v-6h6v6"/>`,
  video: svg`<rect x="3" y="6" width="13" height="12" rx="2"/><path d="m16 10 5-3v10l-5-3"/>`,
};

export function channelIcon(kind: ChannelKind): SVGTemplateResult {
  return svg`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${paths[kind] ?? paths.web}</svg>`;
}
