// Timestamps as the reference reads and prints them (botocore's parse_timestamp, then
// datetime.isoformat()). An instant is whole seconds since the epoch plus microseconds, so
// values before 1970 and microsecond fractions survive without float drift.
//
// Accepted input, first match wins:
//   epoch   := python-float            e.g. 1424421071, 1424421071.939, -1.5, 1e9, " 12 "
//   iso     := date [("T" | " ") time] [" "] [zone]
//   date    := YYYY "-" MM "-" DD | YYYYMMDD
//   time    := HH [":" MM [":" SS [("." | ",") digits]]] | HHMM[SS[.digits]]
//   zone    := "Z" | "UTC" | "GMT" | ("+" | "-") HH [[":"] MM]
//   rfc822  := [dayname ","] D monthname YYYY [HH ":" MM [":" SS]] [zone]
// Epoch values are UTC instants. Dates without a zone are naive: botocore treats them as UTC
// when sending, and prints them without an offset when they arrive in a response.
import { localPosixZone, posixOffsetSeconds } from './posix-tz.js';

export interface Instant {
  /** Whole seconds since 1970-01-01T00:00:00Z (floor). */
  seconds: number;
  /** 0..999999 */
  micros: number;
}

export interface ParsedTimestamp {
  instant: Instant;
  /** Minutes east of UTC as written, or null when the text named no zone. */
  offsetMinutes: number | null;
  /** True when the value was an epoch number: botocore renders those in the local zone. */
  epoch: boolean;
}

const PY_FLOAT = /^\s*[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.|inf|infinity|nan)\s*$/i;

// 0001-01-01 and 9999-12-31T23:59:59.999999: Python's datetime range.
const MIN_SECONDS = -62135596800;
const MAX_SECONDS = 253402300799;

/** A timestamp Python fails on with an uncaught OverflowError; the message is Python's. */
export class TimestampRangeError extends Error {}

/**
 * An epoch past datetime's years (Python's ValueError `year N is out of range`): botocore
 * then tries text as a date string; a number fails with this message.
 */
export class YearRangeError extends Error {}

/** CPython's _PyTime_RoundHalfEven. */
function roundHalfEven(x: number): number {
  const rounded = Math.sign(x) * Math.round(Math.abs(x));
  return Math.abs(x - rounded) === 0.5 ? 2 * (Math.sign(x / 2) * Math.round(Math.abs(x / 2))) : rounded;
}

/** datetime.fromtimestamp(value): split like CPython, microseconds rounded half to even. */
export function instantFromEpoch(value: number): Instant {
  if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 63) throw new TimestampRangeError('timestamp out of range for platform time_t');
  let whole = Math.trunc(value);
  let micros = roundHalfEven((value - whole) * 1e6);
  if (micros >= 1e6) {
    micros -= 1e6;
    whole += 1;
  } else if (micros < 0) {
    micros += 1e6;
    whole -= 1;
  }
  if (whole < MIN_SECONDS || whole > MAX_SECONDS) throw new YearRangeError(`year ${civilFromDays(Math.floor(whole / 86400))[0]} is out of range`);
  return { seconds: whole + 0, micros: micros + 0 };
}

