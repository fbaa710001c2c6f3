// Fired when a citizen activates one of a channel's links (call, write, open the map…).
import type { Channel } from '@ventanilla/protocol';

export interface ChannelSelectDetail {
  channel: Channel;
  /** The link followed (`tel:`, `mailto:`, `https:`, `sms:`, or the office's map). */
  href: string;
}

/**
 * `vn-channel-select`: bubbles out of the shadow root. The link is then followed as usual;
 * calling `preventDefault()` stops it (to open the kit's chat instead, say).
 */
export class ChannelSelectEvent extends Event {
  static readonly type = 'vn-channel-select';
  readonly detail: ChannelSelectDetail;

  constructor(detail: ChannelSelectDetail) {
    super(ChannelSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vn-channel-select': ChannelSelectEvent;
  }
}
