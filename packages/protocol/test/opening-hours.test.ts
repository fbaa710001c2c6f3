// Every expected instant below was worked out by hand from the zone's rules: Europe/Madrid is
// UTC+1 in winter and UTC+2 from 2026-03-29 01:00Z to 2026-10-25 01:00Z.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  nextChange,
  openingStatus,
  statusTimeline,
  weeklyTable,
  type OpeningContext,
  type OpeningStatus,
} from '../src/opening-hours.ts';
import type { Closure, Holiday, Schedule, WeeklyInterval } from '../src/types.ts';

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

function days(list: number[], opens: string, closes: string): WeeklyInterval[] {
  return list.map((day) => ({ day, opens, closes }));
}

function hours(weekly: WeeklyInterval[], observesHolidays = true): Schedule {
  return { alwaysOpen: false, weekly, observesHolidays };
}

function context(timeZone: string, holidays: Holiday[] = [], closures: Closure[] = []): OpeningContext {
  return { timeZone, holidays, closures };
}

const madrid = (holidays: Holiday[] = [], closures: Closure[] = []) => context('Europe/Madrid', holidays, closures);

/** The status as plain data, instants as ISO strings, for one deep comparison. */
function summary(status: OpeningStatus): Record<string, unknown> {
  if (status.open) return { open: true, reason: status.reason, closesAt: status.closesAt?.toISOString() ?? null };
  const plain: Record<string, unknown> = {
    open: false,
    reason: status.reason,
    opensAt: status.opensAt?.toISOString() ?? null,
  };
  if (status.holiday) plain.holiday = status.holiday.name;
  if (status.closure) plain.closure = status.closure.id;
  return plain;
}

const iso = (text: string | null) => (text === null ? null : new Date(text).toISOString());
const open = (closesAt: string | null, reason: 'hours' | 'always' = 'hours') => ({
  open: true,
  reason,
  closesAt: iso(closesAt),
});
const closed = (reason: string, opensAt: string | null, extra: { holiday?: string; closure?: string } = {}) => ({
  open: false,
  reason,
  opensAt: iso(opensAt),
  ...extra,
});

function check(schedule: Schedule, ctx: OpeningContext, at: string, expected: object, channelId = 'office'): void {
  assert.deepEqual(summary(openingStatus(channelId, schedule, ctx, new Date(at))), expected, `at ${at}`);
}

function checkNext(schedule: Schedule, ctx: OpeningContext, at: string, expected: string | null, channelId = 'office'): void {
  const next = nextChange(channelId, schedule, ctx, new Date(at));
  assert.equal(next?.toISOString() ?? null, iso(expected), `next change after ${at}`);
}

// An office with a lunch break, Monday to Friday.
const office = hours([...days(WEEKDAYS, '16:00', '18:30'), ...days(WEEKDAYS, '09:00', '14:00')]);

describe('within a day (Europe/Madrid, summer time)', () => {
  it('is open inside an interval, until its end', () => {
    check(office, madrid(), '2026-05-12T10:00:00+02:00', open('2026-05-12T12:00:00Z'));
  });

  it('opens on the minute of opening, not a minute before', () => {
    check(office, madrid(), '2026-05-12T08:59:00+02:00', closed('hours', '2026-05-12T07:00:00Z'));
    check(office, madrid(), '2026-05-12T09:00:00+02:00', open('2026-05-12T12:00:00Z'));
  });

  it('treats the closing time as exclusive', () => {
    check(office, madrid(), '2026-05-12T13:59:59+02:00', open('2026-05-12T12:00:00Z'));
    check(office, madrid(), '2026-05-12T14:00:00+02:00', closed('hours', '2026-05-12T14:00:00Z'));
  });

  it('reopens after the lunch break and closes for the night', () => {
    check(office, madrid(), '2026-05-12T16:00:00+02:00', open('2026-05-12T16:30:00Z'));
    check(office, madrid(), '2026-05-12T18:30:00+02:00', closed('hours', '2026-05-13T07:00:00Z'));
  });

  it('opens on Monday after a weekend', () => {
    check(office, madrid(), '2026-05-15T19:00:00+02:00', closed('hours', '2026-05-18T07:00:00Z'));
    check(office, madrid(), '2026-05-16T12:00:00+02:00', closed('hours', '2026-05-18T07:00:00Z'));
  });

  it('reports the next change as the closing or the opening', () => {
    checkNext(office, madrid(), '2026-05-12T10:00:00+02:00', '2026-05-12T12:00:00Z');
    checkNext(office, madrid(), '2026-05-12T14:30:00+02:00', '2026-05-12T14:00:00Z');
    checkNext(office, madrid(), '2026-05-16T12:00:00+02:00', '2026-05-18T07:00:00Z');
  });
});

