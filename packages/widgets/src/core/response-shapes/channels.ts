// The one guard of `/v1/channels`, read by the channel picker and by the FAQ search's "nothing
// found": described against the contract's types (see ../response-shape.ts), so a backend that
// answers something else (a proxy's HTML page, an older contract) is treated as unavailable
// instead of breaking the element. Only what the elements rely on is described.
import type { ChannelDirectory } from '@ventanilla/protocol';
import { shape } from '../response-shape.ts';

/** Every channel with its weekly hours and a timeline that covers now. */
export const isChannelDirectory = shape<ChannelDirectory>({
  timeZone: 'string',
  until: 'string',
  holidays: [],
  closures: [],
  channels: [{ id: 'string', name: 'string', schedule: { weekly: [] }, timeline: [{}, 'non-empty'] }],
});
