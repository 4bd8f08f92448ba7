// `--output yaml` and `--output yaml-stream`: every sample response, and every quoting/layout
// stress string, recorded three times (json, yaml, yaml-stream) so that test/output/yaml.test.ts
// can feed the json case's data to the YAML formatter and compare with the reference's bytes.
// Case names are `<base> --output <format>`; the three cases of one base share args otherwise.
//
// The reference's YAML comes from ruamel.yaml (typ='safe', C emitter = bundled libyaml), so
// the local stress strings below aim at libyaml's scalar analysis (indicators, breaks, spaces,
// non-printable characters, the 80-column fold, the 128-byte simple-key limit) and at ruamel's
// YAML 1.2 implicit resolver (which plain strings would read back as something else).
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

const formats = ['json', 'yaml', 'yaml-stream'];

const words = (n, word = 'word') => Array.from({ length: n }, () => word).join(' ');

/** Emitter edge cases beyond the shared stress strings. */
export const localStressStrings = [
  // the 80-column fold of plain, single- and double-quoted scalars
  'y'.repeat(200),
  words(60, 'a'),
  words(20, 'word '),
  `${'x'.repeat(70)} ${'y'.repeat(70)}`,
  `${words(15)} ${'z'.repeat(60)} ${words(10)}`,
  ` ${words(30)}`,
  `#${words(30)}`,
  `${words(30)} `,
  `\t${words(30)}`,
  `\t${words(20, 'word ')}`,
  `tab\t${'x'.repeat(75)}  ${words(10)}`,
  `line\n${words(30)}`,
  `${words(16)}\n${words(16)}`,
  // quotes and backslashes
  "'single'",
  '"double"',
  "it's",
  'back\\slash',
  '"\\"',
  // indicators, leading and inside
  '-',
  '-x',
  '--',
  '---',
  '--- x',
  '...',
  '....',
  '?',
  '? q',
  '?x',
  ':',
  ': c',
  ':x',
  'a:',
  'a:b',
  'a :b',
  'key: value',
  'http://example.com/a?b=c#d',
  '#',
  'a #b',
  'a#b',
  'a,b',
  'a[b]',
  'a{b}',
  'x?',
  '|pipe',
  '>gt',
  '`tick',
  '"lead',
  "'lead",
  '%',
  '@',
  '!',
  '&',
  '*',
  '~x',
  'x~',
  ',comma',
  ']close',
  '}close',
  // line breaks
  'line\n',
  '\nleading',
  'a\n\nb',
  'a \nb',
  'a\n b',
  'multi\nline\n',
  'a\n\n',
  '\n',
  '\n\n',
  'a\u2028b',
  'a\u2029b',
  'a\u0085b',
  'a\rb',
  'a\r\nb',
  // spaces only, tabs
  ' ',
  '   ',
  'a  b',
  '\ttab lead',
  'trailing\t',
  // control, non-printable and non-ASCII characters
  'nul\u0000',
  'bell\u0007',
  'bs\u0008',
  'vt\u000b',
  'ff\u000c',
  'esc\u001b',
  'us\u001f',
  'del\u007f',
  '\u0080c1',
  '\u009fc1',
  'nbsp\u00a0x',
  '\ufeffbom',
  'x\ufffe',
  'x\uffff',
  'x\ufffd',
  'x\ud7ff\ue000',
  'emoji 😀',
  'é',
  'ü-umlaut: ü',
  // plain scalars that YAML 1.2 (ruamel's resolver) reads as something else, and some it doesn't
  'y',
  'n',
  'Yes',
  'No',
  'ON',
  'Off',
  'True',
  'FALSE',
  'tRUE',
  'Null',
  'NULL',
  'nil',
  'None',
  '1_000',
  '0o7',
  '0o8',
  '0b101',
  '0b2',
  '0xFF_FF',
  '07',
  '08',
  '+1',
  '-1',
  '-',
  '.5',
  '1.',
  '-.5e3',
  '6.02e23',
  '1e+3',
  '1e',
  '1.5e-3',
  '.inf',
  '-.inf',
  '+.INF',
  '.Inf',
  '-.nan',
  '.nan',
  '.NaN',
  '=',
  '<<',
  '<',
  '_1',
  '-_',
  '12:30',
  '12:30:00',
  '1,000',
  '2019-02-18T16:32:09.604000+00:00',
  '2019-02-18 16:32:09',
  '2019-02-18t16:32:09Z',
  '2019-2-18',
  '2019-02-18x',
].filter((s, i, all) => all.indexOf(s) === i && !stressStrings.includes(s));

/** Map keys that stress the simple-key rules (128 bytes, multi-line) and the key sort order. */
export const keyStrings = [
  '',
  'yes',
  '123',
  'null',
  'a: b',
  '- x',
  '#x',
  'tab\tkey',
  'k'.repeat(128),
  'k'.repeat(129),
  'é'.repeat(64),
  'é'.repeat(65),
  'line one\nline two',
  'trailing\n',
  words(30),
  ` ${words(30)}`,
  '😀',
];

/** A response carrying `text` as a map key (and value) in Parameters and TargetMaps. */
function keyedResponse(text) {
  return {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      InstanceId: 'i-1234567890abcdef0',
      Parameters: { [text]: [text], zz: ['plain'] },
      TargetMaps: [{ [text]: ['v'], a: [] }],
    },
  };
}

