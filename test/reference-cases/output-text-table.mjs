// Differential cases for `--output text` and `--output table` (with `--color on`): every shared
// sample response and local layout stress bodies, each printed as json (the data the
// formatters start from), text, table and coloured table; then `--query` results of every
// JSON kind in json, text, table and coloured table, including the shapes that crash the
// reference's formatters (they exit 255, and text has already printed part of its output).
//
// Table width: with stdout not a terminal the reference sizes tables for 80 columns
// (awscli.table.determine_terminal_width falls back to 80 when the TIOCGWINSZ ioctl on stdout
// fails); COLUMNS is never read. The `columns-env-ignored` cases pin that.
import {
  documentationExample,
  emptyDescription,
  everyMember,
  missingDescription,
  ok,
  stressResponse,
  stressStrings,
  OUTPUT_CASE_ARGS,
} from '../support/sample-responses.mjs';

const common = OUTPUT_CASE_ARGS;

/** The four ways each body is printed; json comes first so tests can pair the others with it. */
const formats = {
  json: ['--output', 'json'],
  text: ['--output', 'text'],
  table: ['--output', 'table'],
  'table-color': ['--output', 'table', '--color', 'on'],
};

// Layout stress bodies. Only members of the output model survive the reference's parser, so
// every stress lives in a modelled member: maps of lists (Parameters, TargetMaps), lists of
// objects (Targets, TargetLocations, TriggeredAlarms), lists of scalars (CalendarNames).
const localBodies = {
  'wide-values': {
    AssociationDescription: {
      Name: 'n'.repeat(150),
      AssociationId: 'x'.repeat(60),
      InstanceId: 'i-1234567890abcdef0',
      Parameters: { ['k'.repeat(90)]: ['v'.repeat(120), 'short'], s: ['t'] },
      Targets: [
        { Key: 'K'.repeat(100), Values: ['a'] },
        { Key: 'b', Values: [] },
      ],
      CalendarNames: ['c'.repeat(200)],
    },
  },
  'narrow-values': {
    AssociationDescription: {
      Name: 'a',
      Status: { Name: 'b', Message: 'c' },
      Targets: [{ Key: 'k', Values: ['v'] }],
    },
  },
  'multiline-values': {
    AssociationDescription: {
      Name: 'tab\tname',
      Status: { Date: 1424421071, Name: 'Failed', Message: 'first line\nsecond line\nthird', AdditionalInfo: 'a\r\nb' },
      Parameters: { 'multi\nkey': ['x\ny'], commands: ['line1\nline2', 'single'] },
      Targets: [{ Key: 'k\nk', Values: ['v1\nv2'] }],
      CalendarNames: ['one\ntwo', 'three'],
    },
  },
  'cjk-and-combining': {
    AssociationDescription: {
      Name: '日本語の名前',
      InstanceId: 'i-ｆｕｌｌｗｉｄｔｈ',
      AssociationName: 'ｶﾀｶﾅ halfwidth',
      Status: { Date: 1424421071, Name: '中文', Message: 'e\u0301te\u0301 cafe\u0301', AdditionalInfo: 'ü±°×÷ ambiguous' },
      Parameters: { 日本: ['東京', '大阪'], 'emoji😀': ['👍🏽', 'a\u200db'], κλειδί: ['Ωmega'] },
      Targets: [{ Key: '키', Values: ['값', '한국어 텍스트'] }],
      CalendarNames: ['カレンダー', 'ｶﾀｶﾅ', 'plain'],
    },
  },
  'lists-of-scalars': {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      CalendarNames: ['cal-1', 'cal-2', 'cal-3', 'a-much-longer-calendar-name', null],
      Parameters: { a: ['1'], b: ['1', '2', '3', '4', '5'] },
      Targets: [{ Key: 'InstanceIds', Values: ['i-1', 'i-2', 'i-3', 'i-4'] }],
    },
  },
  'maps-of-lists': {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      Parameters: { zeta: ['z'], alpha: ['a1', 'a2'], empty: [], Mid: ['m'] },
      TargetMaps: [{ 'tag:B': ['x'], 'tag:A': ['y', 'z'], empty: [] }, { only: ['one'] }, {}],
      Overview: {
        Status: 'Success',
        AssociationStatusAggregatedCount: { Success: 10, Failed: 2, Pending: 0, Big: 123456789012, Neg: -7 },
      },
    },
  },
  'numbers-and-booleans': {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      ScheduleOffset: 2.5,
      ApplyOnlyAtCronInterval: true,
      AlarmConfiguration: { IgnorePollAlarmFailure: false, Alarms: [{ Name: 'a' }] },
      Overview: { AssociationStatusAggregatedCount: { Frac: 0.1, Tiny: 1.5e-7, Third: 0.3333333333333333, Huge: 1.5e300 } },
    },
  },
  'heterogeneous-list-objects': {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      TargetLocations: [
        { Accounts: ['111111111111'], ExecutionRoleName: 'role' },
        { Regions: ['us-east-1'], TargetLocationMaxConcurrency: '5' },
        { TargetLocationAlarmConfiguration: { IgnorePollAlarmFailure: false, Alarms: [{ Name: 'a' }, { Name: 'b' }] } },
      ],
      Targets: [{ Key: 'k1' }, { Values: ['v'] }, { Key: 'k3', Values: ['1', '2'] }],
      TriggeredAlarms: [{ Name: 'x', State: 'OK' }, { Name: 'y' }, { State: 'ALARM' }],
    },
  },
  'key-order': {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      Parameters: {
        b: ['1'],
        B: ['2'],
        a: ['3'],
        A: ['4'],
        _: ['5'],
        É: ['6'],
        é: ['7'],
        '😀': ['8'],
        'ｆ': ['9'],
        Z: ['10'],
        zz: ['11'],
        '': ['12'],
        straße: ['13'],
        ǆ: ['14'],
      },
      Overview: { AssociationStatusAggregatedCount: { b: 1, a: 2, 'ｆ': 3, '😀': 4 } },
    },
  },
  // Lists of objects whose columns scale to the section width: varied widths exercise the
  // reference's proportional scaling (round-half-even) and the off-by-one correction loop.
  'column-scaling': {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      TriggeredAlarms: [
        { Name: 'a'.repeat(7), State: 'OK' },
        { Name: 'b', State: 'INSUFFICIENT_DATA' },
      ],
      Targets: [
        { Key: 'k'.repeat(13), Values: ['x'] },
        { Key: 'q', Values: ['y'.repeat(31)] },
      ],
      TargetLocations: [
        {
          Accounts: ['1'],
          ExecutionRoleName: 'r'.repeat(9),
          TargetLocationMaxConcurrency: '1',
          TargetLocationMaxErrors: '1'.repeat(5),
        },
      ],
      AlarmConfiguration: { IgnorePollAlarmFailure: true, Alarms: [{ Name: 'n'.repeat(3) }, { Name: 'm'.repeat(44) }] },
    },
  },
  'column-scaling-wide': {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      TriggeredAlarms: [
        { Name: 'a'.repeat(57), State: 'OK' },
        { Name: 'b', State: 'S'.repeat(33) },
      ],
      TargetLocations: [
        {
          Accounts: ['1'],
          ExecutionRoleName: 'r'.repeat(41),
          TargetLocationMaxConcurrency: '1'.repeat(17),
          TargetLocationMaxErrors: '2'.repeat(29),
        },
      ],
    },
  },
};

