// The channel picker's strings in English, loaded only on pages that show it.
import type { StringTable } from '../core/localize.ts';
import type { ChannelPickerStringKey } from './strings.ts';

const en: StringTable<ChannelPickerStringKey> = {
  title: 'Ways to contact us',
  loadingChannels: 'Loading the ways to contact us…',
  unavailableChannels: 'We cannot show the ways to contact us right now. Please try again in a few minutes.',
  offlineChannels: 'There is no internet connection, so we cannot show the ways to contact us. We will try again when the connection is back.',
  empty: 'No ways to contact us have been published.',
  loaded: { one: '{count} way to contact us loaded.', other: '{count} ways to contact us loaded.' },
  statusOpen: 'Open now',
  statusAlways: 'Always available',
  statusClosed: 'Closed',
  statusHoliday: 'Closed for a public holiday ({name})',
  statusClosure: 'Temporarily closed',
  statusNoHours: 'No opening hours published',
  closes: 'closes {when}',
  opens: 'opens {when}',
  whenToday: { other: 'at {time}' },
  whenTomorrow: { other: 'tomorrow at {time}' },
  whenWeekday: { other: 'on {weekday} at {time}' },
  whenDate: { other: 'on {date} at {time}' },
  call: 'Call {contact}',
  write: 'Write to {contact}',
  sms: 'Send a text message to {contact}',
  openLink: 'Open {contact}',
  whatsapp: 'Message {contact} on WhatsApp',
  videoCall: 'Start the video call',
  map: 'View on the map',
  hours: 'Opening hours',
  hoursUnavailable: 'The opening hours could not be loaded. Open them again once you are back online.',
  responseTime: 'Usual response time: {duration}',
};

export default en;