function parseEpoch(text: string): number | undefined {
  if (!PY_FLOAT.test(text)) return undefined;
  const value = Number(text.trim().replace(/_/g, '').replace(/^([+-]?)inf(inity)?$/i, '$1Infinity'));
  return Number.isNaN(value) && !/nan/i.test(text) ? undefined : value;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function daysFromCivil(year: number, month: number, day: number): number {
  // Howard Hinnant's algorithm: exact for every proleptic Gregorian date.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  micros: number;
  offsetMinutes: number | null;
}

function parseZone(zone: string | undefined): number | null | undefined {
  if (zone === undefined || zone === '') return null;
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  if (/^[A-Za-z]{3,5}$/.test(zone)) return null;
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 23 || Number(m[3] ?? 0) > 59) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

function fractionToMicros(digits: string | undefined): number {
  if (!digits) return 0;
  return Number(digits.slice(0, 6).padEnd(6, '0'));
}

const ISO_DATE_TIME = new RegExp(
  '^(\\d{4})-?(\\d{2})-?(\\d{2})' +
    '(?:[Tt ](\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?)?' +
    '(?:\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?))?$',
);
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The free-form dates dateutil also reads: words in any order, such as `Feb 20 2015`,
 * `20 February 2015 10:00`, `02/20/2015`, `Mon, 18 Feb 2019 16:32:09 GMT`. A zone name other
 * than UTC/GMT/Z is ignored (dateutil warns and returns a naive time).
 */
function parseWords(text: string): Fields | undefined {
  const f: Partial<Fields> = { hour: 0, minute: 0, second: 0, micros: 0, offsetMinutes: null };
  const numbers: number[] = [];
  for (const token of text.split(/[\s,]+/).filter((t) => t !== '')) {
    const lower = token.toLowerCase().replace(/\.$/, '');
    let m: RegExpExecArray | null;
    if ((m = TIME.exec(token))) {
      [f.hour, f.minute, f.second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
      f.micros = fractionToMicros(m[4]);
    } else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(token))) {
      [f.month, f.day, f.year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else if ((m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(token))) {
      [f.year, f.month, f.day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else if (MONTHS.some((name) => lower.startsWith(name)) && lower.length >= 3) {
      f.month = MONTHS.findIndex((name) => lower.startsWith(name)) + 1;
    } else if (WEEKDAYS.some((name) => lower.startsWith(name))) {
      continue;
    } else if (/^\d+$/.test(token)) {
      numbers.push(Number(token));
    } else {
      const zone = parseZone(token);
      if (zone !== undefined) f.offsetMinutes = zone;
      else if (/^[A-Za-z]{3,5}$/.test(token)) continue;
      else return undefined;
    }
  }
  for (const n of numbers) {
    if (n > 31 && f.year === undefined) f.year = n;
    else if (f.day === undefined) f.day = n;
    else if (f.year === undefined) f.year = n;
    else return undefined;
  }
  if (f.year === undefined || f.month === undefined || f.day === undefined) return undefined;
  return f as Fields;
}

function parseFields(text: string): Fields | undefined {
  const trimmed = text.trim();
  const m = ISO_DATE_TIME.exec(trimmed);
  if (m) {
    const offsetMinutes = parseZone(m[8]);
    if (offsetMinutes === undefined) return undefined;
    return {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
      micros: fractionToMicros(m[7]),
      offsetMinutes,
    };
  }
  return parseWords(trimmed);
}

function validFields(f: Fields): boolean {
  return (
    f.year >= 1 &&
    f.month >= 1 &&
    f.month <= 12 &&
    f.day >= 1 &&
    f.day <= daysInMonth(f.year, f.month) &&
    f.hour <= 23 &&
    f.minute <= 59 &&
    f.second <= 59
  );
}

/**
 * Parses a timestamp the way botocore's parse_timestamp does for the forms above.
 * Returns undefined when the text is not a timestamp; throws TimestampRangeError for an
 * epoch value outside datetime's range (the reference fails differently there).
 */
export function parseTimestamp(value: string | number): ParsedTimestamp | undefined {
  const epoch = typeof value === 'number' ? value : parseEpoch(value);
  if (epoch !== undefined && !Number.isNaN(epoch)) {
    try {
      return { instant: instantFromEpoch(epoch), offsetMinutes: null, epoch: true };
    } catch (error) {
      if (!(error instanceof YearRangeError) || typeof value === 'number') throw error;
      // dateutil reads a long run of digits as a year, which overflows a C int.
      const digits = String(value).trim();
      if (/^\d+$/.test(digits) && ![6, 8, 12, 14].includes(digits.length) && Number(digits) > 2 ** 31 - 1) {
        throw new TimestampRangeError('signed integer is greater than maximum');
      }
      return undefined;
    }
  }
  if (typeof value !== 'string') return undefined;
  const f = parseFields(value);
  if (!f || !validFields(f)) return undefined;
  const local = daysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60 + f.second;
  return {
    instant: { seconds: local - (f.offsetMinutes ?? 0) * 60, micros: f.micros },
    offsetMinutes: f.offsetMinutes,
    epoch: false,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** pad(n) for 0 <= n < 100. */
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * Minutes east of UTC of the process's local zone at an instant (dateutil's tzlocal): a POSIX
 * TZ rule string by its rules, a zone name as the zone database has it on that date (dateutil
 * would apply this year's offsets to every date: see the README's deviations).
 */
export function localOffsetMinutes(instant: Instant): number {
  const posix = localPosixZone();
  if (posix !== undefined) return Math.trunc(posixOffsetSeconds(posix, instant.seconds) / 60);
  const ms = instant.seconds * 1000;
  const offset = -new Date(ms).getTimezoneOffset();
  return Object.is(offset, -0) ? 0 : offset;
}

/**
 * datetime.isoformat(): `YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]`. Epoch values render in the
 * local zone (as the reference does, through dateutil's tzlocal); offsetMinutes null prints
 * a naive time.
 */
export function formatIso(parsed: ParsedTimestamp): string {
  const offset = parsed.epoch ? localOffsetMinutes(parsed.instant) : parsed.offsetMinutes;
  const wall = parsed.instant.seconds + (offset ?? 0) * 60;
  const days = Math.floor(wall / 86400);
  const secondOfDay = wall - days * 86400;
  // Indexed, not destructured, and two-digit fields padded by hand: a listing formats a
  // timestamp per item, mostly in not yet optimized code, where both cost a call each.
  const ymd = civilFromDays(days);
  let text =
    `${pad(ymd[0], 4)}-${pad2(ymd[1])}-${pad2(ymd[2])}T` +
    `${pad2(Math.floor(secondOfDay / 3600))}:${pad2(Math.floor((secondOfDay % 3600) / 60))}:${pad2(secondOfDay % 60)}`;
  if (parsed.instant.micros !== 0) text += `.${pad(parsed.instant.micros, 6)}`;
  if (offset !== null) {
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    text += `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  }
  return text;
}
