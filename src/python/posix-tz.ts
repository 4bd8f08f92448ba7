// TZ values in POSIX form, which the C library (and so the reference's Python) honours and
// Node's ICU does not: it falls back to UTC for `<+0330>-3:30` or `CET-1CEST,M3.5.0,M10.5.0/3`.
//
// Grammar (POSIX.1-2017 8.3, with glibc's defaults):
//   tz     = std offset [ dst [ offset ] [ "," rule "," rule ] ]
//   std    = dst = 3+ letters | "<" 3+ of [A-Za-z0-9+-] ">"
//   offset = [ "+" | "-" ] hh [ ":" mm [ ":" ss ] ]      hours WEST of UTC; dst's default: std - 1h
//   rule   = date [ "/" time ]                           time default 02:00:00, may be negative or > 24h
//   date   = "J" n (1-365, Feb 29 never counted) | n (0-365, Feb 29 counted) | "M" m "." w "." d
//            (day d, 0 = Sunday, of week w, 5 = the last, of month m)
// A dst name without rules takes the US rules (glibc's posixrules default): M3.2.0,M11.1.0.

type DateRule =
  | { kind: 'julian'; day: number }
  | { kind: 'zero-based'; day: number }
  | { kind: 'month'; month: number; week: number; weekday: number };
interface Transition {
  date: DateRule;
  /** Seconds after local midnight (in the offset in force before the transition). */
  time: number;
}
export interface PosixZone {
  /** Seconds EAST of UTC (the TZ string counts west). */
  stdOffset: number;
  dst?: { offset: number; start: Transition; end: Transition };
}

const NAME = /^(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>)/;
const TIME = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/;

/** Reads `[+-]hh[:mm[:ss]]` at the start of `text`: seconds (sign applied) and the rest. */
function readTime(text: string): [number, string] | undefined {
  const m = TIME.exec(text);
  if (m === null) return undefined;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return [m[1] === '-' ? -seconds : seconds, text.slice(m[0].length)];
}

function readRule(text: string): Transition | undefined {
  const m = /^(?:J(\d{1,3})|(\d{1,3})|M(\d{1,2})\.(\d)\.(\d))(?:\/(.*))?$/.exec(text);
  if (m === null) return undefined;
  let date: DateRule;
  if (m[1] !== undefined) date = { kind: 'julian', day: Number(m[1]) };
  else if (m[2] !== undefined) date = { kind: 'zero-based', day: Number(m[2]) };
  else date = { kind: 'month', month: Number(m[3]), week: Number(m[4]), weekday: Number(m[5]) };
  if (date.kind === 'julian' && (date.day < 1 || date.day > 365)) return undefined;
  if (date.kind === 'zero-based' && date.day > 365) return undefined;
  if (date.kind === 'month' && (date.month < 1 || date.month > 12 || date.week < 1 || date.week > 5 || date.weekday > 6)) return undefined;
  if (m[6] === undefined) return { date, time: 7200 };
  const time = readTime(m[6]);
  return time !== undefined && time[1] === '' ? { date, time: time[0] } : undefined;
}

const US_RULES = 'M3.2.0,M11.1.0';

/** The zone a POSIX TZ string describes, or undefined when it is not one. */
export function parsePosixTz(text: string): PosixZone | undefined {
  const std = NAME.exec(text);
  if (std === null) return undefined;
  const stdOffset = readTime(text.slice(std[0].length));
  if (stdOffset === undefined) return undefined;
  let rest = stdOffset[1];
  // `+ 0` turns -0 (from `UTC0`) into 0.
  const zone: PosixZone = { stdOffset: -stdOffset[0] + 0 };
  if (rest === '') return zone;
  const dst = NAME.exec(rest);
  if (dst === null) return undefined;
  rest = rest.slice(dst[0].length);
  let dstOffset = zone.stdOffset + 3600;
  if (rest !== '' && rest[0] !== ',') {
    const read = readTime(rest);
    if (read === undefined) return undefined;
    dstOffset = -read[0] + 0;
    rest = read[1];
  }
  const rules = (rest === '' ? US_RULES : rest.startsWith(',') ? rest.slice(1) : '').split(',');
  const start = rules.length === 2 ? readRule(rules[0]!) : undefined;
  const end = rules.length === 2 ? readRule(rules[1]!) : undefined;
  if (start === undefined || end === undefined) return undefined;
  zone.dst = { offset: dstOffset, start, end };
  return zone;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days from 1970-01-01 to the rule's date in `year`. */
function ruleDay(rule: DateRule, year: number): number {
  const jan1 = Date.UTC(year, 0, 1) / 86400000;
  switch (rule.kind) {
    case 'julian':
      return jan1 + rule.day - 1 + (isLeap(year) && rule.day >= 60 ? 1 : 0);
    case 'zero-based':
      return jan1 + rule.day;
    case 'month': {
      const first = Date.UTC(year, rule.month - 1, 1) / 86400000;
      const firstWeekday = (((first + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      let day = first + ((rule.weekday - firstWeekday + 7) % 7) + (rule.week - 1) * 7;
      const nextMonth = Date.UTC(year, rule.month, 1) / 86400000;
      while (day >= nextMonth) day -= 7;
      return day;
    }
  }
}

/** Seconds east of UTC in force at an instant (seconds since the epoch). */
export function posixOffsetSeconds(zone: PosixZone, epochSeconds: number): number {
  const { dst } = zone;
  if (dst === undefined) return zone.stdOffset;
  const year = new Date((epochSeconds + zone.stdOffset) * 1000).getUTCFullYear();
  // Start is given in standard time, end in daylight time.
  const start = ruleDay(dst.start.date, year) * 86400 + dst.start.time - zone.stdOffset;
  const end = ruleDay(dst.end.date, year) * 86400 + dst.end.time - dst.offset;
  const inDst = start < end ? epochSeconds >= start && epochSeconds < end : !(epochSeconds >= end && epochSeconds < start);
  return inDst ? dst.offset : zone.stdOffset;
}

let cached: { tz: string | undefined; zone: PosixZone | undefined } | undefined;

/**
 * The process's TZ as a POSIX zone, when it is one the system's zone database does not name
 * (the C library tries a zone file first; ICU knows the same names): else undefined, and the
 * local zone is ICU's.
 */
export function localPosixZone(tz = process.env.TZ): PosixZone | undefined {
  if (cached !== undefined && cached.tz === tz) return cached.zone;
  // Parsed first: most names (`UTC`, `Europe/Paris`) are no POSIX string, and asking ICU costs
  // a few milliseconds.
  let zone = tz === undefined ? undefined : parsePosixTz(tz);
  if (zone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      zone = undefined;
    } catch {
      // ICU does not know it: the POSIX reading stands.
    }
  }
  cached = { tz, zone };
  return zone;
}
