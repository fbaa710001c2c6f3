// Turns an opening status into the sentence a citizen reads: "Abierto ahora · cierra a las
// 15:00", "Cerrado · abre el lunes a las 8:00". Instants are shown in the citizen's time zone,
// naming the zone when its clock differs from the body's; "today / tomorrow / weekday / date"
// is chosen by the distance in calendar days.
import { calendarDay, utcOffset, type OpeningStatus } from '@ventanilla/protocol/opening-hours';
import type { LocalizeController } from '../core/localize.ts';
import type { ChannelPickerStringKey } from './strings.ts';

export interface StatusTextContext {
  localize: LocalizeController<ChannelPickerStringKey>;
  now: number;
  /** Where the citizen is (the browser's zone unless the element was given one). */
  displayZone: string;
  /** The body's zone, in which the hours are written. */
  bodyZone: string;
}

export interface StatusText {
  open: boolean;
  /** "Abierto ahora", "Cerrado por festivo (Navidad)"… */
  label: string;
  /** "cierra a las 15:00", "abre el lunes a las 8:00", or empty. */
  when: string;
}

/** "a las 15:00", "mañana a las 9:00", "el lunes a las 8:00", "el 7 de enero a las 9:00". */
export function whenText(instant: Date, context: StatusTextContext): string {
  const { localize, now, displayZone, bodyZone } = context;
  const offset = utcOffset(displayZone, instant);
  const showZone = offset !== utcOffset(bodyZone, instant);
  const time = localize
    .dateTimeFormat({ timeZone: displayZone, hour: 'numeric', minute: '2-digit', ...(showZone ? { timeZoneName: 'short' } : {}) })
    .format(instant);
  // The hour on the citizen's clock chooses the plural form ("a la 1:00", "a las 13:00").
  const count = Math.floor(((instant.getTime() + offset) % 86_400_000) / 3_600_000);
  const days = calendarDay(displayZone, instant) - calendarDay(displayZone, new Date(now));
  if (days <= 0) return localize.t('whenToday', { time, count });
  if (days === 1) return localize.t('whenTomorrow', { time, count });
  if (days < 7) {
    const weekday = localize.dateTimeFormat({ timeZone: displayZone, weekday: 'long' }).format(instant);
    return localize.t('whenWeekday', { time, count, weekday });
  }
  const date = localize.dateTimeFormat({ timeZone: displayZone, day: 'numeric', month: 'long' }).format(instant);
  return localize.t('whenDate', { time, count, date });
}

export function statusText(status: OpeningStatus, context: StatusTextContext): StatusText {
  const { localize } = context;
  if (status.open) {
    if (status.reason === 'always') return { open: true, label: localize.t('statusAlways'), when: '' };
    return {
      open: true,
      label: localize.t('statusOpen'),
      when: status.closesAt ? localize.t('closes', { when: whenText(status.closesAt, context) }) : '',
    };
  }
  const label =
    status.reason === 'holiday' && status.holiday
      ? localize.t('statusHoliday', { name: status.holiday.name })
      : status.reason === 'closure'
        ? localize.t('statusClosure')
        : status.reason === 'no-hours'
          ? localize.t('statusNoHours')
          : localize.t('statusClosed');
  return { open: false, label, when: status.opensAt ? localize.t('opens', { when: whenText(status.opensAt, context) }) : '' };
}
