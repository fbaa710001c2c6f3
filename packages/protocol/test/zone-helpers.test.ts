// The small time-zone helpers the channel picker uses to say "today", "tomorrow" and to show
// hours in the citizen's zone. Expected values are written by hand from the zones' rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarDay, nextMidnight, utcOffset } from '../src/opening-hours.ts';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe('utcOffset', () => {
  it('follows Madrid across both daylight-saving changes of 2026', () => {
    assert.equal(utcOffset('Europe/Madrid', at('2026-03-29T00:59:59Z')), 1 * HOUR);
    assert.equal(utcOffset('Europe/Madrid', at('2026-03-29T01:00:00Z')), 2 * HOUR);
    assert.equal(utcOffset('Europe/Madrid', at('2026-10-25T00:59:59Z')), 2 * HOUR);
    assert.equal(utcOffset('Europe/Madrid', at('2026-10-25T01:00:00Z')), 1 * HOUR);
  });

  it('handles half-hour and southern-hemisphere zones', () => {
    assert.equal(utcOffset('Asia/Kolkata', at('2026-07-01T12:00:00Z')), 5.5 * HOUR);
    assert.equal(utcOffset('Pacific/Auckland', at('2026-01-15T00:00:00Z')), 13 * HOUR);
    assert.equal(utcOffset('Pacific/Auckland', at('2026-07-15T00:00:00Z')), 12 * HOUR);
    assert.equal(utcOffset('America/New_York', at('2026-11-23T12:00:00Z')), -5 * HOUR);
  });
});

describe('calendarDay', () => {
  it('counts local calendar days, so a difference says today, tomorrow or later', () => {
    // 2026-01-01 is day 20,454 since 1970-01-01 (56 years, 14 of them leap); 2026-11-22 is 325 days later.
    assert.equal(calendarDay('UTC', at('2026-11-22T12:00:00Z')), 20_779);
    // 23:30 UTC on the 22nd is already the 23rd in Madrid, still the 22nd in New York.
    assert.equal(calendarDay('Europe/Madrid', at('2026-11-22T23:30:00Z')), 20_780);
    assert.equal(calendarDay('America/New_York', at('2026-11-22T23:30:00Z')), 20_779);
  });
});

describe('nextMidnight', () => {
  it('is the start of the next local day', () => {
    assert.equal(nextMidnight('Europe/Madrid', at('2026-11-22T10:00:00Z')).toISOString(), '2026-11-22T23:00:00.000Z');
    assert.equal(nextMidnight('Europe/Madrid', at('2026-07-01T10:00:00Z')).toISOString(), '2026-07-01T22:00:00.000Z');
  });

  it('lands on the right instant on the night the clocks change', () => {
    // Madrid's clocks go back at 03:00 on 2026-10-25: the next midnight is 23:00 UTC, not 22:00.
    assert.equal(nextMidnight('Europe/Madrid', at('2026-10-25T10:00:00Z')).toISOString(), '2026-10-25T23:00:00.000Z');
    // Santiago de Chile springs forward at midnight (2026-09-06 00:00 → 01:00): the day starts at 01:00 local.
    assert.equal(nextMidnight('America/Santiago', at('2026-09-05T15:00:00Z')).toISOString(), '2026-09-06T04:00:00.000Z');
  });
});
