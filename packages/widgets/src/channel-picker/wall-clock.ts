// What a zone's clock reads at an instant, from `Intl` alone. The server sends each channel's
// status timeline, so the picker only needs these readings: which calendar day and hour an
// instant falls on for the citizen, and whether their clock reads differently from the body's.
const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at `time`, written as epoch milliseconds on the UTC scale (to the second). */
export function wallClock(zone: string, time: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  // "11/22/2026, 17:45:00": month, day, year, hour, minute, second.
  const [month = 1, day = 1, year = 1970, hour = 0, minute = 0, second = 0] = (format.format(time).match(/\d+/g) ?? []).map(Number);
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
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

/** The next midnight in `zone` after `time` (an hour off on the night a zone changes its clocks). */
export function nextMidnightIn(zone: string, time: number): number {
  return time - (wallClock(zone, time) % DAY) + DAY;
}