describe('midnight', () => {
  const fridayNight = hours([{ day: 5, opens: '22:00', closes: '02:00' }]);

  it('keeps a Friday 22:00–02:00 interval open at Saturday 01:00', () => {
    check(fridayNight, madrid(), '2026-05-16T01:00:00+02:00', open('2026-05-16T00:00:00Z'));
  });

  it('closes it at Saturday 02:00 until the next Friday 22:00', () => {
    check(fridayNight, madrid(), '2026-05-16T02:00:00+02:00', closed('hours', '2026-05-22T20:00:00Z'));
    check(fridayNight, madrid(), '2026-05-15T21:59:00+02:00', closed('hours', '2026-05-15T20:00:00Z'));
  });

  it('reads 24:00 as the end of the day', () => {
    const evening = hours([{ day: 1, opens: '18:00', closes: '24:00' }]);
    check(evening, madrid(), '2026-05-11T23:59:00+02:00', open('2026-05-11T22:00:00Z'));
    check(evening, madrid(), '2026-05-12T00:00:00+02:00', closed('hours', '2026-05-18T16:00:00Z'));
  });

  it('merges 20:00–24:00 and the next day 00:00–08:00 into one period', () => {
    const overnight = hours([
      { day: 2, opens: '00:00', closes: '08:00' },
      { day: 1, opens: '20:00', closes: '24:00' },
    ]);
    check(overnight, madrid(), '2026-05-11T23:00:00+02:00', open('2026-05-12T06:00:00Z'));
    check(overnight, madrid(), '2026-05-12T07:59:00+02:00', open('2026-05-12T06:00:00Z'));
    checkNext(overnight, madrid(), '2026-05-11T23:00:00+02:00', '2026-05-12T06:00:00Z');
  });

  it('reads 00:00–00:00 as a full day from the opening', () => {
    const monday = hours([{ day: 1, opens: '00:00', closes: '00:00' }]);
    check(monday, madrid(), '2026-05-11T12:00:00+02:00', open('2026-05-11T22:00:00Z'));
    const fromEight = hours([{ day: 1, opens: '08:00', closes: '08:00' }]);
    check(fromEight, madrid(), '2026-05-12T07:59:00+02:00', open('2026-05-12T06:00:00Z'));
    check(fromEight, madrid(), '2026-05-12T08:00:00+02:00', closed('hours', '2026-05-18T06:00:00Z'));
  });
});

describe('a whole week of 24 hours', () => {
  for (const [label, closes] of [['00:00–24:00', '24:00'], ['00:00–00:00', '00:00']] as const) {
    it(`never closes when written ${label}`, () => {
      const allWeek = hours(days(EVERY_DAY, '00:00', closes));
      check(allWeek, madrid(), '2026-05-13T03:00:00+02:00', open(null));
      checkNext(allWeek, madrid(), '2026-05-13T03:00:00+02:00', null);
    });
  }

  it('closes at the start of a closure naming it', () => {
    const allWeek = hours(days(EVERY_DAY, '00:00', '24:00'), false);
    const works: Closure = {
      id: 'works',
      starts: '2026-06-01T06:00:00+02:00',
      ends: '2026-06-01T09:00:00+02:00',
      reason: 'Maintenance',
      channels: ['office'],
    };
    check(allWeek, madrid([], [works]), '2026-05-13T03:00:00+02:00', open('2026-06-01T04:00:00Z'));
    check(allWeek, madrid([], [works]), '2026-06-01T07:00:00+02:00', closed('closure', '2026-06-01T07:00:00Z', { closure: 'works' }));
  });

  it('closes for a whole observed holiday and reopens at the next midnight', () => {
    const allWeek = hours(days(EVERY_DAY, '00:00', '24:00'));
    const ctx = madrid([{ date: '2026-05-13', name: 'Local holiday' }]);
    check(allWeek, ctx, '2026-05-12T12:00:00+02:00', open('2026-05-12T22:00:00Z'));
    check(allWeek, ctx, '2026-05-13T12:00:00+02:00', closed('holiday', '2026-05-13T22:00:00Z', { holiday: 'Local holiday' }));
  });
});

