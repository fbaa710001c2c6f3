// Turns an opening status into the sentence a citizen reads: "Abierto ahora · cierra a las
// 15:00", "Cerrado · abre el lunes a las 8:00". Instants are shown in the citizen's time zone,
// naming the zone when its clock differs from the body's; "today / tomorrow / weekday / date"
// is chosen by the distance in calendar days.
import type { OpeningStatus } from '@ventanilla/protocol/opening-hours';
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

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
}

function wallClock(localize: StatusTextContext['localize'], instant: number, timeZone: string): WallClock {
  const parts = localize
    .dateTimeFormat({ timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', hourCycle: 'h23' })
    .formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') };
}

/** The UTC offset of `timeZone` at `instant` ("GMT+01:00"). */
export function zoneOffset(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** Whole calendar days from `from` to `to` as seen in `timeZone`. */
export function calendarDays(localize: StatusTextContext['localize'], from: number, to: number, timeZone: string): number {
  const a = wallClock(localize, from, timeZone);
  const b = wallClock(localize, to, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** "a las 15:00", "mañana a las 9:00", "el lunes a las 8:00", "el 7 de enero a las 9:00". */
export function whenText(instant: Date, context: StatusTextContext): string {
  const { localize, now, displayZone, bodyZone } = context;
  const at = instant.getTime();
  const showZone = zoneOffset(at, displayZone) !== zoneOffset(at, bodyZone);
  const time = localize
    .dateTimeFormat({ timeZone: displayZone, hour: 'numeric', minute: '2-digit', ...(showZone ? { timeZoneName: 'short' } : {}) })
    .format(at);
  const count = wallClock(localize, at, displayZone).hour;
  const days = calendarDays(localize, now, at, displayZone);
  if (days <= 0) return localize.t('whenToday', { time, count });
  if (days === 1) return localize.t('whenTomorrow', { time, count });
  if (days < 7) {
    const weekday = localize.dateTimeFormat({ timeZone: displayZone, weekday: 'long' }).format(at);
    return localize.t('whenWeekday', { time, count, weekday });
  }
  const date = localize.dateTimeFormat({ timeZone: displayZone, day: 'numeric', month: 'long' }).format(at);
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