// A body with floats whose values are integral, sent as raw JSON (JSON.stringify would write
// 3.0 as 3): the reference keeps them floats and prints `3.0`, `1e+16`.
const integralFloats =
  '{"AssociationDescription": {"Name": "AWS-RunShellScript", "ScheduleOffset": 3.0, ' +
  '"Overview": {"AssociationStatusAggregatedCount": {"Whole": 1.0, "Big": 1e16, "Int": 2, "Neg": -0.0}}}}';

const bodies = {
  'documentation-example': documentationExample,
  'every-member': everyMember,
  'empty-description': emptyDescription,
  'missing-description': missingDescription,
  ...Object.fromEntries(stressStrings.map((s, i) => [`stress-${String(i).padStart(2, '0')}`, stressResponse(s)])),
  ...localBodies,
  'integral-floats': integralFloats,
};

// Queries over everyMember, one per JSON kind the formatters can meet.
const queries = {
  'scalar-string': 'AssociationDescription.Name',
  'scalar-empty-string': "''",
  'scalar-int': 'AssociationDescription.ScheduleOffset',
  'scalar-zero': '`0`',
  'scalar-negative': '`-12`',
  'scalar-float': 'avg(`[1, 2]`)',
  'scalar-integral-float': '`2.0`',
  'scalar-integral-avg': 'avg(`[1, 3]`)',
  'list-of-integral-floats': '[`2.0`, `-0.0`, `1e16`, `3`]',
  'scalar-small-float': '`0.00001`',
  'scalar-length': 'length(AssociationDescription.CalendarNames)',
  null: 'AssociationDescription.Nope',
  true: 'AssociationDescription.AlarmConfiguration.IgnorePollAlarmFailure',
  false: 'AssociationDescription.ApplyOnlyAtCronInterval',
  timestamp: 'AssociationDescription.Date',
  'list-of-scalars': 'AssociationDescription.CalendarNames',
  'list-of-mixed-scalars':
    '[AssociationDescription.Name, AssociationDescription.ScheduleOffset, AssociationDescription.ApplyOnlyAtCronInterval, AssociationDescription.Nope]',
  'list-of-lists': 'AssociationDescription.Targets[*].Values',
  'list-of-lists-regions': 'AssociationDescription.TargetLocations[*].Regions',
  'list-of-scalars-and-lists':
    '[AssociationDescription.Name, AssociationDescription.CalendarNames, AssociationDescription.ScheduleOffset]',
  'list-of-lists-of-objects': '`[[{"a": 1}], [{"b": 2}]]`',
  hash: 'AssociationDescription.Status',
  'hash-nested': 'AssociationDescription.OutputLocation',
  'hash-map-of-lists': 'AssociationDescription.Parameters',
  'hash-single-scalar': '{only: AssociationDescription.Name}',
  'hash-multiselect':
    '{name: AssociationDescription.Name, targets: AssociationDescription.Targets, offset: AssociationDescription.ScheduleOffset}',
  'list-of-objects': 'AssociationDescription.Targets',
  'list-of-objects-nested': 'AssociationDescription.TargetLocations',
  'list-of-mixed-objects':
    '[AssociationDescription.Status, AssociationDescription.Overview, AssociationDescription.OutputLocation.S3Location]',
  'list-of-objects-with-empty': '`[{}, {"a": 1}]`',
  'list-of-objects-scalar-and-list-values':
    '`[{"k": "x", "n": 1}, {"k": ["it\'s", "say \\"hi\\"", "tab\\t", "\\u00fc\\u2713", "\\u0001", "both \'\\""], "n": null}]`',
  'list-of-objects-nested-values-repr': '`[{"k": "x"}, {"k": {"b": [true, null, 1.5], "a": "q"}}]`',
  'empty-list': 'AssociationDescription.Parameters.workingDirectory',
  'empty-hash': 'AssociationDescription.TargetMaps[1]',
  'error-scalar-then-object': '[AssociationDescription.Name, AssociationDescription.Status]',
  'error-object-then-scalar': '[AssociationDescription.Status, AssociationDescription.Name]',
  'error-after-partial-output': '{a: AssociationDescription.Name, b: [AssociationDescription.Status, AssociationDescription.Name]}',
  'error-empty-list-then-list': '`[[], [1, 2]]`',
};

export const cases = [];

for (const [bodyName, body] of Object.entries(bodies)) {
  for (const [formatName, formatArgs] of Object.entries(formats)) {
    const response = typeof body === 'string' ? { status: 200, body } : ok(body);
    cases.push({ name: `${bodyName}/${formatName}`, args: [...common, ...formatArgs], responses: [response] });
  }
}

for (const [queryName, query] of Object.entries(queries)) {
  for (const [formatName, formatArgs] of Object.entries(formats)) {
    cases.push({
      name: `query-${queryName}/${formatName}`,
      args: [...common, ...formatArgs, '--query', query],
      responses: [ok(everyMember)],
    });
  }
}

// COLUMNS is not consulted: with stdout a pipe the table is sized for 80 columns whatever it says.
for (const columns of ['40', '300']) {
  cases.push({
    name: `columns-env-ignored-${columns}/table`,
    args: [...common, '--output', 'table'],
    env: { COLUMNS: columns },
    responses: [ok(documentationExample)],
  });
}