describe('daylight-saving changes (Europe/Madrid)', () => {
  const daily = hours(days(EVERY_DAY, '08:00', '15:00'));

  it('keeps 08:00–15:00 on spring-forward day: 7 hours, shifted instants', () => {
    check(daily, madrid(), '2026-03-28T15:00:00+01:00', closed('hours', '2026-03-29T06:00:00Z'));
    check(daily, madrid(), '2026-03-29T05:59:00Z', closed('hours', '2026-03-29T06:00:00Z'));
    check(daily, madrid(), '2026-03-29T06:00:00Z', open('2026-03-29T13:00:00Z'));
    check(daily, madrid(), '2026-03-29T13:00:00Z', closed('hours', '2026-03-30T06:00:00Z'));
  });

  it('keeps 08:00–15:00 on fall-back day: 7 hours, shifted instants', () => {
    check(daily, madrid(), '2026-10-24T15:00:00+02:00', closed('hours', '2026-10-25T07:00:00Z'));
    check(daily, madrid(), '2026-10-25T07:00:00Z', open('2026-10-25T14:00:00Z'));
    check(daily, madrid(), '2026-10-25T13:59:00Z', open('2026-10-25T14:00:00Z'));
    check(daily, madrid(), '2026-10-25T14:00:00Z', closed('hours', '2026-10-26T07:00:00Z'));
  });

  it('gives 00:00–04:00 three real hours on spring-forward day', () => {
    const night = hours([{ day: 7, opens: '00:00', closes: '04:00' }]);
    check(night, madrid(), '2026-03-28T22:59:00Z', closed('hours', '2026-03-28T23:00:00Z'));
    check(night, madrid(), '2026-03-29T00:59:00Z', open('2026-03-29T02:00:00Z'));
    check(night, madrid(), '2026-03-29T01:00:00Z', open('2026-03-29T02:00:00Z'));
    check(night, madrid(), '2026-03-29T02:00:00Z', closed('hours', '2026-04-04T22:00:00Z'));
  });

  it('gives 00:00–04:00 five real hours on fall-back day, through the repeated hour', () => {
    const night = hours([{ day: 7, opens: '00:00', closes: '04:00' }]);
    check(night, madrid(), '2026-10-24T22:00:00Z', open('2026-10-25T03:00:00Z'));
    check(night, madrid(), '2026-10-25T01:30:00Z', open('2026-10-25T03:00:00Z'));
    check(night, madrid(), '2026-10-25T03:00:00Z', closed('hours', '2026-10-31T23:00:00Z'));
  });

  it('maps a wall time inside the gap to the end of the gap', () => {
    const fromHalfPastTwo = hours([{ day: 7, opens: '02:30', closes: '05:00' }]);
    check(fromHalfPastTwo, madrid(), '2026-03-29T00:30:00Z', closed('hours', '2026-03-29T01:00:00Z'));
    check(fromHalfPastTwo, madrid(), '2026-03-29T01:00:00Z', open('2026-03-29T03:00:00Z'));
  });

  it('never opens an interval lying wholly inside the gap', () => {
    const inGap = hours([{ day: 7, opens: '02:00', closes: '02:45' }]);
    check(inGap, madrid(), '2026-03-29T00:30:00Z', closed('hours', '2026-04-05T00:00:00Z'));
  });

  it('maps an ambiguous wall time to its first occurrence', () => {
    const repeated = hours([{ day: 7, opens: '02:30', closes: '03:30' }]);
    check(repeated, madrid(), '2026-10-25T00:29:00Z', closed('hours', '2026-10-25T00:30:00Z'));
    check(repeated, madrid(), '2026-10-25T01:45:00Z', open('2026-10-25T02:30:00Z'));
    const untilHalfPastTwo = hours([{ day: 7, opens: '01:00', closes: '02:30' }]);
    check(untilHalfPastTwo, madrid(), '2026-10-25T00:29:00Z', open('2026-10-25T00:30:00Z'));
    check(untilHalfPastTwo, madrid(), '2026-10-25T01:30:00Z', closed('hours', '2026-11-01T00:00:00Z'));
  });
});

