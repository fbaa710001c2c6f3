/**
 * Opening-hours arithmetic shared by the server and the widgets: is a channel open at an instant,
 * until when, when does it open next, what does its week look like, and the status timeline the
 * server sends (see `statusTimeline`). Zones are read through `wall-clock.ts`.
 *
 * Pure and deterministic: every answer depends only on the arguments (never on the clock or the
 * machine's time zone). Time zones are handled with `Intl.DateTimeFormat` alone.
 *
 * Rules:
 * - Wall-clock times (`opens`, `closes`, holiday dates) are in the body's time zone.
 * - An interval belongs to the day it opens. `closes` is exclusive. When `closes` is not after
 *   `opens` the interval runs past midnight into the next day; equal times (`00:00`–`00:00`,
 *   `08:00`–`08:00`) mean a full 24 hours of wall clock from `opens`. `24:00` is the end of the
 *   day (as `opens`, it is the next midnight).
 * - A wall time that does not exist (inside the spring-forward gap) means the first instant after
 *   the gap; an ambiguous one (repeated in the fall-back hour) means its first occurrence. So an
 *   interval lying wholly inside a gap never opens, and one spanning a change lasts one hour less
 *   or more in real time.
 * - Open periods that touch or overlap, also across midnight, are one period.
 * - Holidays: a channel that observes holidays opens no interval on a holiday; an interval that
 *   opened the evening before keeps its hours into the holiday until it would close.
 * - A closure applies when it names the channel, or names none and the channel observes holidays.
 * - Always-open channels ignore holidays and closures that name no channel; a closure naming them
 *   applies.
 * - The next opening is looked for up to {@link OPENING_HORIZON_DAYS} days ahead; beyond that, `null`.
 *
 * An `at` that is not a valid date, or an unknown time zone, throws a `RangeError`.
 * @module
 */
import type { Closure, Holiday, Schedule, StatusPeriod } from './types.ts';
import { offsetIn } from './wall-clock.ts';

/** What the arithmetic needs to know about the body besides the channel's schedule. */
export interface OpeningContext {
  /** IANA time zone of the body, e.g. `Europe/Madrid`. */
  timeZone: string;
  holidays: readonly Holiday[];
  closures: readonly Closure[];
}

/**
 * A channel's state at an instant. `closesAt` is the end of the current continuous open period
 * (or the start of a closure inside it); `opensAt` the start of the next one. Either is `null`
 * when it lies beyond the look-ahead or never comes.
 */
export type OpeningStatus =
  | { open: true; reason: 'always' | 'hours'; closesAt: Date | null }
  | {
      open: false;
      /** Why it is closed now: an applicable closure, then an observed holiday, then the hours. */
      reason: 'hours' | 'holiday' | 'closure' | 'no-hours';
      opensAt: Date | null;
      holiday?: Holiday;
      closure?: Closure;
    };

/** One row of the weekly table: an ISO weekday (1 = Monday) and its intervals as written. */
export interface WeeklyRow {
  day: number;
  intervals: { opens: string; closes: string }[];
}

/** How many days ahead the next opening (or closing) is looked for. */
export const OPENING_HORIZON_DAYS = 370;

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A half-open span of instants in epoch milliseconds; `end` may be `Infinity`. */
interface Span {
  start: number;
  end: number;
}

/** An interval of a weekday in minutes from that day's midnight, `closes` > `opens`, and as written. */
interface DayInterval {
  opens: number;
  closes: number;
  written: { opens: string; closes: string };
}

interface ClosureSpan extends Span {
  closure: Closure;
}

/**
 * Whether `channelId` with `schedule` is open at `at`, and until when (or since when not and
 * until when).
 */
export function openingStatus(
  channelId: string,
  schedule: Schedule,
  context: OpeningContext,
  at: Date,
): OpeningStatus {
  return evaluate(channelId, schedule, context, at).status;
}

/**
 * The next instant after `at` when the status may change, for scheduling a re-render: while
 * open, its `closesAt`; while closed, the earliest of `opensAt` and the start or end of an
 * applicable closure or observed holiday (these count wherever they fall, being explicit data).
 * `null` if nothing changes: open or closed beyond the look-ahead, or a channel without hours.
 */
