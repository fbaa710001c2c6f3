/**
 * What a zone's clock reads at an instant, from `Intl.DateTimeFormat` alone: the building block
 * of the opening-hours arithmetic, and all the channel picker needs to say "today" or
 * "tomorrow" and whether the citizen's clock reads differently from the body's. Instants are
 * epoch milliseconds. An unknown time zone throws a `RangeError`.
 * @module
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at `time`, written as epoch milliseconds on the UTC scale (to the second). */
export function wallClock(zone: string, time: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  // "11/22/2026, 17:45:00": month, day, year, hour, minute, second. Some engines write midnight as 24.
  const [month = 1, day = 1, year = 1970, hour = 0, minute = 0, second = 0] = (format.format(time).match(/\d+/g) ?? []).map(Number);
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

/** The zone's offset from UTC at `time`, in milliseconds: its clocks read `time` plus this. */
export function offsetIn(zone: string, time: number): number {
  return wallClock(zone, time) - Math.floor(time / 1000) * 1000;
}

/** The calendar day of `time` in `zone`, as days since 1970-01-01 (a difference counts days). */
export function dayIn(zone: string, time: number): number {
  return Math.floor(wallClock(zone, time) / DAY);
}

/** The hour (0–23) `zone`'s clock shows at `time`. */
export function hourIn(zone: string, time: number): number {
  return Math.floor((wallClock(zone, time) % DAY) / HOUR);
}

/** Whether two zones' clocks read differently at `time`. */
export function clocksDiffer(zone: string, other: string, time: number): boolean {
  return wallClock(zone, time) !== wallClock(other, time);
}

/**
 * The next midnight in `zone` after `time` (or the end of a gap at midnight). Exact unless the
 * zone changes its clocks between `time` and that midnight, which zones do after midnight.
 */
export function nextMidnightIn(zone: string, time: number): number {
  return time - (wallClock(zone, time) % DAY) + DAY;
}