describe('other time zones', () => {
  const daily = hours(days(EVERY_DAY, '08:00', '15:00'));

  it('America/New_York: the March and November changes keep 08:00 on the wall clock', () => {
    const ny = context('America/New_York');
    check(daily, ny, '2026-03-07T16:00:00-05:00', closed('hours', '2026-03-08T12:00:00Z'));
    check(daily, ny, '2026-03-08T12:00:00Z', open('2026-03-08T19:00:00Z'));
    check(daily, ny, '2026-10-31T16:00:00-04:00', closed('hours', '2026-11-01T13:00:00Z'));
    check(daily, ny, '2026-11-01T13:00:00Z', open('2026-11-01T20:00:00Z'));
  });

  it('Pacific/Auckland: southern-hemisphere changes in April and September', () => {
    const auckland = context('Pacific/Auckland');
    const weekdays = hours(days(WEEKDAYS, '08:30', '17:00'));
    // Friday 17:00 NZDT (+13) to Monday 08:30 NZST (+12).
    check(weekdays, auckland, '2026-04-03T17:00:00+13:00', closed('hours', '2026-04-05T20:30:00Z'));
    check(weekdays, auckland, '2026-04-06T08:30:00+12:00', open('2026-04-06T05:00:00Z'));
    // Friday 17:00 NZST (+12) to Monday 08:30 NZDT (+13).
    check(weekdays, auckland, '2026-09-25T17:00:00+12:00', closed('hours', '2026-09-27T19:30:00Z'));
  });

  it('Asia/Kolkata: a half-hour offset and the local date of a holiday', () => {
    const weekdays = hours(days(WEEKDAYS, '10:00', '17:30'));
    check(weekdays, context('Asia/Kolkata'), '2026-05-11T04:30:00Z', open('2026-05-11T12:00:00Z'));
    check(weekdays, context('Asia/Kolkata'), '2026-05-15T12:30:00Z', closed('hours', '2026-05-18T04:30:00Z'));
    // 2026-05-17T20:00Z is still Sunday in UTC but already Monday 01:30 in Kolkata.
    const ctx = context('Asia/Kolkata', [{ date: '2026-05-18', name: 'Festival' }]);
    check(weekdays, ctx, '2026-05-17T20:00:00Z', closed('holiday', '2026-05-19T04:30:00Z', { holiday: 'Festival' }));
  });

  it('Atlantic/Canary runs an hour behind Europe/Madrid on the same schedule', () => {
    const at = '2026-05-12T12:30:00Z'; // 14:30 in Madrid, 13:30 in the Canary Islands
    check(office, madrid(), at, closed('hours', '2026-05-12T14:00:00Z'));
    check(office, context('Atlantic/Canary'), at, open('2026-05-12T13:00:00Z'));
  });

  it('gives the same answers whatever the process time zone', async () => {
    const script = `
      import { openingStatus } from ${JSON.stringify(new URL('../src/opening-hours.ts', import.meta.url).href)};
      const weekly = [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '14:00' }));
      const schedule = { alwaysOpen: false, weekly, observesHolidays: true };
      const ctx = { timeZone: 'Europe/Madrid', holidays: [{ date: '2026-04-03', name: 'Viernes Santo' }], closures: [] };
      const answers = ['2026-04-02T10:00:00Z', '2026-04-02T23:30:00Z', '2026-03-29T00:30:00Z'].map((at) => {
        const s = openingStatus('office', schedule, ctx, new Date(at));
        return s.open ? s.closesAt.toISOString() : s.reason + ' ' + s.opensAt.toISOString();
      });
      console.log(JSON.stringify({ offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), answers }));
    `;
    const expected = ['2026-04-02T12:00:00.000Z', 'holiday 2026-04-06T07:00:00.000Z', 'hours 2026-03-30T07:00:00.000Z'];
    const run = promisify(execFile);
    const cwd = fileURLToPath(new URL('.', import.meta.url));
    const zones = [['America/Los_Angeles', 480], ['Asia/Tokyo', -540], ['Pacific/Kiritimati', -840]] as const;
    await Promise.all(
      zones.map(async ([tz, offset]) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd,
          env: { ...process.env, TZ: tz },
        });
        assert.deepEqual(JSON.parse(stdout), { offset, answers: expected }, `with TZ=${tz}`);
      }),
    );
  });
});