export function nextChange(
  channelId: string,
  schedule: Schedule,
  context: OpeningContext,
  at: Date,
): Date | null {
  const { status, time, today, closures, holidayDays } = evaluate(channelId, schedule, context, at);
  if (status.open) return status.closesAt;
  if (status.reason === 'no-hours') return null;
  let next = status.opensAt ? status.opensAt.getTime() : Infinity;
  // While closed, the reason (and the closure or holiday shown) changes at these boundaries.
  for (const { start, end } of closures) {
    if (start > time) next = Math.min(next, start);
    else if (end > time) next = Math.min(next, end);
  }
  let firstHoliday = Infinity;
  for (const day of holidayDays) if (day >= today && day < firstHoliday) firstHoliday = day;
  if (firstHoliday !== Infinity) {
    const boundary = firstHoliday === today ? today + 1 : firstHoliday;
    next = Math.min(next, wallToInstant(context.timeZone, boundary * DAY));
  }
  return next === Infinity ? null : new Date(next);
}

/**
 * The channel's status from `from` to `until`, as the contract's timeline: one period per
 * status, the first starting at `from`, each starting where {@link nextChange} said the previous
 * one ends. Instants are ISO strings, ready to send.
 */
export function statusTimeline(
  channelId: string,
  schedule: Schedule,
  context: OpeningContext,
  from: Date,
  until: Date,
): StatusPeriod[] {
  const periods: StatusPeriod[] = [];
  let at: Date | null = from;
  while (at && at < until) {
    const status = openingStatus(channelId, schedule, context, at);
    const period: StatusPeriod = { from: at.toISOString(), open: status.open, reason: status.reason };
    const shown = status.open ? status.closesAt : status.opensAt;
    if (shown) period.until = shown.toISOString();
    if (!status.open && status.holiday) period.holiday = status.holiday.name;
    if (!status.open && status.closure) period.closure = status.closure.reason;
    periods.push(period);
    const next = nextChange(channelId, schedule, context, at);
    // A boundary is always later than the instant it was asked from; the guard keeps that true.
    at = next && next > at ? next : null;
  }
  return periods;
}

/**
 * The weekly table for display: every ISO day 1..7 in order, with its intervals as written,
 * sorted by opening time and merged where they overlap or touch. A day without hours has no
 * intervals. `alwaysOpen` is not reflected here: the caller shows it as it sees fit.
 */
export function weeklyTable(schedule: Schedule): WeeklyRow[] {
  return intervalsByWeekday(schedule).map((list, index) => {
    const intervals: WeeklyRow['intervals'] = [];
    let end = -1;
    for (const { opens, closes, written } of list) {
      if (opens > end) intervals.push({ ...written });
      else if (closes > end) intervals[intervals.length - 1]!.closes = written.closes;
      end = Math.max(end, closes);
    }
    return { day: index + 1, intervals };
  });
}

// ---------------------------------------------------------------------------------------------
// Evaluation

interface Evaluation {
  status: OpeningStatus;
  /** `at` in epoch milliseconds. */
  time: number;
  /** The local day of `at`, in days since 1970-01-01. */
  today: number;
  /** The closures that apply to the channel, sorted by start. */
  closures: ClosureSpan[];
  /** The local days that are holidays for this channel (empty unless it observes them). */
  holidayDays: number[];
}

