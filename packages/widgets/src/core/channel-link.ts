// A channel's link as the elements show it: only contact and web schemes (never `javascript:`
// or `data:`), with the address people read ("010", not "tel:010").
import type { Channel } from '@ventanilla/protocol';

const SAFE_LINK = /^(tel:|mailto:|https:|http:|sms:)/i;

/** Whether an address (already resolved) uses a scheme the elements link to. */
export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href);
}

/** The channel's link and the words to show for it; none when it has no safe one. */
export function channelLink(channel: Pick<Channel, 'href' | 'hrefLabel'>): { href: string; contact: string } | undefined {
  const { href } = channel;
  if (!href || !isSafeLink(href)) return undefined;
  return { href, contact: channel.hrefLabel ?? href.replace(/^(tel:|mailto:|sms:)/i, '') };
}