describe('holidays', () => {
  const weekdays = hours(days(WEEKDAYS, '09:00', '14:00'));
  const easter = madrid([
    { date: '2026-04-03', name: 'Viernes Santo' },
    { date: '2026-04-06', name: 'Lunes de Pascua' },
  ]);

  it('closes all day on a holiday and names it', () => {
    check(weekdays, easter, '2026-04-03T10:00:00+02:00', closed('holiday', '2026-04-07T07:00:00Z', { holiday: 'Viernes Santo' }));
    check(weekdays, easter, '2026-04-03T00:00:00+02:00', closed('holiday', '2026-04-07T07:00:00Z', { holiday: 'Viernes Santo' }));
  });

  it('skips a holiday, a weekend and a following holiday to the next working day', () => {
    check(weekdays, easter, '2026-04-02T14:00:00+02:00', closed('hours', '2026-04-07T07:00:00Z'));
    check(weekdays, easter, '2026-04-05T12:00:00+02:00', closed('hours', '2026-04-07T07:00:00Z'));
  });

  it('ignores holidays for a channel that does not observe them', () => {
    const phone = hours(days(WEEKDAYS, '09:00', '14:00'), false);
    check(phone, easter, '2026-04-03T10:00:00+02:00', open('2026-04-03T12:00:00Z'), 'phone');
  });

  it('lets an interval from the evening before keep its hours into the holiday', () => {
    const nightLine = hours(days(EVERY_DAY, '22:00', '02:00'));
    check(nightLine, easter, '2026-04-03T01:00:00+02:00', open('2026-04-03T00:00:00Z'));
    // The holiday's own 22:00 interval does not open; Saturday's does.
    check(nightLine, easter, '2026-04-03T03:00:00+02:00', closed('holiday', '2026-04-04T20:00:00Z', { holiday: 'Viernes Santo' }));
  });

  it('changes at the midnights that start and end a holiday', () => {
    checkNext(weekdays, easter, '2026-04-02T14:00:00+02:00', '2026-04-02T22:00:00Z');
    checkNext(weekdays, easter, '2026-04-03T10:00:00+02:00', '2026-04-03T22:00:00Z');
    checkNext(weekdays, easter, '2026-04-05T12:00:00+02:00', '2026-04-05T22:00:00Z');
  });
});

describe('closures', () => {
  const weekdays = hours(days(WEEKDAYS, '09:00', '14:00'));
  const works: Closure = {
    id: 'works',
    starts: '2026-05-12T10:00:00+02:00',
    ends: '2026-05-12T12:30:00+02:00',
    reason: 'Building works',
    channels: ['office'],
  };
  const strike: Closure = {
    id: 'strike',
    starts: '2026-05-12T22:00:00Z',
    ends: '2026-05-13T22:00:00Z',
    reason: 'General strike',
    channels: [],
  };

  it('closes only the named channel for part of a day', () => {
    const ctx = madrid([], [works]);
    check(weekdays, ctx, '2026-05-12T09:30:00+02:00', open('2026-05-12T08:00:00Z'));
    check(weekdays, ctx, '2026-05-12T11:00:00+02:00', closed('closure', '2026-05-12T10:30:00Z', { closure: 'works' }));
    check(weekdays, ctx, '2026-05-12T12:30:00+02:00', open('2026-05-12T12:00:00Z'));
    check(weekdays, ctx, '2026-05-12T11:00:00+02:00', open('2026-05-12T12:00:00Z'), 'phone');
    checkNext(weekdays, ctx, '2026-05-12T11:00:00+02:00', '2026-05-12T10:30:00Z');
  });

  it('applies a closure naming no channel to channels that observe holidays only', () => {
    const ctx = madrid([], [strike]);
    check(weekdays, ctx, '2026-05-13T10:00:00+02:00', closed('closure', '2026-05-14T07:00:00Z', { closure: 'strike' }));
    check(weekdays, ctx, '2026-05-12T20:00:00+02:00', closed('hours', '2026-05-14T07:00:00Z'));
    const phone = hours(days(WEEKDAYS, '09:00', '14:00'), false);
    check(phone, ctx, '2026-05-13T10:00:00+02:00', open('2026-05-13T12:00:00Z'), 'phone');
  });

  it('changes when a closure starts or ends while the channel is closed anyway', () => {
    const ctx = madrid([], [strike]);
    checkNext(weekdays, ctx, '2026-05-12T20:00:00+02:00', '2026-05-12T22:00:00Z');
    checkNext(weekdays, ctx, '2026-05-13T20:00:00+02:00', '2026-05-13T22:00:00Z');
  });

  it('covers from its start, inclusive, to its end, exclusive', () => {
    const ctx = madrid([], [strike]);
    check(weekdays, ctx, '2026-05-12T21:59:59Z', closed('hours', '2026-05-14T07:00:00Z'));
    check(weekdays, ctx, '2026-05-12T22:00:00Z', closed('closure', '2026-05-14T07:00:00Z', { closure: 'strike' }));
    check(weekdays, ctx, '2026-05-13T22:00:00Z', closed('hours', '2026-05-14T07:00:00Z'));
  });

  it('chains overlapping closures and reports the one in force first', () => {
    const second: Closure = { ...works, id: 'cleaning', starts: '2026-05-12T11:30:00+02:00', ends: '2026-05-12T13:00:00+02:00' };
    const ctx = madrid([], [second, works]);
    check(weekdays, ctx, '2026-05-12T11:45:00+02:00', closed('closure', '2026-05-12T11:00:00Z', { closure: 'works' }));
    check(weekdays, ctx, '2026-05-12T12:45:00+02:00', closed('closure', '2026-05-12T11:00:00Z', { closure: 'cleaning' }));
    checkNext(weekdays, ctx, '2026-05-12T11:45:00+02:00', '2026-05-12T10:30:00Z');
  });

  it('looks for the next opening as far as a long closure ends, within about a year', () => {
    const long = (ends: string): Closure => ({ ...works, id: 'long', starts: '2026-05-01T00:00:00+02:00', ends });
    check(weekdays, madrid([], [long('2027-03-01T00:00:00+01:00')]), '2026-05-12T10:00:00+02:00',
      closed('closure', '2027-03-01T08:00:00Z', { closure: 'long' }));
    check(weekdays, madrid([], [long('2027-06-01T00:00:00+02:00')]), '2026-05-12T10:00:00+02:00',
      closed('closure', null, { closure: 'long' }));
    checkNext(weekdays, madrid([], [long('2027-06-01T00:00:00+02:00')]), '2026-05-12T10:00:00+02:00', '2027-05-31T22:00:00Z');
  });
});

