// The wall-clock helpers the channel picker uses to say "today", "tomorrow" and to show
// hours in the citizen's zone. Expected values are written by hand from the zones' rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayIn, nextMidnightIn, offsetIn } from '../src/wall-clock.ts';

const HOUR = 3_600_000;

describe('offsetIn', () => {
  it('follows Madrid across both daylight-saving changes of 2026', () => {
    assert.equal(offsetIn('Europe/Madrid', Date.parse('2026-03-29T00:59:59Z')), 1 * HOUR);
    assert.equal(offsetIn('Europe/Madrid', Date.parse('2026-03-29T01:00:00Z')), 2 * HOUR);
    assert.equal(offsetIn('Europe/Madrid', Date.parse('2026-10-25T00:59:59Z')), 2 * HOUR);
    assert.equal(offsetIn('Europe/Madrid', Date.parse('2026-10-25T01:00:00Z')), 1 * HOUR);
  });

  it('handles half-hour and southern-hemisphere zones', () => {
    assert.equal(offsetIn('Asia/Kolkata', Date.parse('2026-07-01T12:00:00Z')), 5.5 * HOUR);
    assert.equal(offsetIn('Pacific/Auckland', Date.parse('2026-01-15T00:00:00Z')), 13 * HOUR);
    assert.equal(offsetIn('Pacific/Auckland', Date.parse('2026-07-15T00:00:00Z')), 12 * HOUR);
    assert.equal(offsetIn('America/New_York', Date.parse('2026-11-23T12:00:00Z')), -5 * HOUR);
  });
});

describe('dayIn', () => {
  it('counts local calendar days, so a difference says today, tomorrow or later', () => {
    // 2026-01-01 is day 20,454 since 1970-01-01 (56 years, 14 of them leap); 2026-11-22 is 325 days later.
    assert.equal(dayIn('UTC', Date.parse('2026-11-22T12:00:00Z')), 20_779);
    // 23:30 UTC on the 22nd is already the 23rd in Madrid, still the 22nd in New York.
    assert.equal(dayIn('Europe/Madrid', Date.parse('2026-11-22T23:30:00Z')), 20_780);
    assert.equal(dayIn('America/New_York', Date.parse('2026-11-22T23:30:00Z')), 20_779);
  });
});

describe('nextMidnightIn', () => {
  it('is the start of the next local day', () => {
    assert.equal(new Date(nextMidnightIn('Europe/Madrid', Date.parse('2026-11-22T10:00:00Z'))).toISOString(), '2026-11-22T23:00:00.000Z');
    assert.equal(new Date(nextMidnightIn('Europe/Madrid', Date.parse('2026-07-01T10:00:00Z'))).toISOString(), '2026-07-01T22:00:00.000Z');
  });

  it('lands on the right instant on the night the clocks change', () => {
    // Madrid's clocks go back at 03:00 on 2026-10-25: the next midnight is 23:00 UTC, not 22:00.
    assert.equal(new Date(nextMidnightIn('Europe/Madrid', Date.parse('2026-10-25T10:00:00Z'))).toISOString(), '2026-10-25T23:00:00.000Z');
    // Santiago de Chile springs forward at midnight (2026-09-06 00:00 → 01:00): the day starts at 01:00 local.
    assert.equal(new Date(nextMidnightIn('America/Santiago', Date.parse('2026-09-05T15:00:00Z'))).toISOString(), '2026-09-06T04:00:00.000Z');
  });
});
