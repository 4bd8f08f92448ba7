// Epoch timestamps in a response are printed in local time (botocore: dateutil's tzlocal), so
// TZ matters: POSIX rule strings (`<+0330>-3:30`, `EST5EDT,M3.2.0,M11.1.0`), zone names with
// daylight time, names the system does not know, and dates from before a zone's rules changed.
const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
  '--endpoint-url', '{endpoint}',
];
// 2015-02-20T08:31:11Z (winter in the north), 2015-07-01T00:00:00.5Z (summer), 2015-03-08T07:30:00Z
// (an hour after New York's spring change), 2015-11-01T05:30:00Z (in New York's repeated hour).
const BODY =
  '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent", "Date": 1424421071, "LastUpdateAssociationDate": 1435708800.5, ' +
  '"LastExecutionDate": 1425799800, "LastSuccessfulExecutionDate": 1446355800}}';
// 2012-06-18T00:00:00Z: Moscow was at +04:00 then (+03:00 today); 1943-01-25T00:53:20Z: India was at +06:30 (+05:30 today).
const HISTORICAL = '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent", "Date": 1339977600, "LastUpdateAssociationDate": -850000000}}';

/** Dates from before the zone's rules changed: the offset the zone had then. */
function historical(date, lastUpdate) {
  return {
    why: "the reference applies this year's offsets to every date (dateutil's tzlocal reads time.timezone); ssm-assoc prints the offset the zone had on that date: the same instant, in the wall-clock time of its day",
    stdout: `{\n    "Name": "AWS-UpdateSSMAgent",\n    "Date": "${date}",\n    "LastUpdateAssociationDate": "${lastUpdate}"\n}\n`,
  };
}

function tz(name, TZ, extra = {}) {
  return { name, args: [...ALL, '--query', 'AssociationDescription'], env: { TZ }, responses: [{ status: 200, body: extra.body ?? BODY }], ...(extra.deviation ? { deviation: extra.deviation } : {}) };
}

export const cases = [
  tz('POSIX offset with minutes, angle-bracket name', '<+0330>-3:30'),
  tz('POSIX offset west of UTC', '<-03>3'),
  tz('POSIX offset with a plain name', 'IST-5:30'),
  tz('POSIX offset with seconds', '<+0545>-5:45:00'),
  tz('POSIX UTC0', 'UTC0'),
  tz('POSIX rule with month-week-day transitions', 'EST5EDT,M3.2.0,M11.1.0'),
  tz('POSIX rule with transition times', 'CET-1CEST,M3.5.0,M10.5.0/3'),
  tz('POSIX rule in the southern hemisphere', 'NZST-12NZDT,M9.5.0,M4.1.0/3'),
  tz('POSIX rule with Julian days', '<+01>-1<+02>,J60/2,J300/2'),
  tz('POSIX rule with zero-based days and an explicit DST offset', 'AAA+2BBB+0:30,59,299'),
  tz('POSIX name with DST and no rule', 'EST5EDT'),
  tz('zone name with a leading colon', ':Asia/Kolkata'),
  tz('zone name with daylight time', 'America/New_York'),
  tz('zone name in the southern hemisphere', 'Australia/Sydney'),
  tz('unknown zone name', 'Nowhere/Special'),
  tz('empty TZ', ''),
  tz('zone whose offset changed since', 'Europe/Moscow', { body: HISTORICAL, deviation: historical('2012-06-18T04:00:00+04:00', '1943-01-25T03:53:20+03:00') }),
  tz('zone with war time in 1943', 'Asia/Kolkata', { body: HISTORICAL, deviation: historical('2012-06-18T05:30:00+05:30', '1943-01-25T07:23:20+06:30') }),
];