function evaluate(channelId: string, schedule: Schedule, context: OpeningContext, at: Date): Evaluation {
  const time = at.getTime();
  if (Number.isNaN(time)) throw new RangeError('opening hours: `at` is not a valid date');
  const { timeZone } = context;
  const today = localDay(timeZone, time);
  const observes = schedule.observesHolidays && !schedule.alwaysOpen;
  const closures = applicableClosures(channelId, observes, context.closures);
  const holidayDays = observes ? context.holidays.map((h) => parseDate(h.date)).filter((d) => d !== null) : [];
  const result = (status: OpeningStatus): Evaluation => ({ status, time, today, closures, holidayDays });

  const blocked = mergeSpans(closures);
  const covering = closures.find((c) => c.start <= time && time < c.end);

  if (schedule.alwaysOpen) {
    // The blocked spans are disjoint and sorted: the first that ends after `time` covers it or comes next.
    const block = blocked.find((b) => b.end > time);
    if (covering && block) return result({ open: false, reason: 'closure', opensAt: dateOrNull(block.end), closure: covering.closure });
    return result({ open: true, reason: 'always', closesAt: block ? new Date(block.start) : null });
  }

  const byWeekday = intervalsByWeekday(schedule);
  if (byWeekday.every((list) => list.length === 0)) {
    return result({ open: false, reason: 'no-hours', opensAt: null });
  }

  const piece = firstOpenPiece(timeZone, byWeekday, new Set(holidayDays), blocked, time, today);
  if (piece && piece.start <= time) return result({ open: true, reason: 'hours', closesAt: dateOrNull(piece.end) });
  const opensAt = piece ? new Date(piece.start) : null;
  if (covering) return result({ open: false, reason: 'closure', opensAt, closure: covering.closure });
  const holiday = observes ? context.holidays.find((h) => parseDate(h.date) === today) : undefined;
  if (holiday) return result({ open: false, reason: 'holiday', opensAt, holiday });
  return result({ open: false, reason: 'hours', opensAt });
}

/**
 * The first piece of open time (weekly hours, less holidays, less closures) that ends after
 * `time`, scanning local days from the day before `today` (its interval may still be running)
 * to the look-ahead. A piece that runs past the look-ahead ends at `Infinity`.
 */
function firstOpenPiece(
  timeZone: string,
  byWeekday: readonly DayInterval[][],
  holidays: ReadonlySet<number>,
  blocked: readonly Span[],
  time: number,
  today: number,
): Span | null {
  const lastDay = today + OPENING_HORIZON_DAYS;
  let period: Span | null = null;
  for (let day = today - 1; day <= lastDay; day++) {
    if (holidays.has(day)) continue;
    for (const interval of byWeekday[isoWeekday(day) - 1] ?? []) {
      const start = wallToInstant(timeZone, day * DAY + interval.opens * MINUTE);
      const end = wallToInstant(timeZone, day * DAY + interval.closes * MINUTE);
      if (end <= start) continue; // wholly inside a spring-forward gap
      if (period && start <= period.end) {
        period.end = Math.max(period.end, end);
        continue;
      }
      if (period && period.end > time) {
        const piece = firstPieceAfter(period, blocked, time);
        if (piece) return piece;
      }
      period = { start, end };
    }
  }
  if (!period || period.end <= time) return null;
  // An interval on the first day past the look-ahead could still extend this period.
  if (period.end >= wallToInstant(timeZone, (lastDay + 1) * DAY)) period.end = Infinity;
  return firstPieceAfter(period, blocked, time);
}

/** The first part of `period`, less the `blocked` spans (sorted, merged), that ends after `time`. */
function firstPieceAfter(period: Span, blocked: readonly Span[], time: number): Span | null {
  let start = period.start;
  for (const block of blocked) {
    if (block.end <= start) continue;
    if (block.start >= period.end) break;
    if (block.start > start && block.start > time) return { start, end: block.start };
    start = Math.max(start, block.end);
    if (start >= period.end) return null;
  }
  return { start, end: period.end };
}

