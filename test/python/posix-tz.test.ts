// POSIX TZ strings: parsing, and the offset in force at an instant (checked against what glibc
// gives the reference; the differential cases in edges-localtime.mjs run them end to end).
import { describe, expect, it } from 'vitest';
import { localPosixZone, parsePosixTz, posixOffsetSeconds } from '../../src/python/posix-tz.js';

const at = (tz: string, iso: string) => posixOffsetSeconds(parsePosixTz(tz)!, Date.parse(iso) / 1000) / 60;

describe('parsePosixTz', () => {
  it('reads offsets west of UTC as negative east offsets', () => {
    expect(parsePosixTz('<+0330>-3:30')).toEqual({ stdOffset: 12600 });
    expect(parsePosixTz('<-03>3')).toEqual({ stdOffset: -10800 });
    expect(parsePosixTz('UTC0')).toEqual({ stdOffset: 0 });
    expect(parsePosixTz('<+0545>-5:45:00')).toEqual({ stdOffset: 20700 });
  });
  it('refuses what is not a POSIX TZ', () => {
    for (const bad of ['Nowhere/Special', 'UTC', 'AB5', '<+01>', 'EST5EDT,M3.2.0', 'EST5EDT,M13.1.0,M11.1.0', 'EST5EDT,J0,J300', 'EST5EDT,M3.2.0/x,M11.1.0']) {
      expect(parsePosixTz(bad), bad).toBeUndefined();
    }
  });
});

describe('posixOffsetSeconds', () => {
  it('switches at month-week-day rules, in local standard then daylight time', () => {
    const tz = 'EST5EDT,M3.2.0,M11.1.0';
    expect(at(tz, '2015-03-08T06:59:59Z')).toBe(-300);
    expect(at(tz, '2015-03-08T07:00:00Z')).toBe(-240);
    expect(at(tz, '2015-11-01T05:59:59Z')).toBe(-240);
    expect(at(tz, '2015-11-01T06:00:00Z')).toBe(-300);
  });
  it('takes the US rules for a daylight name without rules, and std - 1h by default', () => {
    expect(at('EST5EDT', '2015-07-01T00:00:00Z')).toBe(-240);
    expect(at('AAA+2BBB', '2015-07-01T00:00:00Z')).toBe(-60);
  });
  it('finds the last week of a month and transition times', () => {
    const tz = 'CET-1CEST,M3.5.0,M10.5.0/3';
    expect(at(tz, '2015-03-29T00:59:59Z')).toBe(60);
    expect(at(tz, '2015-03-29T01:00:00Z')).toBe(120);
    expect(at(tz, '2015-10-25T00:59:59Z')).toBe(120);
    expect(at(tz, '2015-10-25T01:00:00Z')).toBe(60);
  });
  it('handles the southern hemisphere, where daylight time spans the new year', () => {
    const tz = 'NZST-12NZDT,M9.5.0,M4.1.0/3';
    expect(at(tz, '2015-01-15T00:00:00Z')).toBe(780);
    expect(at(tz, '2015-07-01T00:00:00Z')).toBe(720);
    expect(at(tz, '2015-12-31T12:00:00Z')).toBe(780);
  });
  it('counts Julian days without Feb 29 and zero-based days with it', () => {
    // J60 is March 1 in every year; day 59 (zero-based) is Feb 29 in a leap year.
    expect(at('<+01>-1<+02>,J60/0,J300/0', '2016-02-29T12:00:00Z')).toBe(60);
    expect(at('<+01>-1<+02>,J60/0,J300/0', '2016-03-01T12:00:00Z')).toBe(120);
    expect(at('<+01>-1<+02>,59/0,299/0', '2016-02-29T12:00:00Z')).toBe(120);
    expect(at('AAA+2BBB+0:30,59,299', '2015-07-01T00:00:00Z')).toBe(-30);
  });
});

describe('localPosixZone', () => {
  it('leaves zone names to the zone database', () => {
    expect(localPosixZone('America/New_York')).toBeUndefined();
    expect(localPosixZone('EST5EDT')).toBeUndefined();
    expect(localPosixZone(':Asia/Kolkata')).toBeUndefined();
    expect(localPosixZone('')).toBeUndefined();
    expect(localPosixZone(undefined)).toBeUndefined();
    expect(localPosixZone('<+0330>-3:30')).toEqual({ stdOffset: 12600 });
  });
});