describe('always-open channels', () => {
  const form: Schedule = { alwaysOpen: true, weekly: [], observesHolidays: true };
  const named: Closure = {
    id: 'upgrade',
    starts: '2026-05-12T10:00:00+02:00',
    ends: '2026-05-12T12:30:00+02:00',
    reason: 'System upgrade',
    channels: ['web-form'],
  };

  it('stays open on a holiday', () => {
    const ctx = madrid([{ date: '2026-05-15', name: 'San Isidro' }]);
    check(form, ctx, '2026-05-15T10:00:00+02:00', open(null, 'always'), 'web-form');
    checkNext(form, ctx, '2026-05-15T10:00:00+02:00', null, 'web-form');
  });

  it('closes for a closure naming it', () => {
    const ctx = madrid([], [named]);
    check(form, ctx, '2026-05-12T09:00:00+02:00', open('2026-05-12T08:00:00Z', 'always'), 'web-form');
    check(form, ctx, '2026-05-12T11:00:00+02:00', closed('closure', '2026-05-12T10:30:00Z', { closure: 'upgrade' }), 'web-form');
    checkNext(form, ctx, '2026-05-12T11:00:00+02:00', '2026-05-12T10:30:00Z', 'web-form');
  });

  it('ignores a closure naming no channel', () => {
    const everyone: Closure = { ...named, id: 'strike', channels: [] };
    check(form, madrid([], [everyone]), '2026-05-12T11:00:00+02:00', open(null, 'always'), 'web-form');
  });
});

describe('channels without hours', () => {
  const none: Schedule = { alwaysOpen: false, weekly: [], observesHolidays: true };

  it('is closed with no opening in sight', () => {
    check(none, madrid(), '2026-05-12T10:00:00+02:00', closed('no-hours', null));
    checkNext(none, madrid(), '2026-05-12T10:00:00+02:00', null);
  });

  it('rejects an invalid instant', () => {
    assert.throws(() => openingStatus('office', office, madrid(), new Date('not a date')), RangeError);
  });
});