function applicableClosures(channelId: string, observes: boolean, closures: readonly Closure[]): ClosureSpan[] {
  const spans: ClosureSpan[] = [];
  for (const closure of closures) {
    const applies = closure.channels.length === 0 ? observes : closure.channels.includes(channelId);
    if (!applies) continue;
    const start = Date.parse(closure.starts);
    const end = Date.parse(closure.ends);
    if (start < end) spans.push({ start, end, closure }); // NaN compares false: ignored
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Unites overlapping or touching spans, given sorted by start. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const { start, end } of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Index 0..6 for ISO days 1..7; each list sorted by opening time. */
function intervalsByWeekday(schedule: Schedule): DayInterval[][] {
  const byWeekday: DayInterval[][] = [[], [], [], [], [], [], []];
  for (const { day, opens, closes } of schedule.weekly) {
    const from = parseTime(opens);
    const to = parseTime(closes);
    // `closes` not after `opens` moves into the next day.
    if (from !== null && to !== null && Number.isInteger(day)) byWeekday[day - 1]?.push({ opens: from, closes: to > from ? to : to + 1440, written: { opens, closes } });
  }
  for (const list of byWeekday) list.sort((a, b) => a.opens - b.opens);
  return byWeekday;
}

function parseTime(text: string): number | null {
  const match = /^(\d\d):(\d\d)$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= 1440 ? minutes : null;
}

/** A `YYYY-MM-DD` date as days since 1970-01-01. */
function parseDate(text: string): number | null {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}

/** ISO weekday (1 = Monday) of a day counted from 1970-01-01, a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function dateOrNull(time: number): Date | null {
  return Number.isFinite(time) ? new Date(time) : null;
}

// ---------------------------------------------------------------------------------------------
// Time zones. A "wall" value is a local date-time written on the UTC scale: the epoch
// milliseconds it would be if the zone were UTC.

/** A UTC day of a zone: its offset, and the instant it changes to `next` (Infinity if it doesn't). */
interface ZoneDay {
  offset: number;
  change: number;
  next: number;
}

/**
 * Memo of UTC days per zone, so a call costs a few map look-ups instead of dozens of
 * `formatToParts`. Deterministic (it only remembers what the formatter says); bounded in size.
 * It assumes a zone changes offset at most once within a UTC day, as zones do in practice.
 */
const zoneDays = new Map<string, Map<number, ZoneDay>>();
const ZONE_DAYS_KEPT = 4096;

/** The UTC day of `time` in the zone, measured once. */
function zoneDay(timeZone: string, time: number): ZoneDay {
  const utcDay = Math.floor(time / DAY);
  let days = zoneDays.get(timeZone);
  if (!days) zoneDays.set(timeZone, (days = new Map()));
  let zoneDay = days.get(utcDay);
  if (!zoneDay) {
    zoneDay = describeUtcDay(timeZone, utcDay);
    if (days.size >= ZONE_DAYS_KEPT) days.clear();
    days.set(utcDay, zoneDay);
  }
  return zoneDay;
}

/** The zone's offset from UTC at `time` in milliseconds (wall = time + offset). */
function offsetAt(timeZone: string, time: number): number {
  const { offset, change, next } = zoneDay(timeZone, time);
  return time < change ? offset : next;
}

function describeUtcDay(timeZone: string, utcDay: number): ZoneDay {
  let low = utcDay * DAY;
  let high = low + DAY;
  const offset = offsetIn(timeZone, low);
  const next = offsetIn(timeZone, high);
  if (offset === next) return { offset, change: Infinity, next };
  // Zones change on a whole second: find it by halving.
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetIn(timeZone, middle) === offset) low = middle;
    else high = middle;
  }
  return { offset, change: high, next };
}

/** The local day (days since 1970-01-01) of an instant. */
function localDay(timeZone: string, time: number): number {
  return Math.floor((time + offsetAt(timeZone, time)) / DAY);
}

/**
 * The instant of a wall time: try the offsets in force a day before and a day after (no zone
 * changes twice within two days); a wall time both explain is ambiguous and takes the earlier
 * instant; one neither explains is in a gap and takes the instant the gap ends.
 */
function wallToInstant(timeZone: string, wall: number): number {
  const before = offsetAt(timeZone, wall - DAY);
  const after = offsetAt(timeZone, wall + DAY);
  const fitting = [wall - before, wall - after].filter((time, index) => offsetAt(timeZone, time) === (index ? after : before));
  if (fitting.length) return Math.min(...fitting);
  // In a gap: the zone changes between the two candidates, on the earlier one's UTC day or the later one's.
  const earlier = wall - Math.max(before, after);
  const later = wall - Math.min(before, after);
  const { change } = zoneDay(timeZone, earlier);
  return change <= later ? change : zoneDay(timeZone, later).change;
}
