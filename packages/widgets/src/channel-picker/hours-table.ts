// A channel's weekly hours table and its coming holidays and closures. Most citizens never open
// a channel's hours, so this module is loaded the first time one does (see ChannelPicker).
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Channel, ChannelDirectory } from '@ventanilla/protocol';
import { weeklyTable } from '@ventanilla/protocol/opening-hours';
import type { LocalizeController } from '../core/localize.ts';
import type { HoursStringKey } from './hours-strings.ts';

export { hoursStrings } from './hours-strings.ts';

/** How far ahead holidays and closures are listed under a channel's hours. */
const UPCOMING_DAYS = 30;

type Localize = LocalizeController<HoursStringKey>;

/** The table's styles: the picker adopts them once this module has arrived. */
export const hoursTableStyles = css`
  [part~='hours-table'] {
    border-collapse: collapse;
    margin-block: 0.5rem;
    min-inline-size: min(100%, 18rem);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding-block: 0.25rem;
    padding-inline: 0 1rem;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    font-size: 0.875em;
  }
  tbody th {
    font-weight: 400;
  }
  tr[aria-current] th,
  tr[aria-current] td {
    font-weight: 700;
  }
  [part~='upcoming'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;

/** What the table shows. */
export interface HoursTableInput {
  channel: Channel;
  directory: ChannelDirectory;
  /** The picker's localization of `hoursStrings`. */
  localize: Localize;
  now: number;
  /** The body's calendar day now, as days since 1970-01-01 (`dayIn` of the shared wall clock). */
  bodyDay: number;
  /** The citizen's time zone. */
  displayZone: string;
  /** The citizen's clock reads differently from the body's now: the caption names the body's zone. */
  otherZone: boolean;
}

/** The contents of a channel's `<details part="hours">` below its summary. */
export function renderHoursTable(input: HoursTableInput): TemplateResult {
  const { channel, directory, localize, now, bodyDay, otherZone } = input;
  const week = weeklyTable(channel.schedule);
  const t = localize.t.bind(localize);
  const weekday = localize.dateTimeFormat({ weekday: 'long', timeZone: 'UTC' });
  const today = isoWeekday(bodyDay);
  const zone = otherZone ? t('hoursZone', { zone: zoneName(localize, directory.timeZone, now) }) : '';
  const entries = upcoming(input);
  return html`<table part="hours-table">
      <caption>
        ${t('hoursCaption', { name: channel.name })}${zone ? html` <span>${zone}</span>` : nothing}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('day')}</th>
          <th scope="col">${t('hoursColumn')}</th>
        </tr>
      </thead>
      <tbody>
        ${week.map(
          (row) => html`<tr aria-current=${row.day === today ? 'date' : nothing}>
            <th scope="row">${weekday.format(Date.UTC(2024, 0, row.day))}${row.day === today ? html` (${t('today')})` : nothing}</th>
            <td>
              ${row.intervals.length
                ? localize.listFormat({ type: 'unit', style: 'narrow' }).format(row.intervals.map((interval) => `${wallTime(localize, interval.opens)}–${wallTime(localize, interval.closes)}`))
                : t('closedDay')}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${entries.length
      ? html`<p>${t('upcoming')}</p>
          <ul part="upcoming">
            ${entries.map((entry) => html`<li>${entry}</li>`)}
          </ul>`
      : nothing}`;
}

/** Holidays and closures of this channel in the coming weeks, in date order. */
function upcoming({ channel, directory, localize, now, bodyDay, displayZone }: HoursTableInput): string[] {
  const t = localize.t.bind(localize);
  const horizon = now + UPCOMING_DAYS * 86_400_000;
  const observes = channel.schedule.observesHolidays && !channel.schedule.alwaysOpen;
  const entries: [number, string][] = [];
  if (observes) {
    // In ASCII digits, whatever the page's language writes.
    const todayIso = new Date(bodyDay * 86_400_000).toISOString().slice(0, 10);
    const dayFormat = localize.dateTimeFormat({ timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
    const openDays = new Set(channel.schedule.weekly.map((interval) => interval.day));
    for (const holiday of directory.holidays) {
      const day = Date.parse(`${holiday.date}T00:00:00Z`);
      // A holiday on a day the channel is closed anyway changes nothing for the citizen.
      if (holiday.date >= todayIso && day <= horizon && openDays.has(isoWeekday(day / 86_400_000))) entries.push([day, t('holidayEntry', { date: dayFormat.format(day), name: holiday.name })]);
    }
  }
  const range = localize.dateTimeFormat({ timeZone: displayZone, day: 'numeric', month: 'long' });
  for (const closure of directory.closures) {
    const applies = closure.channels.length ? closure.channels.includes(channel.id) : observes;
    const starts = Date.parse(closure.starts);
    const ends = Date.parse(closure.ends);
    if (!applies || !(ends > now) || starts > horizon) continue;
    entries.push([starts, t('closureEntry', { dates: range.formatRange(starts, Math.max(starts, ends - 1)), reason: closure.reason })]);
  }
  return entries.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
}

/** "08:00" as the citizen's language writes a time of day ("8:00", "8:00 AM"). */
function wallTime(localize: Localize, value: string): string {
  const [hours, minutes] = value.split(':').map(Number);
  return localize.dateTimeFormat({ timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(Date.UTC(2024, 0, 1, hours, minutes));
}

function zoneName(localize: Localize, timeZone: string, at: number): string {
  const parts = localize.dateTimeFormat({ timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The ISO weekday (1 Monday … 7 Sunday) of a day counted from 1970-01-01, a Thursday. */
function isoWeekday(day: number): number {
  return ((day + 3) % 7) + 1;
}
