// The Date member of --association-status: every timestamp form the reference accepts, what
// it sends (integer epoch seconds), and what it says about the ones it rejects.
const E = ['--endpoint-url', '{endpoint}'];
const BASE = ['--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0'];

/** A case with `date` as the shorthand Date value (quoted when it holds a comma). */
function d(name, date, extra = {}) {
  const v = date.includes(',') ? `'${date}'` : date;
  return { name, args: [...BASE, '--association-status', `Date=${v},Name=Pending,Message=hi`, ...E], ...extra };
}

export const cases = [
  d('epoch integer', '1424421071'),
  d('epoch zero', '0'),
  d('epoch with fraction', '1424421071.939'),
  d('epoch with fraction .5', '1424421071.5'),
  d('epoch with many fraction digits', '1424421071.9999999'),
  d('epoch with fraction just under a second', '0.999999'),
  d('epoch with leading zeros', '0001424421071'),
  d('epoch with plus sign', '+1424421071'),
  d('epoch in exponent form', '1.424421071e9'),
  d('negative epoch', '-1'),
  d('negative epoch with fraction', '-1424421071.5'),
  d('negative epoch with small fraction', '-0.25'),
  d('epoch in milliseconds', '1424421071939'),
  d('epoch far in the future', '253402300799'),
  d('epoch past year 9999', '253402300800'),
  d('epoch hugely out of range', '99999999999999999999'),
  d('ISO with Z', '2015-02-20T08:31:11Z'),
  d('ISO with lowercase t and z', '2015-02-20t08:31:11z'),
  d('ISO with +00:00', '2015-02-20T08:31:11+00:00'),
  d('ISO with +05:30', '2015-02-20T14:01:11+05:30'),
  d('ISO with -0800', '2015-02-20T00:31:11-0800'),
  d('ISO with -08:00', '2015-02-20T00:31:11-08:00'),
  d('ISO with +14', '2015-02-20T22:31:11+14'),
  d('ISO with milliseconds', '2015-02-20T08:31:11.939Z'),
  d('ISO with microseconds', '2015-02-20T08:31:11.999999Z'),
  d('ISO with nanoseconds', '2015-02-20T08:31:11.123456789Z'),
  d('ISO with fraction and offset', '2015-02-20T14:01:11.5+05:30'),
  d('ISO without seconds', '2015-02-20T08:31Z'),
  d('ISO naive, no zone', '2015-02-20T08:31:11'),
  d('ISO naive with TZ set elsewhere', '2015-02-20T08:31:11', { env: { TZ: 'America/New_York' } }),
  d('ISO basic format', '20150220T083111Z'),
  d('date only', '2015-02-20'),
  d('date only with TZ set elsewhere', '2015-02-20', { env: { TZ: 'Asia/Tokyo' } }),
  d('date and time with a space', '2019-02-18 16:32:09'),
  d('date and time with a space and UTC', '2019-02-18 16:32:09 UTC'),
  d('date and time with a space and GMT', '2019-02-18 16:32:09 GMT'),
  d('date and time with a named zone', '2019-02-18 16:32:09 PST', {
    deviation: {
      why: "the reference's date parser (python-dateutil) prints a Python UnknownTimezoneWarning, naming its own source file, for an unknown zone name, then ignores the zone; ssm-assoc ignores the zone in the same way but prints no Python warning",
      stderr: '',
    },
  }),
  d('RFC 822 form', 'Wed, 18 Feb 2015 08:31:11 GMT'),
  d('RFC 822 form with offset', 'Wed, 18 Feb 2015 08:31:11 +0100'),
  d('month name form', 'Feb 20 2015'),
  d('slashed US form', '02/20/2015'),
  d('year only', '2015'),
  d('nonsense word', 'yesterday'),
  d('now', 'now'),
  d('impossible month', '2015-13-01'),
  d('impossible day', '2015-02-30T00:00:00Z'),
  d('hour 24', '2015-02-20T24:00:00Z'),
  d('year 1', '0001-01-01T00:00:00Z'),
  d('year 1969', '1969-12-31T23:59:59Z'),
  d('year 9999', '9999-12-31T23:59:59Z'),
  d('year 10000', '10000-01-01T00:00:00Z'),
  d('empty Date', ''),
  d('Date with spaces around it', '  1424421071  '),
  { name: 'Date given as JSON number with fraction', args: [...BASE, '--association-status', '{"Date": 1424421071.999, "Name": "Pending", "Message": "hi"}', ...E] },
  { name: 'Date given as JSON ISO string with offset', args: [...BASE, '--association-status', '{"Date": "2015-02-20T14:01:11+05:30", "Name": "Pending", "Message": "hi"}', ...E] },
  { name: 'Date given as JSON negative integer', args: [...BASE, '--association-status', '{"Date": -86400, "Name": "Pending", "Message": "hi"}', ...E] },
  { name: 'Date given as JSON nonsense string', args: [...BASE, '--association-status', '{"Date": "yesterday", "Name": "Pending", "Message": "hi"}', ...E] },
  { name: 'bad Date with other validation errors', args: [...BASE, '--association-status', 'Date=yesterday,Message=', ...E] },
];