/** Keys whose order differs between code-point order (Python) and UTF-16 order (JavaScript). */
const sortOrderResponse = {
  AssociationDescription: {
    Name: 'AWS-RunShellScript',
    Parameters: Object.fromEntries(
      ['b', 'B', 'a', '_', '1', 'é', '😀', '\uff21', 'aa', 'a b', 'A', '~', ' '].map((k) => [k, [k]]),
    ),
  },
};

const label = (text) => {
  const shown = JSON.stringify(text);
  return shown.length > 40 ? `${shown.slice(0, 37)}..."` : shown;
};

/** [base name, response body, extra args] for every recorded body. */
const bodies = [
  ['documentation example', documentationExample, []],
  ['every member', everyMember, []],
  ['empty description', emptyDescription, []],
  ['missing description', missingDescription, []],
  ['sort order of keys', sortOrderResponse, []],
  ...stressStrings.map((s, i) => [`stress[${i}] ${label(s)}`, stressResponse(s), []]),
  ...localStressStrings.map((s, i) => [`local stress[${i}] ${label(s)}`, stressResponse(s), []]),
  ...keyStrings.map((s, i) => [`key[${i}] ${label(s)}`, keyedResponse(s), []]),
];

/** --query cases: [base name, response body, query]. */
const queries = [
  ['query scalar string', documentationExample, 'AssociationDescription.Name'],
  ['query number', documentationExample, 'AssociationDescription.Overview.AssociationStatusAggregatedCount.Success'],
  ['query zero', everyMember, 'AssociationDescription.Overview.AssociationStatusAggregatedCount.Pending'],
  ['query negative float literal', documentationExample, '`-1.5`'],
  ['query small float literal', documentationExample, '`0.00001`'],
  // floats with integral values: Python prints 2.0 where a JavaScript number would say 2
  ['query integral float', documentationExample, 'avg(`[1, 3]`)'],
  ['query list of floats', documentationExample, '`[1.0, 1e16, -0.0, 2.5, 0.00001, 1e300, 3]`'],
  ['query null', documentationExample, 'AssociationDescription.NoSuchMember'],
  ['query true', everyMember, 'AssociationDescription.AlarmConfiguration.IgnorePollAlarmFailure'],
  ['query false', everyMember, 'AssociationDescription.ApplyOnlyAtCronInterval'],
  ['query timestamp', documentationExample, 'AssociationDescription.Date'],
  ['query list of lists', everyMember, 'AssociationDescription.Targets[].Values'],
  ['query hash', documentationExample, 'AssociationDescription.Status'],
  [
    'query multiselect hash',
    everyMember,
    '{name: AssociationDescription.Name, when: AssociationDescription.Date, counts: AssociationDescription.Overview.AssociationStatusAggregatedCount, none: AssociationDescription.Nope}',
  ],
  ['query list of objects', everyMember, 'AssociationDescription.Targets'],
  ['query list of scalars', everyMember, 'AssociationDescription.CalendarNames'],
  [
    'query mixed list',
    everyMember,
    '[AssociationDescription.Name, AssociationDescription.ScheduleOffset, AssociationDescription.ApplyOnlyAtCronInterval, AssociationDescription.Nope, AssociationDescription.Date, AssociationDescription.Parameters.workingDirectory, AssociationDescription.TargetMaps[1]]',
  ],
  ['query empty list', everyMember, 'AssociationDescription.Parameters.workingDirectory'],
  ['query empty hash', everyMember, 'AssociationDescription.TargetMaps[1]'],
  ['query empty string', stressResponse(''), 'AssociationDescription.Status.Message'],
  ['query string yes', stressResponse('yes'), 'AssociationDescription.Status.Message'],
  ['query string unicode', stressResponse('ünïcødé ✓ 日本語'), 'AssociationDescription.Status.Message'],
  ['query string tab', stressResponse('tab\there'), 'AssociationDescription.Status.Message'],
  ['query string controls', stressResponse('nul\u0000 esc\u001b del\u007f \u0085'), 'AssociationDescription.Status.Message'],
  ['query string separators', stressResponse('a\u2028b\u2029c'), 'AssociationDescription.Status.Message'],
  ['query string emoji', stressResponse('emoji 😀'), 'AssociationDescription.Status.Message'],
  ['query string quotes', stressResponse('it\'s "quoted" \\ back'), 'AssociationDescription.Status.Message'],
  // The same object twice: ruamel writes an anchor and an alias (the json twin cannot show it).
  ['query same hash twice', documentationExample, '[AssociationDescription.Status, AssociationDescription.Status]'],
  [
    'query aliases numbered by second sighting',
    everyMember,
    '[AssociationDescription.Status, AssociationDescription.Targets, AssociationDescription.Targets, AssociationDescription.Status, AssociationDescription.Parameters.workingDirectory, AssociationDescription.Parameters.workingDirectory]',
  ],
];

export const cases = [
  ...bodies.flatMap(([base, body, extra]) =>
    formats.map((format) => ({
      name: `${base} --output ${format}`,
      args: [...common, ...extra, '--output', format],
      responses: [ok(body)],
    })),
  ),
  ...queries.flatMap(([base, body, query]) =>
    formats.map((format) => ({
      name: `${base} --output ${format}`,
      args: [...common, '--query', query, '--output', format],
      responses: [ok(body)],
    })),
  ),
];