describe('weeklyTable', () => {
  it('lists every day, sorted, merging what overlaps or touches and keeping times as written', () => {
    const weekly: WeeklyInterval[] = [
      { day: 3, opens: '16:00', closes: '18:30' },
      { day: 3, opens: '09:00', closes: '14:00' },
      { day: 1, opens: '12:00', closes: '15:00' },
      { day: 1, opens: '09:00', closes: '12:00' },
      { day: 1, opens: '10:00', closes: '11:00' },
      { day: 5, opens: '22:00', closes: '02:00' },
      { day: 5, opens: '20:00', closes: '23:00' },
      { day: 6, opens: '18:00', closes: '24:00' },
      { day: 6, opens: '10:00', closes: '14:00' },
      { day: 7, opens: '08:00', closes: '12:00' },
      { day: 7, opens: '00:00', closes: '00:00' },
    ];
    const written = structuredClone(weekly);
    assert.deepEqual(weeklyTable(hours(weekly)), [
      { day: 1, intervals: [{ opens: '09:00', closes: '15:00' }] },
      { day: 2, intervals: [] },
      { day: 3, intervals: [{ opens: '09:00', closes: '14:00' }, { opens: '16:00', closes: '18:30' }] },
      { day: 4, intervals: [] },
      { day: 5, intervals: [{ opens: '20:00', closes: '02:00' }] },
      { day: 6, intervals: [{ opens: '10:00', closes: '14:00' }, { opens: '18:00', closes: '24:00' }] },
      { day: 7, intervals: [{ opens: '00:00', closes: '00:00' }] },
    ]);
    assert.deepEqual(weekly, written, 'the schedule is left as it was');
  });

  it('gives seven empty days for a schedule without hours', () => {
    assert.deepEqual(
      weeklyTable({ alwaysOpen: true, weekly: [], observesHolidays: false }),
      EVERY_DAY.map((day) => ({ day, intervals: [] })),
    );
  });
});

describe('statusTimeline', () => {
  it('lists each status from `from` to `until`, naming the instant the status line shows', () => {
    // Friday 4 December 2026, 13:30 in Madrid; 9:00–14:00 on weekdays; Monday 7 December is a holiday.
    const holidays = [{ date: '2026-12-07', name: 'Puente' }];
    const from = new Date('2026-12-04T12:30:00Z');
    const until = new Date('2026-12-08T12:00:00Z');
    assert.deepEqual(statusTimeline('office', hours(days(WEEKDAYS, '09:00', '14:00')), madrid(holidays), from, until), [
      { from: '2026-12-04T12:30:00.000Z', open: true, reason: 'hours', until: '2026-12-04T13:00:00.000Z' },
      { from: '2026-12-04T13:00:00.000Z', open: false, reason: 'hours', until: '2026-12-08T08:00:00.000Z' },
      { from: '2026-12-06T23:00:00.000Z', open: false, reason: 'holiday', until: '2026-12-08T08:00:00.000Z', holiday: 'Puente' },
      { from: '2026-12-07T23:00:00.000Z', open: false, reason: 'hours', until: '2026-12-08T08:00:00.000Z' },
      { from: '2026-12-08T08:00:00.000Z', open: true, reason: 'hours', until: '2026-12-08T13:00:00.000Z' },
    ]);
  });

  it('gives a closure its reason, and an always-open channel one period without an end', () => {
    const closure: Closure = { id: 'works', starts: '2026-12-10T08:00:00Z', ends: '2026-12-10T12:00:00Z', reason: 'Obras', channels: ['office'] };
    const from = new Date('2026-12-10T07:00:00Z');
    const until = new Date('2026-12-10T14:00:00Z');
    assert.deepEqual(statusTimeline('office', hours(days(WEEKDAYS, '09:00', '14:00')), madrid([], [closure]), from, until), [
      { from: '2026-12-10T07:00:00.000Z', open: false, reason: 'hours', until: '2026-12-10T12:00:00.000Z' },
      { from: '2026-12-10T08:00:00.000Z', open: false, reason: 'closure', until: '2026-12-10T12:00:00.000Z', closure: 'Obras' },
      { from: '2026-12-10T12:00:00.000Z', open: true, reason: 'hours', until: '2026-12-10T13:00:00.000Z' },
      { from: '2026-12-10T13:00:00.000Z', open: false, reason: 'hours', until: '2026-12-11T08:00:00.000Z' },
    ]);
    const always: Schedule = { alwaysOpen: true, weekly: [], observesHolidays: false };
    assert.deepEqual(statusTimeline('mailbox', always, madrid(), from, until), [{ from: '2026-12-10T07:00:00.000Z', open: true, reason: 'always' }]);
  });
});
