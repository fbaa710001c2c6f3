// Turns a period of a channel's timeline into the sentence a citizen reads: "Abierto ahora ·
// cierra a las 15:00", "Cerrado · abre el lunes a las 8:00". Instants are shown in the citizen's
// time zone, naming the zone when its clock differs from the body's; "today / tomorrow /
// weekday / date" is chosen by the distance in calendar days.
import type { StatusPeriod } from '@ventanilla/protocol';
import type { LocalizeController } from '../core/localize.ts';
import type { ChannelPickerStringKey } from './strings.ts';
import { clocksDiffer, dayIn, hourIn } from '@ventanilla/protocol/wall-clock';

export interface StatusTextContext {
  localize: LocalizeController<ChannelPickerStringKey>;
  now: number;
  /** Where the citizen is (the browser's zone unless the element was given one). */
  displayZone: string;
  /** The body's zone, in which the hours are written. */
  bodyZone: string;
}

export interface StatusText {
  /** "Abierto ahora", "Cerrado por festivo (Navidad)"… */
  label: string;
  /** "cierra a las 15:00", "abre el lunes a las 8:00", or empty. */
  when: string;
}

/** "a las 15:00", "mañana a las 9:00", "el lunes a las 8:00", "el 7 de enero a las 9:00". */
function whenText(instant: number, context: StatusTextContext): string {
  const { localize, now, displayZone, bodyZone } = context;
  const time = localize
    .dateTimeFormat({ timeZone: displayZone, hour: 'numeric', minute: '2-digit', ...(clocksDiffer(displayZone, bodyZone, instant) ? { timeZoneName: 'short' } : {}) })
    .format(instant);
  // The hour on the citizen's clock chooses the plural form ("a la 1:00", "a las 13:00").
  const count = hourIn(displayZone, instant);
  const days = dayIn(displayZone, instant) - dayIn(displayZone, now);
  if (days <= 0) return localize.t('whenToday', { time, count });
  if (days === 1) return localize.t('whenTomorrow', { time, count });
  if (days < 7) {
    const weekday = localize.dateTimeFormat({ timeZone: displayZone, weekday: 'long' }).format(instant);
    return localize.t('whenWeekday', { time, count, weekday });
  }
  const date = localize.dateTimeFormat({ timeZone: displayZone, day: 'numeric', month: 'long' }).format(instant);
  return localize.t('whenDate', { time, count, date });
}

export function statusText(period: StatusPeriod, context: StatusTextContext): StatusText {
  const { localize } = context;
  const when = period.until ? whenText(Date.parse(period.until), context) : '';
  if (period.open) {
    if (period.reason === 'always') return { label: localize.t('statusAlways'), when: '' };
    return { label: localize.t('statusOpen'), when: when && localize.t('closes', { when }) };
  }
  const label =
    period.reason === 'holiday' && period.holiday
      ? localize.t('statusHoliday', { name: period.holiday })
      : period.reason === 'closure'
        ? localize.t('statusClosure')
        : period.reason === 'no-hours'
          ? localize.t('statusNoHours')
          : localize.t('statusClosed');
  return { label, when: when && localize.t('opens', { when }) };
}
